import type { Team } from '../../api/types';

/** Departments, groups and teams as a tree, with what each unit holds in all (itself and below). */
export interface TeamTree {
  byId: Map<number, Team>;
  children: Map<number | null, Team[]>;
  /** Active people placed in the unit or any unit below it. */
  peopleInAll: Map<number, number>;
  /** Catalog entities owned by the unit or any unit below it. */
  ownsInAll: Map<number, number>;
}

export function buildTeamTree(teams: readonly Team[]): TeamTree {
  const byId = new Map(teams.map((t) => [t.id, t]));
  const children = new Map<number | null, Team[]>();
  for (const t of teams) {
    const key = t.parentId !== null && byId.has(t.parentId) ? t.parentId : null;
    children.set(key, [...(children.get(key) ?? []), t]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  const peopleInAll = new Map<number, number>();
  const ownsInAll = new Map<number, number>();
  const total = (t: Team, seen: Set<number>): [number, number] => {
    const known = peopleInAll.get(t.id);
    if (known !== undefined) return [known, ownsInAll.get(t.id) ?? 0];
    let people = t.members;
    let owns = t.owns;
    seen.add(t.id);
    for (const c of children.get(t.id) ?? []) {
      if (seen.has(c.id)) continue;
      const [p, o] = total(c, seen);
      people += p;
      owns += o;
    }
    peopleInAll.set(t.id, people);
    ownsInAll.set(t.id, owns);
    return [people, owns];
  };
  for (const t of teams) total(t, new Set());
  return { byId, children, peopleInAll, ownsInAll };
}

/** The units above a team, top first. */
export function teamAncestors(tree: TeamTree, id: number): Team[] {
  const out: Team[] = [];
  let t = tree.byId.get(id);
  const seen = new Set<number>();
  while (t && t.parentId !== null && !seen.has(t.id)) {
    seen.add(t.id);
    const p = tree.byId.get(t.parentId);
    if (!p) break;
    out.unshift(p);
    t = p;
  }
  return out;
}

export interface TeamRow {
  team: Team;
  depth: number;
  hasChildren: boolean;
  open: boolean;
}

/**
 * The rows to show: open branches in order; with a search, the matching units and the units above
 * them (all shown open).
 */
export function teamRows(tree: TeamTree, open: Set<number>, query = ''): TeamRow[] {
  const q = query.trim().toLowerCase();
  let keep: Set<number> | null = null;
  if (q) {
    keep = new Set();
    for (const t of tree.byId.values()) {
      if (!`${t.name} ${t.leads ?? ''} ${t.slug}`.toLowerCase().includes(q)) continue;
      keep.add(t.id);
      for (const a of teamAncestors(tree, t.id)) keep.add(a.id);
    }
  }
  const out: TeamRow[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const t of tree.children.get(parent) ?? []) {
      if (keep && !keep.has(t.id)) continue;
      const hasChildren = (tree.children.get(t.id)?.length ?? 0) > 0;
      const isOpen = hasChildren && (keep !== null || open.has(t.id));
      out.push({ team: t, depth, hasChildren, open: isOpen });
      if (isOpen && depth < 32) walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Units open at first: the top level, and every level while that keeps the list short. */
export function initialOpenTeams(tree: TeamTree, budget = 60): Set<number> {
  const open = new Set<number>();
  let level: Team[] = tree.children.get(null) ?? [];
  let shown = level.length;
  while (level.length) {
    const next = level.flatMap((t) => tree.children.get(t.id) ?? []);
    if (next.length === 0 || (open.size > 0 && shown + next.length > budget)) break;
    for (const t of level) open.add(t.id);
    shown += next.length;
    level = next;
  }
  return open;
}
