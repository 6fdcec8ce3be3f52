/** The fast reader of catalog YAML: the block-style subset described in backstage-yaml.ts. */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { YamlDocument, YamlDocuments } from './backstage-yaml.js';
import {
  bail,
  cutComment,
  expectEnd,
  INDICATORS,
  readFlowSequence,
  readQuoted,
  resolvePlain,
  trimSpaces,
  Unsupported,
} from './backstage-yaml-scalars.js';

/** The documents of `text`, or undefined when it leaves the subset. */
export function readFast(text: string): YamlDocuments | undefined {
  const lines = text.split('\n');
  if (text.includes('\r'))
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as string;
      lines[i] = l.endsWith('\r') ? l.slice(0, -1) : l;
      if ((lines[i] as string).includes('\r')) return undefined;
    }
  const documents: YamlDocument[] = [];
  let start = 0;
  try {
    for (let i = 0; i <= lines.length; i++) {
      const l = i < lines.length ? (lines[i] as string) : undefined;
      if (l !== undefined) {
        const c = l.charCodeAt(0);
        if (c !== 45 && c !== 46 && c !== 37) continue; // '-', '.', '%'
        if (c === 37 || /^\.\.\.([ \t]|$)/.test(l)) return undefined;
        if (!/^---([ \t]|$)/.test(l)) continue;
        const rest = trimSpaces(l.slice(3));
        if (rest !== '' && !rest.startsWith('#')) return undefined;
      }
      const doc = new FastDocument(lines, start, i).parse();
      if (doc) documents.push(doc);
      start = i + 1;
    }
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  return { documents, problems: [], reader: 'fast' };
}

class FastDocument {
  private i: number;
  private readonly indent: number[] = [];
  private readonly content: string[] = [];

  constructor(
    private readonly lines: string[],
    private readonly start: number,
    private readonly end: number,
  ) {
    this.i = start;
    for (let k = start; k < end; k++) {
      const l = lines[k] as string;
      let n = 0;
      while (l.charCodeAt(n) === 32) n++;
      this.indent.push(n);
      this.content.push(n === 0 ? l : l.slice(n));
    }
  }

  parse(): YamlDocument | undefined {
    this.skipBlank();
    if (this.i >= this.end) return undefined;
    const row = this.i + 1;
    const value = this.parseMap(this.ind());
    this.skipBlank();
    if (this.i < this.end) bail();
    const { lines, start, end } = this;
    let located: { doc: ReturnType<typeof parseDocument>; counter: LineCounter } | undefined;
    return {
      row,
      value,
      lineOf(path) {
        if (!located) {
          const counter = new LineCounter();
          located = {
            doc: parseDocument(lines.slice(start, end).join('\n'), { lineCounter: counter }),
            counter,
          };
        }
        const node = located.doc.getIn(path, true);
        return isNode(node) && node.range ? located.counter.linePos(node.range[0]).line + start : undefined;
      },
    };
  }

  private ind(): number {
    return this.indent[this.i - this.start] as number;
  }
  private text(): string {
    return this.content[this.i - this.start] as string;
  }

  private skipBlank(): void {
    while (this.i < this.end) {
      const c = this.text();
      if (c !== '' && c[0] !== '#') {
        if (c[0] === '\t') bail();
        return;
      }
      this.i++;
    }
  }

  /** A block node below a key or a `-` at indent `n`, or null when nothing is nested. */
  private parseNested(n: number, sequenceAtSameIndent: boolean): unknown {
    this.skipBlank();
    if (this.i >= this.end) return null;
    const ind = this.ind();
    const c = this.text();
    if (ind > n) return isSeqItem(c) ? this.parseSeq(ind) : this.parseMap(ind);
    if (ind === n && sequenceAtSameIndent && isSeqItem(c)) return this.parseSeq(n);
    return null;
  }

  private parseMap(n: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (;;) {
      this.skipBlank();
      if (this.i >= this.end || this.ind() < n) return map;
      if (this.ind() > n) bail();
      const c = this.text();
      const key = splitKey(c);
      if (!key || key.key === '__proto__' || Object.hasOwn(map, key.key)) return bail();
      const rest = trimSpaces(c.slice(key.next));
      this.i++;
      map[key.key] = rest === '' || rest[0] === '#' ? this.parseNested(n, true) : this.parseInline(rest, n);
    }
  }

