/** Scalars of the fast YAML reader (see backstage-yaml.ts): quoted, plain and one-line flow sequences. */

/** Thrown inside the fast reader when the text leaves the subset. */
export class Unsupported extends Error {}
export const bail = (): never => {
  throw new Unsupported();
};

/** Strips spaces (only: YAML's other white space is content or an error, unlike what String#trim removes). */
export function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (s.charCodeAt(a) === 32) a++;
  while (b > a && s.charCodeAt(b - 1) === 32) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Characters a plain scalar may not start with. */
export const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

export function readQuoted(s: string, at: number, soft: true): { value: string; end: number } | undefined;
export function readQuoted(s: string, at: number): { value: string; end: number };
export function readQuoted(s: string, at: number, soft = false): { value: string; end: number } | undefined {
  const quote = s[at];
  let value = '';
  let k = at + 1;
  while (k < s.length) {
    const ch = s[k] as string;
    if (ch === quote) {
      if (quote === "'" && s[k + 1] === "'") {
        value += "'";
        k += 2;
        continue;
      }
      return { value, end: k + 1 };
    }
    if (ch === '\\' && quote === '"') {
      const e = readEscape(s, k + 1);
      value += e.text;
      k = e.end;
      continue;
    }
    value += ch;
    k++;
  }
  return soft ? undefined : bail();
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  b: '\b',
  ' ': ' ',
};

function readEscape(s: string, at: number): { text: string; end: number } {
  const ch = s[at] as string;
  const simple = ESCAPES[ch];
  if (simple !== undefined) return { text: simple, end: at + 1 };
  const width = ch === 'x' ? 2 : ch === 'u' ? 4 : ch === 'U' ? 8 : 0;
  const hex = s.slice(at + 1, at + 1 + width);
  if (width === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return bail();
  return { text: String.fromCodePoint(Number.parseInt(hex, 16)), end: at + 1 + width };
}

/** After a quoted scalar or flow sequence only a comment may follow. */
export function expectEnd(s: string, at: number): void {
  const rest = s.slice(at);
  if (rest === '') return;
  if (rest[0] !== ' ') bail();
  const t = trimSpaces(rest);
  if (t !== '' && t[0] !== '#') bail();
}

export function readFlowSequence(s: string): unknown[] {
  const list: unknown[] = [];
  let k = 1;
  const skip = () => {
    while (s[k] === ' ') k++;
  };
  skip();
  if (s[k] === ']') {
    expectEnd(s, k + 1);
    return list;
  }
  for (;;) {
    skip();
    const ch = s[k];
    if (ch === '"' || ch === "'") {
      const q = readQuoted(s, k);
      list.push(q.value);
      k = q.end;
    } else {
      let e = k;
      while (e < s.length && s[e] !== ',' && s[e] !== ']') e++;
      const item = trimSpaces(s.slice(k, e));
      if (item === '' || /[[\]{}#\t]|: |:$/.test(item) || INDICATORS.includes(item[0] as string)) bail();
      list.push(resolvePlain(item));
      k = e;
    }
    skip();
    if (s[k] === ',') {
      k++;
      continue;
    }
    if (s[k] !== ']') bail();
    expectEnd(s, k + 1);
    return list;
  }
}

/** A plain scalar without its trailing comment. */
export function cutComment(s: string): string {
  const hash = s.indexOf(' #');
  const value = trimSpaces(hash >= 0 ? s.slice(0, hash) : s);
  if (value.includes(': ') || value.endsWith(':') || value.includes('\t')) bail();
  return value;
}

/** YAML 1.2 core schema, as the `yaml` package resolves it. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Fast exit: anything not starting with a digit, sign, dot, t/T/f/F/n/N or ~ is a string.
  const maybeTyped =
    s === '' ||
    (c >= 48 && c <= 57) ||
    c === 43 ||
    c === 45 ||
    c === 46 ||
    c === 126 ||
    'tTfFnN'.includes(s[0] as string);
  if (!maybeTyped) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(s)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(s)) return false;
  if (/^0o[0-7]+$/.test(s)) return Number.parseInt(s.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return Number.parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return Number.parseInt(s.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    if (s.slice(-3).toLowerCase() === 'nan') return Number.NaN;
    return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return Number.parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return Number.parseFloat(s);
  return s;
}
