#!/usr/bin/env node
// The quarterdeck command. TypeScript sources run through tsx's loader; no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
