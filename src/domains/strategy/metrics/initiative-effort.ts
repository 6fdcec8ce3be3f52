/**
 * Effort behind an initiative, from delivery data (docs/metrics.md, "Engineer-weeks").
 *
 * Engineer-weeks = the number of distinct (engineer, ISO week) pairs in which that engineer authored
 * at least one commit of a linked pull request. An engineer is the matched person, or the git identity
 * when nobody is matched. A pull request whose commits are not known counts its author in every ISO
 * week from its first commit (or creation) to its merge (or close, or `now` while open). It measures
 * engaged weeks, not hours: two commits in one week are one week, one commit is one week.
 */

export interface EffortPr {
  authorKey: string | null;
  startedAt: number;
  endedAt: number;
  commits: { authorKey: string | null; at: number }[];
}

/** `2026-W07`: the ISO 8601 week (Monday first; week 1 holds the year's first Thursday). */
export function isoWeek(ms: number): string {
  const d = new Date(ms);
  const date = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const weekday = (new Date(date).getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(date + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function engineerWeeks(prs: EffortPr[]): { weeks: number; engineers: number } {
  const pairs = new Set<string>();
  const people = new Set<string>();
  const add = (who: string | null, at: number) => {
    if (who === null) return;
    pairs.add(`${who}|${isoWeek(at)}`);
    people.add(who);
  };
  for (const pr of prs) {
    if (pr.commits.length) {
      for (const c of pr.commits) add(c.authorKey, c.at);
      continue;
    }
    for (let t = pr.startedAt; t <= pr.endedAt; t += 7 * 86_400_000) add(pr.authorKey, t);
    add(pr.authorKey, pr.endedAt);
  }
  return { weeks: pairs.size, engineers: people.size };
}
