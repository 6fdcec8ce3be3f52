import type { paths } from '../../api/schema';
import type { Status } from '../../ui/status/status-badge.component';

/** Who writes decision records (docs/access.md); every signed-in role reads them. */
export const DECISION_WRITERS = ['admin', 'executive', 'manager'] as const;

export type DecisionList =
  paths['/api/v1/strategy/adrs']['get']['responses'][200]['content']['application/json'];
export type DecisionSummary = DecisionList['items'][number];
export type DecisionDetail =
  paths['/api/v1/strategy/adrs/{number}']['get']['responses'][200]['content']['application/json'];
export type DecisionStatus = DecisionSummary['status'];
export type DecisionTimeline =
  paths['/api/v1/strategy/adrs/timeline']['get']['responses'][200]['content']['application/json'];

export const DECISION_STATUSES: DecisionStatus[] = [
  'proposed',
  'accepted',
  'rejected',
  'deprecated',
  'superseded',
];

const LOOK: Record<DecisionStatus, { status: Status; word: string }> = {
  proposed: { status: 'watch', word: 'Proposed' },
  accepted: { status: 'good', word: 'Accepted' },
  rejected: { status: 'bad', word: 'Rejected' },
  deprecated: { status: 'no-data', word: 'Deprecated' },
  superseded: { status: 'no-data', word: 'Superseded' },
};

export const statusLook = (s: DecisionStatus) => LOOK[s];

/** `ADR-0007`. */
export const adrLabel = (n: number) => `ADR-${String(n).padStart(4, '0')}`;

/** The markdown without its YAML front matter and its `# ` title (the page shows those itself). */
export function recordBody(markdown: string): string {
  const m = /^\uFEFF?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(markdown);
  const body = m ? markdown.slice(m[0].length) : markdown;
  return body.replace(/^\s*# [^\n]*\n?/, '');
}

/** "2025-01" → "January 2025". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** One person per line or comma-separated, as typed in the editor. */
export function splitNames(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
