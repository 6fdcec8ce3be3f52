import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renewalsCalendar } from './tool-calendar.js';

const renewal = {
  toolId: 7,
  vendor: 'Atlassian',
  product: 'Jira Software; Cloud, Standard',
  renewalDate: '2027-01-31',
  noticeDeadline: '2026-12-02',
  noticeDays: 60,
  autoRenew: true,
  annualCost: '12000.5',
  currency: 'USD',
  owner: 'Zoë Ångström',
};

/** Unfolds (RFC 5545 §3.1) and splits into content lines. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('the renewal calendar (RFC 5545)', () => {
  const ics = renewalsCalendar([renewal], {
    host: 'qd.example',
    now: new Date('2026-11-24T08:00:00.123Z'),
    toolUrl: (id) => `https://qd.example/cost/tools/${id}`,
  });

  it('has one event per renewal and per notice deadline, the latter with alarms', () => {
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Quarterdeck//Tool renewals//EN');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:tool-7-renewal-20270131@qd.example');
    expect(lines).toContain('UID:tool-7-notice-20261202@qd.example');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270131');
    expect(lines).toContain('DTEND;VALUE=DATE:20270201');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261202');
    expect(lines).toContain('DTSTAMP:20261124T080000Z');
    expect(lines).toContain('TRIGGER:-P7D');
    expect(lines).toContain('SUMMARY:Atlassian Jira Software\\; Cloud\\, Standard renews');
    // Alarms sit inside the notice event.
    const notice = lines.slice(lines.indexOf('UID:tool-7-notice-20261202@qd.example'));
    expect(notice.indexOf('BEGIN:VALARM')).toBeLessThan(notice.indexOf('END:VEVENT'));
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
  });

  it('ends lines with CRLF and folds them at 75 octets without splitting characters', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n ');
    expect(unfold(ics).join('\n')).toContain('Owner: Zoë Ångström.');
  });

  it('escapes text and folds long lines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const long = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('is an empty but valid calendar without renewals', () => {
    const empty = renewalsCalendar([], { host: 'h', now: new Date(0) });
    expect(unfold(empty).filter(Boolean).at(-1)).toBe('END:VCALENDAR');
    expect(empty).not.toContain('BEGIN:VEVENT');
  });
});
