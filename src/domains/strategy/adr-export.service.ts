/**
 * Decision records out of Quarterdeck as MADR files: records written here or imported from a folder
 * under their file name; records synced from a repository under `<repository>/<path>`, as in the
 * repository. Each file is the record's markdown: the source file byte for byte unless edited here.
 * A tar (POSIX ustar) is written by hand; no dependency needed.
 */

import type { Db } from '../../platform/db/database.js';
import * as repo from './adr.repo.js';

export interface ExportedFile {
  path: string;
  text: string;
  number: number;
}

export function exportPath(r: repo.AdrRow): string {
  if (r.source_kind === 'repository' && r.source_repository && r.source_path)
    return `${r.source_repository}/${r.source_path}`;
  return r.file_name;
}

export async function adrExportFiles(db: Db): Promise<ExportedFile[]> {
  const rows = await repo.allAdrs(db);
  return rows.map((r) => ({ path: exportPath(r), text: r.markdown, number: r.number }));
}

function header(name: string, size: number, mtime: number, type: '0' | '5'): Buffer {
  const h = Buffer.alloc(512);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 154);
    if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100)
      throw new Error(`Path too long for tar: ${name}`);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  const put = (s: string, off: number, len: number) => h.write(s, off, len, 'utf8');
  const oct = (n: number, len: number) => `${n.toString(8).padStart(len - 1, '0')}\0`;
  put(base, 0, 100);
  put(oct(type === '5' ? 0o755 : 0o644, 8), 100, 8);
  put(oct(0, 8), 108, 8);
  put(oct(0, 8), 116, 8);
  put(oct(size, 12), 124, 12);
  put(oct(mtime, 12), 136, 12);
  put('        ', 148, 8);
  put(type, 156, 1);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return h;
}

/** A ustar archive of the files under `root/`, with fixed times so the same records give the same bytes. */
export function tarFiles(files: { path: string; text: string }[], root: string, mtime = 0): Buffer {
  const parts: Buffer[] = [];
  const dirs = new Set<string>();
  for (const f of files) {
    const segments = `${root}/${f.path}`.split('/');
    for (let i = 1; i < segments.length; i++) {
      const dir = `${segments.slice(0, i).join('/')}/`;
      if (dirs.has(dir)) continue;
      dirs.add(dir);
      parts.push(header(dir, 0, mtime, '5'));
    }
    const body = Buffer.from(f.text, 'utf8');
    parts.push(header(`${root}/${f.path}`, body.length, mtime, '0'), body);
    const pad = (512 - (body.length % 512)) % 512;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}
