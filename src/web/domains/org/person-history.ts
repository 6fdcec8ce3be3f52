/**
 * A person's dated versions (`history` of `GET /api/v1/org/people/:id`) told as events: "Joined as …",
 * "Moved from team X to Y", "Promoted E3 → E4", "New manager: …". Newest first.
 */
export interface PersonVersion {
  validFrom: string;
  validTo: string | null;
  managerId: number | null;
  managerName: string | null;
  teamId: number | null;
  teamName: string | null;
  title: string | null;
  level: string | null;
  role: string;
  status: string;
}

export type ChangeKind = 'joined' | 'team' | 'promotion' | 'level' | 'manager' | 'title' | 'role' | 'status';

export interface Change {
  kind: ChangeKind;
  text: string;
  /** A page to link: the new team or manager. */
  link?: { href: string; label: string };
}

export interface HistoryEvent {
  date: string;
  changes: Change[];
}

/** "E4" → { track: "E", rank: 4 }; levels without a number compare as unknown. */
function parseLevel(level: string): { track: string; rank: number } | null {
  const m = /^([A-Za-z]+)\s*-?\s*(\d+)$/.exec(level.trim());
  return m ? { track: (m[1] as string).toUpperCase(), rank: Number(m[2]) } : null;
}

export function levelChange(from: string, to: string): Change {
  const a = parseLevel(from);
  const b = parseLevel(to);
  if (a && b && a.track === b.track && b.rank > a.rank)
    return { kind: 'promotion', text: `Promoted ${from} → ${to}` };
  if (a && b && a.track !== b.track) return { kind: 'level', text: `Changed track ${from} → ${to}` };
  return { kind: 'level', text: `Level ${from} → ${to}` };
}

const teamLink = (v: PersonVersion) =>
  v.teamId !== null ? { href: `/org/teams/${v.teamId}`, label: v.teamName ?? `team ${v.teamId}` } : undefined;
const managerLink = (v: PersonVersion) =>
  v.managerId !== null
    ? { href: `/org/people/${v.managerId}`, label: v.managerName ?? `person ${v.managerId}` }
    : undefined;

function diff(prev: PersonVersion, next: PersonVersion): Change[] {
  const out: Change[] = [];
  if (prev.teamId !== next.teamId) {
    const link = teamLink(next);
    out.push({
      kind: 'team',
      text:
        prev.teamId === null
          ? `Joined team ${next.teamName ?? '—'}`
          : next.teamId === null
            ? `Left team ${prev.teamName ?? '—'}`
            : `Moved from team ${prev.teamName ?? '—'} to ${next.teamName ?? '—'}`,
      ...(link ? { link } : {}),
    });
  }
  if ((prev.level ?? '') !== (next.level ?? '')) {
    if (prev.level && next.level) out.push(levelChange(prev.level, next.level));
    else if (next.level) out.push({ kind: 'level', text: `Level set to ${next.level}` });
  }
  if (prev.managerId !== next.managerId) {
    const link = managerLink(next);
    out.push({
      kind: 'manager',
      text: next.managerId === null ? 'No manager any more' : `Now reports to ${next.managerName ?? '—'}`,
      ...(link ? { link } : {}),
    });
  }
  if ((prev.title ?? '') !== (next.title ?? ''))
    out.push({ kind: 'title', text: `Title: ${prev.title ?? '—'} → ${next.title ?? '—'}` });
  if (prev.role !== next.role) out.push({ kind: 'role', text: `Role: ${prev.role} → ${next.role}` });
  if (prev.status !== next.status)
    out.push({
      kind: 'status',
      text: next.status === 'leaver' ? 'Left the organization' : `Status: ${next.status}`,
    });
  return out;
}

/** The events of a history, newest first; versions that changed nothing visible are left out. */
export function historyEvents(versions: readonly PersonVersion[]): HistoryEvent[] {
  const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const out: HistoryEvent[] = [];
  sorted.forEach((v, i) => {
    const prev = sorted[i - 1];
    if (!prev) {
      const bits = [
        v.title ?? v.role,
        v.level ? `(${v.level})` : null,
        v.teamName ? `in ${v.teamName}` : null,
      ];
      const link = teamLink(v);
      out.push({
        date: v.validFrom,
        changes: [
          {
            kind: 'joined',
            text: `Started as ${bits.filter(Boolean).join(' ')}${v.managerName ? `, reporting to ${v.managerName}` : ''}`,
            ...(link ? { link } : {}),
          },
        ],
      });
      return;
    }
    const changes = diff(prev, v);
    if (changes.length) out.push({ date: v.validFrom, changes });
  });
  return out.reverse();
}

/** "2 years 3 months" from a number of days. */
export function tenureWords(days: number): string {
  if (days < 31) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.floor(days / 30.44);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years ? `${years} year${years === 1 ? '' : 's'}` : '';
  const m = rest ? `${rest} month${rest === 1 ? '' : 's'}` : '';
  return [y, m].filter(Boolean).join(' ');
}
