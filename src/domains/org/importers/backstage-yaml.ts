/**
 * Multi-document YAML reading for Backstage catalog files.
 *
 * The `yaml` package is the reference parser, but it reads about 1 MB/s here: a 15,000-entity
 * catalog would take over 5 s. Catalog files nearly always stay inside a small block-style subset
 * (mappings, sequences, plain and quoted one-line scalars, one-line flow sequences, `|`/`>` block
 * scalars, comments), so a file made only of that subset is read by the small parser below, which
 * resolves scalars like YAML 1.2's core schema. At the first construct outside the subset (anchors,
 * tags, multi-line plain or quoted scalars, flow mappings, duplicate keys, any syntax error...) the
 * whole file goes to `yaml.parseAllDocuments`, which then also gives the error messages and lines.
 * Tests check that both readers give the same values on every fixture.
 */
import { isNode, LineCounter, parseAllDocuments } from 'yaml';
import { readFast } from './backstage-yaml-fast.js';

export { resolvePlain } from './backstage-yaml-scalars.js';

export type YamlPath = readonly (string | number)[];

export interface YamlDocument {
  /** 1-based line of the document's first content line. */
  row: number;
  value: unknown;
  /** 1-based line of the node at `path`, when there is one (for messages). */
  lineOf(path: YamlPath): number | undefined;
}

/** A syntax error; the document that holds it is left out of `documents`. */
export interface YamlProblem {
  row: number | undefined;
  message: string;
}

export interface YamlDocuments {
  documents: YamlDocument[];
  problems: YamlProblem[];
  /** Which reader was used (for tests). */
  reader: 'fast' | 'yaml';
}

/** Reads every non-empty document of a file. */
export function readYamlDocuments(text: string): YamlDocuments {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return readFast(body) ?? readWithYamlPackage(body);
}

/** The reference reader, `yaml.parseAllDocuments`. */
export function readWithYamlPackage(text: string): YamlDocuments {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, logLevel: 'error' });
  const documents: YamlDocument[] = [];
  const problems: YamlProblem[] = [];
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const message = (error.message.split('\n')[0] ?? error.message).replace(/:$/, '');
      problems.push({ row: error.linePos?.[0].line, message: `Invalid YAML: ${message}` });
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS();
    } catch (e) {
      problems.push({ row: lineCounter.linePos(doc.range[0]).line, message: `Invalid YAML: ${String(e)}` });
      continue;
    }
    if (value === null || value === undefined) continue;
    const contents = doc.contents;
    const start = contents && isNode(contents) && contents.range ? contents.range[0] : doc.range[0];
    documents.push({
      row: lineCounter.linePos(start).line,
      value,
      lineOf(path) {
        const node = doc.getIn(path, true);
        return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
      },
    });
  }
  return { documents, problems, reader: 'yaml' };
}
