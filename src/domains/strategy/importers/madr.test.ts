import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { madrFileNumber, parseMadr, parseStatus } from './madr-parse.js';
import { madrFileName, patchMadr, renderMadr } from './madr-write.js';

const dir = join(import.meta.dirname, 'madr-fixtures', 'log');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const ok = (text: string) => {
  const p = parseMadr(text);
  if (!p.ok) throw new Error(`not parsed: ${p.message}`);
  return p;
};

describe('MADR parser', () => {
  it('reads MADR 4 front matter, sections and the consequences under the outcome', () => {
    const p = ok(read('0001-record-architecture-decisions-with-madr.md'));
    expect(p.format).toBe('madr-4');
    expect(p.fields).toMatchObject({
      title: 'Record architecture decisions with MADR',
      status: 'accepted',
      date: '2024-03-11',
      deciders: ['Priya Raman', 'Tomás Ortega'],
      consulted: ['Platform guild'],
      informed: ['All engineering'],
    });
    expect(p.fields.context).toMatch(/^Decisions about our services[\s\S]*find it\?$/);
    expect(p.fields.options).toBe("* MADR 4.0.0\n* Michael Nygard's template\n* Pages in the wiki");
    expect(p.fields.outcome).toMatch(/^Chosen option: "MADR 4.0.0"[^\n]*$/);
    expect(p.fields.consequences).toBe(
      '* Good, because decisions are reviewed in pull requests like code.\n* Bad, because people outside engineering need a link to read them.',
    );
    expect(p.fields.prosCons).toMatch(/^### MADR 4.0.0[\s\S]*drift away from the code\.$/);
    expect(p.warnings).toEqual([]);
  });

  it('reads MADR 3 block and flow lists and a title right after the front matter', () => {
    const p = ok(read('0002-use-postgresql-for-transactional-data.md'));
    expect(p.format).toBe('madr-3');
    expect(p.fields.deciders).toEqual(['Priya Raman', 'Wen Li']);
    expect(p.fields.consulted).toEqual(['Database reliability', 'Payments team']);
    expect(p.fields.title).toBe('Use PostgreSQL for transactional data');
  });

  it('reads MADR 2 bullets (CRLF), a supersession link and both consequence headings', () => {
    const p = ok(read('0003-publish-events-through-kafka.md'));
    expect(p.format).toBe('madr-2');
    expect(p.fields).toMatchObject({ status: 'superseded', supersededBy: 4, date: '2023-06-19' });
    expect(p.fields.deciders).toEqual(['Wen Li', 'Joachim Berg']);
    expect(p.fields.consequences).toContain('replay events');
    expect(p.fields.consequences).toContain('Negative Consequences');
    expect(p.fields.consequences).toContain('ourselves.');
  });

  it("reads Michael Nygard's format as adr-tools writes it", () => {
    const p = ok(read('0005-deploy-with-feature-flags.md'));
    expect(p.format).toBe('nygard');
    expect(p.fields).toMatchObject({
      title: 'Deploy with feature flags',
      status: 'proposed',
      date: '2025-05-06',
    });
    expect(p.fields.outcome).toMatch(/^We will merge/);
    expect(p.fields.consequences).toBe('Flags need owners and an expiry, or they pile up.');
  });

  it('names the line of broken front matter and of a missing title', () => {
    const broken = parseMadr(read('0006-adopt-grpc-between-services.md'));
    expect(broken).toMatchObject({ ok: false, field: 'front matter' });
    expect(broken.ok === false && broken.line).toBeGreaterThanOrEqual(2);
    expect(broken.ok === false && broken.message).toMatch(/not valid YAML/);
    expect(parseMadr(read('0007-untitled.md'))).toMatchObject({ ok: false, field: 'title' });
    expect(parseMadr('---\nstatus: accepted\n')).toMatchObject({ ok: false, line: 1 });
  });

  it('warns about template placeholders and unknown statuses, naming the line', () => {
    const p = ok(read('adr-template.md'));
    expect(p.warnings.map((w) => [w.field, w.line])).toEqual([
      ['status', 2],
      ['date', 3],
    ]);
    const q = ok('# Cache product pages\n\n* Status: pondering\n');
    expect(q.fields.status).toBe('proposed');
    expect(q.warnings[0]).toMatchObject({ line: 3, field: 'status' });
  });

  it('reads statuses, file numbers', () => {
    expect(parseStatus('Superseded by [5. Use SQS](0005-use-sqs.md)')).toEqual({
      status: 'superseded',
      supersededBy: 5,
    });
    expect(parseStatus('superseded by ADR-0123')).toEqual({ status: 'superseded', supersededBy: 123 });
    expect(parseStatus('in review')).toEqual({ status: 'proposed', supersededBy: null });
    expect(parseStatus('{proposed | accepted}')).toBeNull();
    expect(madrFileNumber('0012-use-kafka.md')).toEqual({ number: 12, slug: 'use-kafka' });
    expect(madrFileNumber('adr-template.md')).toBeNull();
    expect(madrFileNumber('README.md')).toBeNull();
    expect(madrFileName(7, 'Use PostgreSQL — for “ledgers”!')).toBe('0007-use-postgresql-for-ledgers.md');
  });
});

describe('MADR writer', () => {
  const files = [
    '0001-record-architecture-decisions-with-madr.md',
    '0002-use-postgresql-for-transactional-data.md',
    '0003-publish-events-through-kafka.md',
    '0004-publish-events-through-a-managed-queue.md',
    '0005-deploy-with-feature-flags.md',
  ];

  it('changes nothing when nothing is edited', () => {
    for (const f of files) expect(patchMadr(read(f), {})).toBe(read(f));
  });

  it.each(files)('changes only the edited lines of %s', (f) => {
    const before = read(f);
    const after = patchMadr(before, { title: 'A new title', context: 'New context.\nSecond line.' });
    const p = ok(after);
    const q = ok(before);
    expect(p.fields).toEqual({ ...q.fields, title: 'A new title', context: 'New context.\nSecond line.' });
    const a = before.split(/\r?\n/);
    const b = after.split(/\r?\n/);
    // Lines outside the title and the context section are the same, in the same order.
    const kept = a.filter((l) => b.includes(l));
    expect(a.length - kept.length).toBeLessThanOrEqual(1 + q.fields.context.split('\n').length);
    expect(after.includes('\r\n')).toBe(before.includes('\r\n'));
  });

  it('writes a status edit where the format keeps it', () => {
    const by = { number: 9, fileName: '0009-use-sqs.md' };
    const v4 = patchMadr(
      read('0001-record-architecture-decisions-with-madr.md'),
      { status: 'superseded' },
      by,
    );
    expect(v4).toContain('status: superseded by [ADR-0009](0009-use-sqs.md)\n');
    expect(ok(v4).fields).toMatchObject({ status: 'superseded', supersededBy: 9 });
    const v2 = patchMadr(read('0004-publish-events-through-a-managed-queue.md'), { status: 'deprecated' });
    expect(v2).toContain('* Status: deprecated\n');
    const ny = patchMadr(read('0005-deploy-with-feature-flags.md'), { status: 'accepted' });
    expect(ny).toContain('## Status\n\nAccepted\n');
    expect(ok(ny).fields.status).toBe('accepted');
  });

  it('keeps the list style of front matter and adds missing keys and sections', () => {
    const v3 = patchMadr(read('0002-use-postgresql-for-transactional-data.md'), {
      deciders: ['Wen Li'],
      consulted: ['Payments team'],
      informed: [],
    });
    expect(v3).toContain('deciders:\n  - Wen Li\nconsulted: [Payments team]\n---');
    const ny = patchMadr(read('0005-deploy-with-feature-flags.md'), {
      deciders: ['Ana Costa'],
      prosCons: '* Good.',
    });
    expect(ok(ny).fields).toMatchObject({ deciders: ['Ana Costa'], prosCons: '* Good.', status: 'proposed' });
    const v2 = patchMadr(read('0004-publish-events-through-a-managed-queue.md'), { consulted: ['SRE'] });
    expect(v2).toContain('* Date: 2025-01-14\n* Consulted: SRE\n');
  });

  it('clears values and reverts a supersession', () => {
    const v2 = patchMadr(read('0003-publish-events-through-kafka.md'), {
      status: 'accepted',
      date: null,
      deciders: [],
    });
    expect(v2).not.toMatch(/Date:|Deciders:/);
    expect(v2).toContain('* Status: accepted\r\n');
    expect(ok(v2).fields).toMatchObject({ status: 'accepted', supersededBy: null, date: null, deciders: [] });
    const v4 = patchMadr(read('0001-record-architecture-decisions-with-madr.md'), {
      consequences: '',
      outcome: 'We chose MADR.',
    });
    expect(ok(v4).fields).toMatchObject({ consequences: '', outcome: 'We chose MADR.' });
    expect(v4).toContain('### Confirmation');
  });

  it('renders new records that read back the same', () => {
    const fields = {
      title: 'Use OpenTelemetry for tracing',
      status: 'accepted' as const,
      supersededBy: null,
      date: '2026-02-03',
      deciders: ['Ana Costa', 'Wen Li'],
      consulted: [],
      informed: ['Engineering'],
      context: 'Traces stop at service boundaries.',
      options: '* OpenTelemetry\n* Vendor agents',
      outcome: 'Chosen option: "OpenTelemetry".',
      consequences: '* Good, because vendors are interchangeable.',
      prosCons: '',
    };
    const md = renderMadr(fields);
    expect(ok(md).fields).toEqual(fields);
    expect(ok(md).format).toBe('madr-4');
    expect(patchMadr(md, {})).toBe(md);
  });
});
