/**
 * A minimal TOML reader, enough for the manifests the stack inventory reads (pyproject.toml, poetry.lock,
 * Cargo.toml, Cargo.lock). It supports: `[table]` and `[[array.of.tables]]` headers (dotted, quoted parts),
 * dotted and quoted keys, basic and literal strings (also multi-line, with the usual escapes), integers,
 * floats, booleans, arrays (multi-line, trailing commas, comments) and inline tables.
 * It does NOT support: typed dates and times (a bare date/time is kept as its text), and it does not
 * reject every invalid document (redefining a table or key is accepted, last value wins).
 * Syntax it cannot read throws a TomlError with the line.
 */

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export class TomlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} at line ${line}`);
    this.name = 'TomlError';
  }
}

export interface TomlDocument {
  root: TomlTable;
  /** Line of each key and table header, by its path joined with '\u0000' (array-of-table items by index). */
  lines: Map<string, number>;
}

export function tomlPathKey(path: readonly (string | number)[]): string {
  return path.join('\u0000');
}

const BARE = /[A-Za-z0-9_-]/;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };

export function parseToml(text: string): TomlDocument {
  let pos = 0;
  let line = 1;
  const src = text.replace(/^\uFEFF/, '');
  const root: TomlTable = {};
  const lines = new Map<string, number>();
  let current: TomlTable = root;
  let currentPath: (string | number)[] = [];

  const fail = (message: string): never => {
    throw new TomlError(message, line);
  };
  const peek = (offset = 0) => src[pos + offset] ?? '';
  const advance = () => {
    if (src[pos] === '\n') line++;
    pos++;
  };
  const skipSpaces = () => {
    while (peek() === ' ' || peek() === '\t') advance();
  };
  const skipComment = () => {
    if (peek() === '#') while (pos < src.length && peek() !== '\n') advance();
  };
  /** Whitespace, newlines and comments (inside arrays). */
  const skipAll = () => {
    for (;;) {
      const c = peek();
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') advance();
      else if (c === '#') skipComment();
      else return;
    }
  };
  const endOfLine = () => {
    skipSpaces();
    skipComment();
    if (peek() === '\r') advance();
    if (pos < src.length && peek() !== '\n') fail(`unexpected '${peek()}'`);
  };

  const readString = (): string => {
    const quote = peek();
    const multi = src.startsWith(quote.repeat(3), pos);
    const literal = quote === "'";
    pos += multi ? 3 : 1;
    if (multi && peek() === '\r') advance();
    if (multi && peek() === '\n') advance();
    let out = '';
    for (;;) {
      if (pos >= src.length) fail('unterminated string');
      const c = peek();
      if (multi ? src.startsWith(quote.repeat(3), pos) : c === quote) {
        if (!multi) {
          pos++;
          return out;
        }
        // up to two quotes right before the closing delimiter belong to the string
        let run = 0;
        while (src[pos + run] === quote && run < 5) run++;
        out += quote.repeat(run - 3);
        pos += run;
        return out;
      }
      if (c === '\n' && !multi) fail('newline in string');
      if (c === '\\' && !literal) {
        const e = peek(1);
        if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8;
          const hex = src.slice(pos + 2, pos + 2 + len);
          if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len) fail('bad unicode escape');
          out += String.fromCodePoint(Number.parseInt(hex, 16));
          pos += 2 + len;
        } else if (multi && (e === '\n' || e === ' ' || e === '\r' || e === '\t')) {
          advance();
          skipAll();
        } else {
          const mapped = ESCAPES[e];
          if (mapped === undefined) fail(`bad escape \\${e}`);
          out += mapped;
          pos += 2;
        }
        continue;
      }
      out += c;
      advance();
    }
  };

  const readKeyPart = (): string => {
    const c = peek();
    if (c === '"' || c === "'") return readString();
    let key = '';
    while (BARE.test(peek())) key += src[pos++];
    if (!key) fail(c ? `unexpected '${c}' in key` : 'missing key');
    return key;
  };
  const readKey = (): string[] => {
    const parts: string[] = [];
    for (;;) {
      skipSpaces();
      parts.push(readKeyPart());
      skipSpaces();
      if (peek() !== '.') return parts;
      pos++;
    }
  };

  const readValue = (): TomlValue => {
    const c = peek();
    if (c === '"' || c === "'") return readString();
    if (c === '[') {
      pos++;
      const items: TomlValue[] = [];
      for (;;) {
        skipAll();
        if (peek() === ']') {
          pos++;
          return items;
        }
        if (pos >= src.length) fail('unterminated array');
        items.push(readValue());
        skipAll();
        if (peek() === ',') pos++;
        else if (peek() !== ']') fail(`expected ',' or ']' in array, found '${peek()}'`);
      }
    }
    if (c === '{') {
      pos++;
      const table: TomlTable = {};
      skipSpaces();
      if (peek() === '}') {
        pos++;
        return table;
      }
      for (;;) {
        const key = readKey();
        if (peek() !== '=') fail("expected '=' in inline table");
        pos++;
        skipSpaces();
        setPath(table, key, readValue());
        skipSpaces();
        if (peek() === ',') {
          pos++;
          skipSpaces();
        } else if (peek() === '}') {
          pos++;
          return table;
        } else fail(`expected ',' or '}' in inline table, found '${peek() || 'end of file'}'`);
      }
    }
    const m = /^[^\s,\]}#]+/.exec(src.slice(pos, pos + 200));
    if (!m) fail(c ? `unexpected '${c}'` : 'missing value');
    const raw = m![0];
    pos += raw.length;
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    if (/^[+-]?(\d[\d_]*)(\.\d[\d_]*)?([eE][+-]?\d+)?$/.test(raw)) return Number(raw.replace(/_/g, ''));
    if (/^0x[0-9a-fA-F_]+$|^[+-]?(inf|nan)$/.test(raw)) return Number(raw.replace(/_/g, ''));
    if (/^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(raw)) {
      // a date-time may have a space instead of 'T': keep the time part too
      const time = /^ \d{2}:\d{2}[^\s,\]}#]*/.exec(src.slice(pos, pos + 60));
      if (time) pos += time[0].length;
      return raw + (time?.[0] ?? '');
    }
    return fail(`unsupported value '${raw}'`);
  };

  function setPath(table: TomlTable, key: string[], value: TomlValue) {
    let t = table;
    for (const part of key.slice(0, -1)) {
      const next = t[part];
      if (next === undefined) t = t[part] = {};
      else if (typeof next === 'object' && !Array.isArray(next)) t = next;
      else fail(`key '${part}' is not a table`);
    }
    t[key[key.length - 1]!] = value;
  }

  const openTable = (path: string[], array: boolean) => {
    let t = root;
    const fullPath: (string | number)[] = [];
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      let next = t[part];
      fullPath.push(part);
      if (last && array) {
        if (next === undefined) next = t[part] = [];
        if (!Array.isArray(next)) fail(`'${part}' is not an array of tables`);
        const item: TomlTable = {};
        (next as TomlValue[]).push(item);
        fullPath.push((next as TomlValue[]).length - 1);
        t = item;
        return;
      }
      if (next === undefined) next = t[part] = {};
      if (Array.isArray(next)) {
        // [a.b] after [[a]] refers to the last element of a
        const lastItem = next[next.length - 1];
        if (typeof lastItem !== 'object' || Array.isArray(lastItem)) fail(`'${part}' is not a table`);
        fullPath.push(next.length - 1);
        t = lastItem as TomlTable;
      } else if (typeof next === 'object') t = next;
      else fail(`'${part}' is not a table`);
    });
    current = t;
    currentPath = fullPath;
    lines.set(tomlPathKey(fullPath), line);
  };

  while (pos < src.length) {
    skipAll();
    if (pos >= src.length) break;
    if (peek() === '[') {
      const array = peek(1) === '[';
      pos += array ? 2 : 1;
      const path = readKey();
      if (!src.startsWith(array ? ']]' : ']', pos)) fail('unterminated table header');
      pos += array ? 2 : 1;
      openTable(path, array);
      endOfLine();
      continue;
    }
    const keyLine = line;
    const key = readKey();
    if (peek() !== '=') fail(`expected '=' after key '${key.join('.')}'`);
    pos++;
    skipSpaces();
    const value = readValue();
    setPath(current, key, value);
    // dotted keys (`serde.workspace = true`) also give their parent keys a line
    for (let n = 1; n <= key.length; n++) {
      const k = tomlPathKey([...currentPath, ...key.slice(0, n)]);
      if (n === key.length || !lines.has(k)) lines.set(k, keyLine);
    }
    endOfLine();
  }
  return { root, lines };
}

/** Narrowing helpers for parsed TOML. */
export function tomlTable(value: TomlValue | undefined): TomlTable | undefined {
  return typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
export function tomlString(value: TomlValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
