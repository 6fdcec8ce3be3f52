/**
 * Span of control: how many people each manager supports, how deep the reporting tree is, and where the
 * reporting lines are broken (several tops, cycles).
 *
 * Definition (see docs/metrics.md, "Span of control"):
 * - Only `active` people count. A person's manager is their `managerId` when that id is an active person;
 *   a manager who left, or an id nobody has, leaves the person without a manager (a root).
 * - Direct reports: active people whose manager is this person. A manager is anyone with at least one
 *   direct report, whatever their role.
 * - Total reports: every active person below the manager in the tree (the manager's subtree, without them).
 * - Layer: 1 for a root, 2 for their reports, and so on. People in a cycle, or below one, have no layer.
 * - Flag: `narrow` under `minSpan` direct reports (default 4), `wide` over `maxSpan` (default 8), else null.
 * - Roots: active people without an (active) manager. The main root is the one with the largest subtree
 *   (then one with no manager given, then the lowest id); every other root is an orphan: more than one
 *   root means broken reporting lines.
 * - Cycles: chains of managers that come back to where they started (A reports to B, B reports to A).
 *   They are detected, listed, and never walked twice.
 *
 * Reference: Will Larson, "An Elegant Puzzle: Systems of Engineering Management" (Stripe Press, 2019),
 * chapter "Organizations", section "Sizing teams" (first published as "Sizing engineering teams" on
 * lethain.com): managers should support six to eight engineers; with fewer than four they tend to work as
 * tech lead managers, with more than eight or nine they can only coach and catch problems. Larson gives
 * four to six for managers of managers; pass other thresholds to apply that.
 */

import { median, share } from './metric-helpers.js';

export interface SpanPersonInput {
  id: number;
  managerId: number | null;
  status: 'active' | 'leaver';
  role: string;
}

export interface SpanOptions {
  /** Fewer direct reports than this is `narrow`. Default 4. */
  minSpan?: number;
  /** More direct reports than this is `wide`. Default 8. */
  maxSpan?: number;
}

export type SpanFlag = 'narrow' | 'wide' | null;

export interface ManagerSpan {
  id: number;
  role: string;
  directReports: number;
  totalReports: number;
  /** 1 = top of the tree; null when the manager is in or below a reporting cycle. */
  layer: number | null;
  flag: SpanFlag;
}

/** Why a person has no manager: none given, an id that is nobody, or a manager who left. */
export type RootReason = 'no-manager' | 'manager-unknown' | 'manager-is-leaver';

export interface ReportingRoot {
  id: number;
  reason: RootReason;
  managerId: number | null;
  /** The root and everyone below them. */
  size: number;
}

export interface SpanOfControlSummary {
  activePeople: number;
  managerCount: number;
  /** Median of the managers' direct reports; null without managers. */
  medianSpan: number | null;
  /** Share (0–1) of managers with minSpan..maxSpan direct reports (inclusive); null without managers. */
  withinRangeShare: number | null;
  narrowManagers: number;
  wideManagers: number;
  /** Depth of the tree: the deepest layer (0 for nobody). */
  layers: number;
  /** The main root (largest subtree); null when nobody is active or everybody is in a cycle. */
  root: ReportingRoot | null;
  /** Every other root: people cut off from the main tree. */
  orphans: ReportingRoot[];
  /** Each cycle lists its members from the first one met, each followed by their manager. */
  cycles: number[][];
  /** Active people in a cycle or reporting into one (no layer), by id. */
  outsideTree: number[];
  minSpan: number;
  maxSpan: number;
}

export interface SpanOfControlOutput {
  /** Managers ordered by layer (those without one last), then id. */
  managers: ManagerSpan[];
  summary: SpanOfControlSummary;
}

