/**
 * The org chart as a tree: built once from the `GET /api/v1/org/chart` rows (people by index, children
 * sorted by name), with the pure helpers the chart and its list view share: which nodes start open,
 * revealing a person (opening their manager chain), search by name, a team filter and the rows of the
 * list view. Everything works on indexes into `people`, so 5,000 people cost a few milliseconds.
 */
export interface ChartPerson {
  id: number;
  name: string;
  title: string | null;
  managerId: number | null;
  teamId: number | null;
  role: string;
  /** Shown only as the context of a team filter (a manager above the team's people). */
  context?: boolean;
}

/** A row of `GET /api/v1/org/chart`: id, name, title, managerId, teamId, role (see its `columns`). */
export type ChartRow = readonly (string | number | null)[];

const num = (v: string | number | null | undefined) => (typeof v === 'number' ? v : null);
const str = (v: string | number | null | undefined) => (v === null || v === undefined ? null : String(v));

export function peopleFromRows(rows: readonly ChartRow[]): ChartPerson[] {
  return rows.map(([id, name, title, managerId, teamId, role]) => ({
    id: num(id) ?? 0,
    name: str(name) ?? '',
    title: str(title),
    managerId: num(managerId),
    teamId: num(teamId),
    role: str(role) ?? '',
  }));
}

export interface OrgTree {
  people: ChartPerson[];
  /** person id → index */
  index: Map<number, number>;
  /** index → parent index, or -1 at a root */
  parent: Int32Array;
  /** index → child indexes, sorted by name */
  children: number[][];
  roots: number[];
  depth: Int32Array;
  /** index → everyone below (not counting the person) */
  below: Int32Array;
  maxDepth: number;
  /** Lower-cased names, for search. */
  names: string[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byName = (people: ChartPerson[]) => (a: number, b: number) =>
  collator.compare(people[a]?.name ?? '', people[b]?.name ?? '');

/** Builds the tree; a manager outside the list makes a root, and a reporting cycle is cut where found. */
export function buildTree(people: ChartPerson[]): OrgTree {
  const n = people.length;
  const index = new Map<number, number>();
  people.forEach((p, i) => {
    index.set(p.id, i);
  });
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const m = people[i]?.managerId;
    const pi = m === null || m === undefined ? undefined : index.get(m);
    if (pi !== undefined && pi !== i) parent[i] = pi;
  }
  // Cut cycles: walk up from each person; a walk that comes back to a node on the current path is a loop.
  const state = new Uint8Array(n); // 0 unseen, 1 on the current path, 2 done
  for (let i = 0; i < n; i++) {
    const path: number[] = [];
    let c = i;
    while (c !== -1 && state[c] === 0) {
      state[c] = 1;
      path.push(c);
      c = parent[c] ?? -1;
    }
    if (c !== -1 && state[c] === 1) parent[c] = -1;
    for (const p of path) state[p] = 2;
  }
  const children: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = parent[i] ?? -1;
    if (p === -1) roots.push(i);
    else children[p]?.push(i);
  }
  const cmp = byName(people);
  for (const list of children) if (list.length > 1) list.sort(cmp);

  const depth = new Int32Array(n);
  const below = new Int32Array(n);
  const order: number[] = [];
  const stack = [...roots];
  let maxDepth = 0;
  while (stack.length) {
    const i = stack.pop() as number;
    order.push(i);
    for (const c of children[i] ?? []) {
      depth[c] = (depth[i] ?? 0) + 1;
      maxDepth = Math.max(maxDepth, depth[c] ?? 0);
      stack.push(c);
    }
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] as number;
    const p = parent[i] ?? -1;
    if (p !== -1) below[p] = (below[p] ?? 0) + (below[i] ?? 0) + 1;
  }
  // The largest tree first; people whose manager is missing (on an "as of" day, say) after it.
  roots.sort((a, b) => (below[b] ?? 0) - (below[a] ?? 0) || cmp(a, b));
  return {
    people,
    index,
    parent,
    children,
    roots,
    depth,
    below,
    maxDepth,
    names: people.map((p) => p.name.toLowerCase()),
  };
}

/** Depth within its own tree, and the tree's root, for everyone under `root`. */
function subtreeDepths(tree: OrgTree, root: number): number[] {
  const counts: number[] = [];
  const stack: [number, number][] = [[root, 0]];
  while (stack.length) {
    const [i, d] = stack.pop() as [number, number];
    counts[d] = (counts[d] ?? 0) + 1;
    for (const c of tree.children[i] ?? []) stack.push([c, d + 1]);
  }
  return counts;
}

/**
 * The ids open at first: two or three levels of the largest tree (its top person and their reports
 * open), as many as keep the first view under `budget` boxes. Smaller trees — people whose manager is
 * missing on an "as of" day — start closed.
 */
