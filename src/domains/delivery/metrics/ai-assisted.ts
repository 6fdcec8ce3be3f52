/**
 * Whether a commit or a pull request was made with an AI coding assistant, so every delivery metric can
 * be compared between AI-assisted work and the rest (`splitByAi`).
 *
 * Definition (see docs/metrics.md, "Delivery", "AI-assisted work"):
 * - A commit is AI-assisted when one of its co-authors (`Co-authored-by:` trailers, as the git reader
 *   lists them or as raw trailers) has a name, e-mail or login matching an assistant pattern, or when it
 *   carries one of the marker trailer keys (`Assisted-by`, `Generated-by`, `AI-assisted`, …) with a value
 *   other than a negative one (`no`, `false`, `none`, `0`, `n/a`).
 * - A pull request is AI-assisted when one of its labels matches a label pattern, or any of its commits is.
 * - Patterns are case-insensitive globs matched against the whole value (glob-match.ts); all three lists
 *   are exported defaults and can be replaced. The assistant patterns are deliberately specific (bot
 *   accounts, vendor no-reply addresses, product names): a person called Devin or Claude with a surname is
 *   not an assistant.
 *
 * Reference: GitHub Docs, "Creating a commit with multiple authors" (the `Co-authored-by:` trailer);
 * git-interpret-trailers(1); the trailers the assistants write themselves, e.g. Claude Code
 * `Co-Authored-By: Claude <noreply@anthropic.com>`, aider `Co-authored-by: aider (<model>)
 * <noreply@aider.chat>` (or `@aider.chat` addresses), Devin as the `devin-ai-integration[bot]` GitHub
 * account. `Assisted-by:`/`Generated-by:`/`AI-assisted:` are keys teams and some projects' contribution
 * policies ask for; the lists are defaults to adapt, not a standard. aider can also rename the author
 * to "Name (aider)": callers may add the commit's author to `coAuthors` to catch that (`* (aider)`).
 */

import { matchesAny } from './glob-match.js';

export interface Trailer {
  key: string;
  value: string;
}

export interface CoAuthor {
  name?: string | null | undefined;
  email?: string | null | undefined;
  login?: string | null | undefined;
}

/** Globs matched against a co-author's name, e-mail and login. */
export const DEFAULT_AI_COAUTHOR_PATTERNS: readonly string[] = [
  // Anthropic Claude
  'claude',
  'claude code',
  'claude opus*',
  'claude sonnet*',
  'claude haiku*',
  'claude[bot]',
  'noreply@anthropic.com',
  // GitHub Copilot
  'copilot',
  'github copilot',
  'copilot[bot]',
  'copilot-swe-agent[bot]',
  '*+copilot@users.noreply.github.com',
  '*+copilot-swe-agent[bot]@users.noreply.github.com',
  // Cursor
  'cursor',
  'cursor agent',
  'cursoragent',
  'cursor[bot]',
  'cursoragent@cursor.com',
  // Devin
  'devin ai',
  'devin-ai-integration[bot]',
  '*+devin-ai-integration[bot]@users.noreply.github.com',
  // OpenAI Codex, ChatGPT
  'codex',
  'openai codex',
  'codex cli',
  'chatgpt',
  'chatgpt-codex-connector[bot]',
  'codex@openai.com',
  'noreply@openai.com',
  // Google Gemini, Jules
  'gemini',
  'gemini code assist',
  'gemini cli',
  'gemini-cli',
  'gemini-code-assist[bot]',
  'google-labs-jules[bot]',
  // aider
  'aider',
  'aider (*)',
  '*@aider.chat',
  '* (aider)',
  // others
  'amazon q',
  'amazon q developer',
  'amazon-q-developer[bot]',
  'windsurf',
  'codeium',
  '*@codeium.com',
  '*@windsurf.com',
  'tabnine',
  'openhands',
  'openhands-agent',
  'openhands@all-hands.dev',
  'sweep-ai[bot]',
];

/** Trailer keys whose presence marks AI assistance (unless the value is negative). */
export const DEFAULT_AI_TRAILER_KEYS: readonly string[] = [
  'assisted-by',
  'generated-by',
  'ai-assisted',
  'ai-assisted-by',
  'ai-generated',
  'ai-generated-by',
];

/** Globs matched against pull-request labels. */
export const DEFAULT_AI_PR_LABEL_PATTERNS: readonly string[] = [
  'ai',
  'ai-assisted',
  'ai assisted',
  'ai-generated',
  'ai generated',
  'ai:*',
  'ai/*',
  'copilot',
  'claude',
  'claude-code',
  'codex',
  'cursor',
  'devin',
  'gemini',
  'aider',
];

const NEGATIVE_VALUES = new Set(['no', 'false', 'none', '0', 'n/a', 'na', '-']);

export interface AiCommitPatterns {
  coAuthorPatterns?: readonly string[] | undefined;
  trailerKeys?: readonly string[] | undefined;
}

/** `Name <email>` (the value of a `Co-authored-by:` trailer) as a co-author. */
export function parseCoAuthor(value: string): CoAuthor {
  const m = /^(.*?)\s*<([^<>]*)>\s*$/u.exec(value.trim());
  return m ? { name: m[1]!, email: m[2]! } : { name: value.trim() };
}

/** Whether a co-author is an AI assistant by `patterns`. */
export function isAiCoAuthor(
  coAuthor: CoAuthor,
  patterns: readonly string[] = DEFAULT_AI_COAUTHOR_PATTERNS,
): boolean {
  return [coAuthor.name, coAuthor.email, coAuthor.login].some(
    (v) => typeof v === 'string' && v.trim() !== '' && matchesAny(patterns, v),
  );
}

/** Whether a commit was AI-assisted, from its trailers and co-authors (rules in the file comment). */
export function isAiAssistedCommit(
  trailers: readonly Trailer[],
  coAuthors: readonly CoAuthor[],
  patterns: AiCommitPatterns = {},
): boolean {
  const coAuthorPatterns = patterns.coAuthorPatterns ?? DEFAULT_AI_COAUTHOR_PATTERNS;
  const keys = new Set((patterns.trailerKeys ?? DEFAULT_AI_TRAILER_KEYS).map((k) => k.toLowerCase()));
  if (coAuthors.some((c) => isAiCoAuthor(c, coAuthorPatterns))) return true;
  for (const t of trailers) {
    const key = t.key.trim().toLowerCase();
    if (key === 'co-authored-by' && isAiCoAuthor(parseCoAuthor(t.value), coAuthorPatterns)) return true;
    if (keys.has(key) && !NEGATIVE_VALUES.has(t.value.trim().toLowerCase())) return true;
  }
  return false;
}

/** Whether a pull request was AI-assisted: a matching label, or any AI-assisted commit. */
export function isAiAssistedPr(
  labels: readonly string[],
  commitsAi: readonly boolean[],
  labelPatterns: readonly string[] = DEFAULT_AI_PR_LABEL_PATTERNS,
): boolean {
  return commitsAi.some(Boolean) || labels.some((l) => matchesAny(labelPatterns, l));
}

/** The items split by `predicate`, each side in the input order, so a metric can be computed for both. */
export function splitByAi<T>(
  items: readonly T[],
  predicate: (item: T) => boolean,
): { aiAssisted: T[]; other: T[] } {
  const aiAssisted: T[] = [];
  const other: T[] = [];
  for (const item of items) (predicate(item) ? aiAssisted : other).push(item);
  return { aiAssisted, other };
}
