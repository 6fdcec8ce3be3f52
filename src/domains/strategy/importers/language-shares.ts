/**
 * Language shares of a repository by file: the bytes of each file counted for the language its
 * extension (or name) says, leaving out vendored, generated and minified files, like GitHub's linguist
 * does in spirit (its full rules are larger; these cover the common cases). Pure.
 */

const BY_EXTENSION: Record<string, string> = {
  ts: 'TypeScript',
  tsx: 'TypeScript',
  mts: 'TypeScript',
  cts: 'TypeScript',
  js: 'JavaScript',
  jsx: 'JavaScript',
  mjs: 'JavaScript',
  cjs: 'JavaScript',
  py: 'Python',
  go: 'Go',
  java: 'Java',
  kt: 'Kotlin',
  kts: 'Kotlin',
  scala: 'Scala',
  groovy: 'Groovy',
  rb: 'Ruby',
  php: 'PHP',
  rs: 'Rust',
  c: 'C',
  h: 'C',
  cc: 'C++',
  cpp: 'C++',
  cxx: 'C++',
  hpp: 'C++',
  cs: 'C#',
  fs: 'F#',
  swift: 'Swift',
  m: 'Objective-C',
  dart: 'Dart',
  ex: 'Elixir',
  exs: 'Elixir',
  erl: 'Erlang',
  clj: 'Clojure',
  hs: 'Haskell',
  lua: 'Lua',
  r: 'R',
  sql: 'SQL',
  sh: 'Shell',
  bash: 'Shell',
  ps1: 'PowerShell',
  tf: 'HCL',
  hcl: 'HCL',
  vue: 'Vue',
  svelte: 'Svelte',
  html: 'HTML',
  css: 'CSS',
  scss: 'SCSS',
  less: 'Less',
  proto: 'Protocol Buffers',
};

const BY_NAME: Record<string, string> = {
  Dockerfile: 'Dockerfile',
  Containerfile: 'Dockerfile',
  Makefile: 'Makefile',
  Jenkinsfile: 'Groovy',
};

/** Paths that are not the project's own code: dependencies copied in, build output, generated files. */
export function isVendoredOrGenerated(path: string): boolean {
  const p = `/${path.replace(/\\/g, '/')}`;
  if (
    /\/(node_modules|vendor|third_party|third-party|bower_components|\.yarn|dist|build|out|target|coverage|__pycache__|\.venv|venv|\.git)\//.test(
      p,
    )
  )
    return true;
  const base = p.slice(p.lastIndexOf('/') + 1);
  return (
    /\.min\.(js|css)$/.test(base) ||
    /(\.pb\.go|_pb2\.py|_pb2_grpc\.py|\.pb\.(cc|h)|_generated\.\w+|\.generated\.\w+|\.g\.dart|\.designer\.cs)$/.test(
      base,
    ) ||
    /^zz_generated\./.test(base)
  );
}

/** The language of a path, or null (data, docs, config and unknown files are not counted). */
export function languageOf(path: string): string | null {
  const normalized = path.replace(/\\/g, '/');
  if (isVendoredOrGenerated(normalized)) return null;
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  const named = BY_NAME[base] ?? (/^Dockerfile\./.test(base) ? 'Dockerfile' : undefined);
  if (named) return named;
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? null;
}

export interface LanguageShare {
  language: string;
  bytes: number;
  files: number;
}

/** Bytes and files per language of a list of files (path, size), largest first. */
export function languageShares(files: Iterable<{ path: string; size: number }>): LanguageShare[] {
  const by = new Map<string, LanguageShare>();
  for (const f of files) {
    const language = languageOf(f.path);
    if (!language) continue;
    const s = by.get(language) ?? { language, bytes: 0, files: 0 };
    if (s.files === 0) by.set(language, s);
    s.bytes += f.size;
    s.files += 1;
  }
  return [...by.values()].sort((a, b) => b.bytes - a.bytes || a.language.localeCompare(b.language));
}