export function initialExpanded(tree: OrgTree, budget = 250): Set<number> {
  const main = tree.roots[0];
  if (main === undefined) return new Set();
  const perLevel = subtreeDepths(tree, main);
  let levels = 1;
  let shown = (perLevel[0] ?? 0) + (perLevel[1] ?? 0);
  for (const l of [2, 3]) {
    shown += perLevel[l] ?? 0;
    if (shown <= budget) levels = l;
  }
  const open = new Set<number>();
  const stack: [number, number][] = [[main, 0]];
  while (stack.length) {
    const [i, d] = stack.pop() as [number, number];
    const kids = tree.children[i] ?? [];
    if (d >= levels || kids.length === 0) continue;
    open.add((tree.people[i] as ChartPerson).id);
    for (const c of kids) stack.push([c, d + 1]);
  }
  return open;
}

/** Opens everyone above `levels` (0 = only the top is shown). */
export function expandToLevel(tree: OrgTree, levels: number): Set<number> {
  const open = new Set<number>();
  tree.people.forEach((p, i) => {
    if ((tree.depth[i] ?? 0) < levels && (tree.children[i]?.length ?? 0) > 0) open.add(p.id);
  });
  return open;
}

export function expandAll(tree: OrgTree): Set<number> {
  return expandToLevel(tree, Number.POSITIVE_INFINITY);
}

/** The person's managers, nearest first, as indexes. */
export function ancestors(tree: OrgTree, i: number): number[] {
  const out: number[] = [];
  let c = tree.parent[i] ?? -1;
  while (c !== -1 && out.length < tree.people.length) {
    out.push(c);
    c = tree.parent[c] ?? -1;
  }
  return out;
}

/** `open` plus everyone above the person: the person becomes visible. Same set when nothing changes. */
export function reveal(tree: OrgTree, open: Set<number>, id: number): Set<number> {
  const i = tree.index.get(id);
  if (i === undefined) return open;
  const chain = ancestors(tree, i).map((a) => tree.people[a]?.id as number);
  if (chain.every((a) => open.has(a))) return open;
  const next = new Set(open);
  for (const a of chain) next.add(a);
  return next;
}

export interface SearchHit {
  id: number;
  name: string;
  title: string | null;
  /** Managers, top first, for telling namesakes apart. */
  under: string | null;
}

/** People whose name (or title) contains the words typed; names starting with the query first. */
export function searchPeople(tree: OrgTree, query: string, limit = 8): SearchHit[] {
  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const starts: number[] = [];
  const contains: number[] = [];
  for (let i = 0; i < tree.names.length; i++) {
    const p = tree.people[i];
    if (!p || p.context) continue;
    const name = tree.names[i] as string;
    const hay = `${name} ${(p.title ?? '').toLowerCase()}`;
    if (!words.every((w) => hay.includes(w))) continue;
    if (name.startsWith(words[0] as string)) starts.push(i);
    else contains.push(i);
    if (starts.length >= limit) break;
  }
  const cmp = byName(tree.people);
  return [...starts.sort(cmp), ...contains.sort(cmp)].slice(0, limit).map((i) => {
    const p = tree.people[i] as ChartPerson;
    const boss = tree.parent[i] ?? -1;
    return {
      id: p.id,
      name: p.name,
      title: p.title,
      under: boss === -1 ? null : (tree.people[boss]?.name ?? null),
    };
  });
}

export interface TeamRef {
  id: number;
  parentId: number | null;
}

/** A team and every team below it. */
export function teamAndBelow(teams: readonly TeamRef[], teamId: number): Set<number> {
  const kids = new Map<number, number[]>();
  for (const t of teams)
    if (t.parentId !== null) kids.set(t.parentId, [...(kids.get(t.parentId) ?? []), t.id]);
  const out = new Set<number>();
  const stack = [teamId];
  while (stack.length) {
    const t = stack.pop() as number;
    if (out.has(t)) continue;
    out.add(t);
    stack.push(...(kids.get(t) ?? []));
  }
  return out;
}

/**
 * The people of a team (and the teams below it), with the managers above them kept as context so the
 * reporting lines still join up.
 */
export function filterByTeams(people: ChartPerson[], teamIds: Set<number>): ChartPerson[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const keep = new Map<number, boolean>();
  for (const p of people) {
    if (p.teamId === null || !teamIds.has(p.teamId)) continue;
    keep.set(p.id, true);
    let m = p.managerId;
    let guard = 0;
    while (m !== null && !keep.has(m) && guard++ < 100) {
      const boss = byId.get(m);
      if (!boss) break;
      keep.set(m, false);
      m = boss.managerId;
    }
  }
  return people.filter((p) => keep.has(p.id)).map((p) => (keep.get(p.id) ? p : { ...p, context: true }));
}

export interface ListRow {
  index: number;
  level: number;
  /** 1-based position among siblings, and how many siblings (for aria-posinset / aria-setsize). */
  pos: number;
  size: number;
}

/** The rows of the list view: open branches in reading order. */
export function visibleRows(tree: OrgTree, open: Set<number>): ListRow[] {
  const out: ListRow[] = [];
  const walk = (list: number[], level: number) => {
    list.forEach((i, k) => {
      out.push({ index: i, level, pos: k + 1, size: list.length });
      const p = tree.people[i];
      const kids = tree.children[i] ?? [];
      if (p && kids.length > 0 && open.has(p.id)) walk(kids, level + 1);
    });
  };
  walk(tree.roots, 1);
  return out;
}