/** Span of control per manager and for the whole organization (definition in the file comment). */
export function spanOfControl(
  people: readonly SpanPersonInput[],
  options: SpanOptions = {},
): SpanOfControlOutput {
  const minSpan = options.minSpan ?? 4;
  const maxSpan = options.maxSpan ?? 8;
  if (!(minSpan <= maxSpan))
    throw new RangeError(`minSpan (${minSpan}) must not exceed maxSpan (${maxSpan})`);

  const leavers = new Set(people.filter((p) => p.status === 'leaver').map((p) => p.id));
  const byId = new Map<number, SpanPersonInput>();
  for (const p of people) if (p.status === 'active' && !byId.has(p.id)) byId.set(p.id, p);
  const active = [...byId.values()];

  // parent: the active manager (may be the person themselves: a one-person cycle). children never hold self.
  const parent = new Map<number, number>();
  const children = new Map<number, number[]>();
  for (const p of active) {
    if (p.managerId === null || !byId.has(p.managerId)) continue;
    parent.set(p.id, p.managerId);
    if (p.managerId === p.id) continue;
    const list = children.get(p.managerId);
    if (list) list.push(p.id);
    else children.set(p.managerId, [p.id]);
  }

  const rootIds = active.filter((p) => !parent.has(p.id)).map((p) => p.id);
  const { layer, size } = walkTrees(rootIds, children);

  // Everyone not reached from a root is in a cycle or below one; each walk up ends in a cycle.
  const cycles: number[][] = [];
  const inCycle = new Set<number>();
  const done = new Set<number>(layer.keys());
  for (const p of active) {
    if (done.has(p.id)) continue;
    const path: number[] = [];
    const onPath = new Set<number>();
    let at: number | undefined = p.id;
    while (at !== undefined && !done.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = parent.get(at);
    }
    if (at !== undefined && onPath.has(at)) {
      const cycle = path.slice(path.indexOf(at));
      cycles.push(cycle);
      for (const id of cycle) inCycle.add(id);
    }
    for (const id of path) done.add(id);
  }

  // Trees hanging below cycles: sizes for their members; a cycle member reaches its whole component.
  const hanging: number[] = [];
  for (const id of inCycle) for (const c of children.get(id) ?? []) if (!inCycle.has(c)) hanging.push(c);
  const below = walkTrees(hanging, children);
  for (const [id, s] of below.size) size.set(id, s);
  for (const cycle of cycles) {
    let component = cycle.length;
    for (const id of cycle) {
      for (const c of children.get(id) ?? []) if (!inCycle.has(c)) component += below.size.get(c) ?? 0;
    }
    for (const id of cycle) size.set(id, component);
  }

  const managers: ManagerSpan[] = [];
  for (const p of active) {
    const directReports = children.get(p.id)?.length ?? 0;
    if (directReports === 0) continue;
    const flag: SpanFlag = directReports < minSpan ? 'narrow' : directReports > maxSpan ? 'wide' : null;
    const totalReports = (size.get(p.id) ?? 1) - 1;
    managers.push({
      id: p.id,
      role: p.role,
      directReports,
      totalReports,
      layer: layer.get(p.id) ?? null,
      flag,
    });
  }
  managers.sort((a, b) => (a.layer ?? Infinity) - (b.layer ?? Infinity) || a.id - b.id);

  const roots = rootIds.map((id): ReportingRoot => {
    const managerId = byId.get(id)!.managerId;
    const reason: RootReason =
      managerId === null ? 'no-manager' : leavers.has(managerId) ? 'manager-is-leaver' : 'manager-unknown';
    return { id, reason, managerId, size: size.get(id) ?? 1 };
  });
  roots.sort((a, b) => b.size - a.size || rank(a.reason) - rank(b.reason) || a.id - b.id);

  let layers = 0;
  for (const l of layer.values()) layers = Math.max(layers, l);
  const within = managers.filter((m) => m.flag === null).length;

  return {
    managers,
    summary: {
      activePeople: active.length,
      managerCount: managers.length,
      medianSpan: median(managers.map((m) => m.directReports)),
      withinRangeShare: share(within, managers.length),
      narrowManagers: managers.filter((m) => m.flag === 'narrow').length,
      wideManagers: managers.filter((m) => m.flag === 'wide').length,
      layers,
      root: roots[0] ?? null,
      orphans: roots.slice(1),
      cycles,
      outsideTree: active
        .map((p) => p.id)
        .filter((id) => !layer.has(id))
        .sort((a, b) => a - b),
      minSpan,
      maxSpan,
    },
  };
}

function rank(reason: RootReason): number {
  return reason === 'no-manager' ? 0 : 1;
}

/**
 * Breadth-first walk down from each start (the starts are tree tops: nothing above them is walked),
 * giving each person a layer (start = 1) and a subtree size (the person and everyone below).
 */
function walkTrees(
  starts: readonly number[],
  children: ReadonlyMap<number, readonly number[]>,
): { layer: Map<number, number>; size: Map<number, number> } {
  const layer = new Map<number, number>();
  const order: number[] = [];
  for (const s of starts) {
    layer.set(s, 1);
    order.push(s);
  }
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    const l = layer.get(id)!;
    for (const c of children.get(id) ?? []) {
      if (layer.has(c)) continue;
      layer.set(c, l + 1);
      order.push(c);
    }
  }
  const size = new Map<number, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let s = 1;
    for (const c of children.get(id) ?? []) s += size.get(c) ?? 0;
    size.set(id, s);
  }
  return { layer, size };
}
