/**
 * A minimal XML reader for pom.xml: elements, attributes, text, comments, CDATA, processing instructions,
 * a DOCTYPE without an internal subset, and the five predefined entities plus numeric character references.
 * Namespaces are kept as written (prefix:name). It does NOT validate DTDs, expand custom entities or
 * normalize whitespace. A document that is not well-formed (unclosed or mismatched tags, text outside the
 * root element) throws an XmlError with the line.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} at line ${line}`);
    this.name = 'XmlError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, line: number): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    const v = ENTITIES[e];
    if (v === undefined) throw new XmlError(`unknown entity &${e};`, line);
    return v;
  });
}

export function parseXml(text: string): XmlElement {
  const src = text.replace(/^\uFEFF/, '');
  let pos = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const skipTo = (end: string, what: string) => {
    const at = src.indexOf(end, pos);
    if (at < 0) throw new XmlError(`unterminated ${what}`, line);
    const chunk = src.slice(pos, at + end.length);
    for (const c of chunk) if (c === '\n') line++;
    pos = at + end.length;
    return chunk.slice(0, -end.length);
  };
  while (pos < src.length) {
    const lt = src.indexOf('<', pos);
    const textEnd = lt < 0 ? src.length : lt;
    const raw = src.slice(pos, textEnd);
    const top = stack[stack.length - 1];
    if (raw.trim()) {
      if (!top) throw new XmlError('text outside the root element', line);
      top.text += decode(raw, line);
    }
    for (const c of raw) if (c === '\n') line++;
    pos = textEnd;
    if (lt < 0) break;
    if (src.startsWith('<!--', pos)) {
      pos += 4;
      skipTo('-->', 'comment');
    } else if (src.startsWith('<![CDATA[', pos)) {
      pos += 9;
      const data = skipTo(']]>', 'CDATA section');
      if (top) top.text += data;
    } else if (src.startsWith('<?', pos)) {
      skipTo('?>', 'processing instruction');
    } else if (src.startsWith('<!', pos)) {
      skipTo('>', 'declaration');
    } else if (src.startsWith('</', pos)) {
      const startLine = line;
      pos += 2;
      const name = skipTo('>', 'closing tag').trim();
      const open = stack.pop();
      if (!open) throw new XmlError(`unexpected closing tag </${name}>`, startLine);
      if (open.name !== name) {
        throw new XmlError(
          `closing tag </${name}> does not match <${open.name}> opened at line ${open.line}`,
          startLine,
        );
      }
    } else {
      const startLine = line;
      pos += 1;
      let body = '';
      // read to the '>' that is not inside a quoted attribute value
      let quote = '';
      for (;;) {
        const c = src[pos];
        if (c === undefined) throw new XmlError('unterminated tag', startLine);
        pos++;
        if (c === '\n') line++;
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
        body += c;
      }
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const m = /^([A-Za-z_][\w.:-]*)([\s\S]*)$/.exec(body);
      if (!m?.[1]) throw new XmlError(`invalid tag <${body.slice(0, 20)}`, startLine);
      const attributes: Record<string, string> = {};
      const attrs = (m[2] ?? '').trim();
      const re = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/gy;
      let rest = attrs;
      while (rest) {
        re.lastIndex = 0;
        const a = re.exec(rest);
        if (!a?.[1]) throw new XmlError(`invalid attribute in <${m[1]}>`, startLine);
        attributes[a[1]] = decode(a[3] ?? a[4] ?? '', startLine);
        rest = rest.slice(a[0].length).trimStart();
      }
      const element: XmlElement = { name: m[1], attributes, children: [], text: '', line: startLine };
      if (top) top.children.push(element);
      else if (root) throw new XmlError('more than one root element', startLine);
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed)
    throw new XmlError(`<${unclosed.name}> opened at line ${unclosed.line} is never closed`, line);
  if (!root) throw new XmlError('no root element', line);
  return root;
}

/** Local name without a namespace prefix. */
function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

export function xmlChild(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => local(c.name) === name);
}
export function xmlChildren(el: XmlElement | undefined, name: string): XmlElement[] {
  return el?.children.filter((c) => local(c.name) === name) ?? [];
}
export function xmlText(el: XmlElement | undefined, name: string): string | undefined {
  const t = xmlChild(el, name)?.text.trim();
  return t || undefined;
}