  private parseSeq(n: number): unknown[] {
    const list: unknown[] = [];
    for (;;) {
      this.skipBlank();
      if (this.i >= this.end || this.ind() < n) return list;
      if (this.ind() > n) bail();
      const c = this.text();
      if (!isSeqItem(c)) return list;
      let k = 1;
      while (c[k] === ' ') k++;
      const rest = c.slice(k);
      if (rest === '' || rest[0] === '#') {
        this.i++;
        list.push(this.parseNested(n, false));
      } else if (isSeqItem(rest)) {
        bail();
      } else if (splitKey(rest)) {
        this.indent[this.i - this.start] = n + k;
        this.content[this.i - this.start] = rest;
        list.push(this.parseMap(n + k));
      } else {
        this.i++;
        list.push(this.parseInline(rest, n));
      }
    }
  }

  /** A value written on the line of its key or dash; `n` is that line's indent. */
  private parseInline(rest: string, n: number): unknown {
    const ch = rest[0] as string;
    if (ch === '"' || ch === "'") {
      const q = readQuoted(rest, 0);
      expectEnd(rest, q.end);
      return q.value;
    }
    if (ch === '[') return readFlowSequence(rest);
    if (ch === '{') return /^\{ *\} *(#.*)?$/.test(rest) ? {} : bail();
    if (ch === '|' || ch === '>') return this.readBlockScalar(rest, n);
    if (INDICATORS.includes(ch) && ch !== '-') bail();
    if (ch === '-' && (rest.length === 1 || rest[1] === ' ')) bail();
    return resolvePlain(cutComment(rest));
  }

  private readBlockScalar(header: string, n: number): string {
    // Keep chomping (`|+`) and indentation indicators are left to the `yaml` package.
    const m = /^([|>])(-?) *(#.*)?$/.exec(header);
    if (!m) return bail();
    const folded = m[1] === '>';
    const chomp = m[2];
    let j = this.i;
    let leading = 0;
    let blockIndent = -1;
    for (; j < this.end; j++) {
      const raw = this.lines[j] as string;
      if (isBlankLine(raw)) {
        leading = Math.max(leading, raw.length);
        continue;
      }
      blockIndent = this.indent[j - this.start] as number;
      if (raw.charCodeAt(blockIndent) === 9) bail();
      break;
    }
    if (blockIndent <= n) return '';
    if (leading > blockIndent || (folded && j > this.i)) bail();
    const body: string[] = Array.from({ length: j - this.i }, () => '');
    for (; j < this.end; j++) {
      const raw = this.lines[j] as string;
      if (isBlankLine(raw)) {
        if (raw.length > blockIndent) bail();
        body.push('');
        continue;
      }
      if ((this.indent[j - this.start] as number) < blockIndent) break;
      body.push(raw.slice(blockIndent));
    }
    this.i = j;
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    let value: string;
    if (folded) {
      value = '';
      let empty = 0;
      for (const line of body) {
        if (line === '') {
          empty++;
          continue;
        }
        if (line[0] === ' ' || line[0] === '\t') bail();
        if (value !== '') value += empty > 0 ? '\n'.repeat(empty) : ' ';
        value += line;
        empty = 0;
      }
    } else {
      value = body.join('\n');
    }
    if (chomp === '-') return value;
    return `${value}\n`;
  }
}

function isBlankLine(raw: string): boolean {
  return /^ *$/.test(raw);
}

function isSeqItem(c: string): boolean {
  return c[0] === '-' && (c.length === 1 || c[1] === ' ');
}

/** The key of a `key: value` line and where its value starts, or undefined if the line is no such line. */
function splitKey(c: string): { key: string; next: number } | undefined {
  const ch = c[0];
  if (ch === '"' || ch === "'") {
    const q = readQuoted(c, 0, true);
    if (!q) return undefined;
    let k = q.end;
    while (c[k] === ' ') k++;
    if (c[k] !== ':' || (k + 1 < c.length && c[k + 1] !== ' ')) return undefined;
    return { key: q.value, next: k + 1 };
  }
  if (ch === undefined || INDICATORS.includes(ch)) return undefined;
  let j = c.indexOf(':');
  while (j >= 0 && j + 1 < c.length && c[j + 1] !== ' ') j = c.indexOf(':', j + 1);
  if (j < 0) return undefined;
  const key = trimSpaces(c.slice(0, j));
  if (key.includes(' #') || key.includes('\t') || typeof resolvePlain(key) !== 'string') return bail();
  return { key, next: j + 1 };
}
