/**
 * The renewal calendar as iCalendar (RFC 5545), so leaders get the reminders in their own calendar:
 * one all-day VEVENT per renewal, and one per notice deadline with a VALARM a week before (and on the
 * day). Lines end with CRLF, are folded at 75 octets (RFC 5545 §3.1) and text is escaped (§3.3.11).
 */

export interface CalendarRenewal {
  toolId: number;
  vendor: string;
  product: string;
  renewalDate: string;
  noticeDeadline: string;
  noticeDays: number;
  autoRenew: boolean;
  annualCost: string;
  currency: string;
  owner: string | null;
}

export interface CalendarOptions {
  /** Host name in the UIDs (stable across downloads, so calendars update events instead of adding). */
  host: string;
  /** DTSTAMP: when the feed was made. */
  now: Date;
  /** Where the tool's page is, for the events' URL (absolute, or omitted). */
  toolUrl?: ((toolId: number) => string) | undefined;
  /** Days before the notice deadline the first alarm rings (default 7). */
  alarmDays?: number | undefined;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with a space, which counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const dateValue = (day: string) => day.replaceAll('-', '');
const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const stamp = (d: Date) => `${d.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

function event(lines: string[], props: [string, string][]) {
  lines.push('BEGIN:VEVENT');
  for (const [k, v] of props) lines.push(`${k}:${v}`);
}

export function renewalsCalendar(renewals: CalendarRenewal[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Quarterdeck//Tool renewals//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Tool renewals',
    `X-WR-CALDESC:${escapeText('Renewals and notice deadlines of the SaaS and tool register')}`,
  ];
  const dtstamp = stamp(options.now);
  const alarmDays = options.alarmDays ?? 7;
  for (const r of renewals) {
    const name = r.product.toLowerCase().startsWith(r.vendor.toLowerCase())
      ? r.product
      : `${r.vendor} ${r.product}`;
    const cost = `${r.annualCost} ${r.currency} a year`;
    const owner = r.owner ? `Owner: ${r.owner}.` : 'No owner.';
    const url = options.toolUrl?.(r.toolId);
    event(lines, [
      ['UID', `tool-${r.toolId}-renewal-${dateValue(r.renewalDate)}@${options.host}`],
      ['DTSTAMP', dtstamp],
      ['DTSTART;VALUE=DATE', dateValue(r.renewalDate)],
      ['DTEND;VALUE=DATE', dateValue(nextDay(r.renewalDate))],
      ['SUMMARY', escapeText(`${name} ${r.autoRenew ? 'renews' : 'contract ends'}`)],
      [
        'DESCRIPTION',
        escapeText(
          `${name}: ${cost}. ${r.autoRenew ? 'Renews automatically.' : 'Does not renew automatically.'} Notice deadline: ${r.noticeDeadline}. ${owner}`,
        ),
      ],
      ['CATEGORIES', 'RENEWAL'],
      ['TRANSP', 'TRANSPARENT'],
      ...(url ? ([['URL', url]] as [string, string][]) : []),
    ]);
    lines.push('END:VEVENT');
    event(lines, [
      ['UID', `tool-${r.toolId}-notice-${dateValue(r.noticeDeadline)}@${options.host}`],
      ['DTSTAMP', dtstamp],
      ['DTSTART;VALUE=DATE', dateValue(r.noticeDeadline)],
      ['DTEND;VALUE=DATE', dateValue(nextDay(r.noticeDeadline))],
      ['SUMMARY', escapeText(`Last day to cancel or renegotiate ${name}`)],
      [
        'DESCRIPTION',
        escapeText(
          `${name} renews on ${r.renewalDate} (${cost}); the contract asks for ${r.noticeDays} days' notice. Decide now: keep, cut seats, or cancel. ${owner}`,
        ),
      ],
      ['CATEGORIES', 'NOTICE DEADLINE'],
      ['TRANSP', 'TRANSPARENT'],
      ...(url ? ([['URL', url]] as [string, string][]) : []),
    ]);
    for (const trigger of [`-P${alarmDays}D`, 'PT9H']) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${trigger}`,
        `DESCRIPTION:${escapeText(`Notice deadline for ${name}: ${r.noticeDeadline}`)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
