// The git reader process of the stack scan (see serveGitReader in stack-git-batch.ts): plain JavaScript
// so it starts without a build step, then the TypeScript module through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { serveGitReader } = await import('./stack-git-batch.ts');
await serveGitReader();
