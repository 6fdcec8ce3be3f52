import type { OrgTree } from './org-chart-model';

/**
 * Where each open node of the org chart goes. A person whose reports are all closed (or have nobody
 * below) shows them as a compact block of columns under them — a director with 111 reports takes an
 * 8 × 14 grid, not a 30,000-pixel row. Reports with open branches of their own sit side by side after
 * that block, each centred under its own subtree; when there are many, those blocks wrap into rows
 * joined by a trunk on the left, so even the whole organization opened stays roughly screen-shaped.
 * Linear in the number of visible nodes.
 */
export const NODE_W = 220;
export const NODE_H = 68;
/** Space left of a column of stacked reports, for its connector. */
const LANE = 22;
const ROW_GAP = 12;
const SIBLING_GAP = 28;
const LEVEL_GAP = 48;
const BUS = 24;
/** More blocks than this under one person wrap into rows… */
const WRAP_AFTER = 6;
/** …aiming at this width-to-height ratio. */
const ASPECT = 1.6;

export interface Layout {
  /** Visible nodes: tree index, and top-left corner. */
  nodes: Int32Array;
  x: Float64Array;
  y: Float64Array;
  /** tree index → position in `nodes`, or -1 when hidden */
  slot: Int32Array;
  /** Connector segments, four numbers each: x1, y1, x2, y2 (all axis-aligned). */
  segments: Float64Array;
  width: number;
  height: number;
}

/** Reports laid out as a grid: columns of `rows` each, filled top to bottom. */
function gridShape(count: number): { cols: number; rows: number } {
  const cols = count <= 8 ? 1 : Math.ceil(Math.sqrt(count / 2));
  return { cols, rows: Math.ceil(count / cols) };
}

/** What sits under an open person: the grid of closed reports (index -1) and the open branches. */
interface Block {
  index: number;
  w: number;
  h: number;
}

interface Arrangement {
  leaves: number[];
  grid: { cols: number; rows: number } | null;
  rows: { blocks: Block[]; w: number; h: number }[];
  /** Rows after the first hang off a trunk on the left. */
  trunk: boolean;
  w: number;
  h: number;
}

function arrange(leaves: number[], branches: Block[]): Arrangement {
  const grid = leaves.length ? gridShape(leaves.length) : null;
  const blocks: Block[] = [];
  if (grid)
    blocks.push({ index: -1, w: grid.cols * (NODE_W + LANE), h: grid.rows * (NODE_H + ROW_GAP) - ROW_GAP });
  blocks.push(...branches);
  let target = Number.POSITIVE_INFINITY;
  if (blocks.length > WRAP_AFTER) {
    let area = 0;
    let widest = 0;
    for (const b of blocks) {
      area += (b.w + SIBLING_GAP) * (b.h + LEVEL_GAP);
      widest = Math.max(widest, b.w);
    }
    target = Math.max(widest, Math.sqrt(area * ASPECT));
  }
  const rows: Arrangement['rows'] = [];
  for (const b of blocks) {
    const row = rows[rows.length - 1];
    if (row && row.w + SIBLING_GAP + b.w <= target) {
      row.blocks.push(b);
      row.w += SIBLING_GAP + b.w;
      row.h = Math.max(row.h, b.h);
    } else rows.push({ blocks: [b], w: b.w, h: b.h });
  }
  const trunk = rows.length > 1;
  let w = 0;
  let h = -LEVEL_GAP;
  for (const r of rows) {
    w = Math.max(w, r.w);
    h += r.h + LEVEL_GAP;
  }
  return { leaves, grid, rows, trunk, w: w + (trunk ? SIBLING_GAP : 0), h: Math.max(0, h) };
}

export function layoutTree(tree: OrgTree, open: Set<number>): Layout {
  const n = tree.people.length;
  const width = new Float64Array(n);
  const height = new Float64Array(n);
  const arrangements = new Map<number, Arrangement>();
  const isOpen = (i: number) =>
    (tree.children[i]?.length ?? 0) > 0 && open.has((tree.people[i] as { id: number }).id);

  // Bottom-up sizes, with an explicit stack (post-order) so deep trees never overflow.
  const measure = (root: number) => {
    const stack: number[] = [root];
    const seen = new Uint8Array(n);
    while (stack.length) {
      const i = stack[stack.length - 1] as number;
      if (!isOpen(i)) {
        width[i] = NODE_W;
        height[i] = NODE_H;
        stack.pop();
        continue;
      }
      const kids = tree.children[i] ?? [];
      if (!seen[i]) {
        seen[i] = 1;
        for (const c of kids) if (isOpen(c)) stack.push(c);
        continue;
      }
      stack.pop();
      const leaves: number[] = [];
      const branches: Block[] = [];
      for (const c of kids) {
        if (isOpen(c)) branches.push({ index: c, w: width[c] as number, h: height[c] as number });
        else leaves.push(c);
      }
      const a = arrange(leaves, branches);
      arrangements.set(i, a);
      width[i] = Math.max(NODE_W, a.w);
      height[i] = NODE_H + LEVEL_GAP + a.h;
    }
  };

  const nodes: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  const segs: number[] = [];
  const seg = (x1: number, y1: number, x2: number, y2: number) => segs.push(x1, y1, x2, y2);

  // Top-down placement of a measured subtree whose block starts at (x0, y0).
  const place = (root: number, rx: number, ry: number) => {
    const stack: [number, number, number][] = [[root, rx, ry]];
    while (stack.length) {
      const [i, x0, y0] = stack.pop() as [number, number, number];
      const w = width[i] as number;
      const nx = x0 + (w - NODE_W) / 2;
      nodes.push(i);
      xs.push(nx);
      ys.push(y0);
      const a = arrangements.get(i);
      if (!a) continue;
      const px = nx + NODE_W / 2;
      const left = a.trunk ? x0 + SIBLING_GAP : x0 + (w - a.w) / 2;
      const trunkX = x0 + SIBLING_GAP / 2;
      let top = y0 + NODE_H + LEVEL_GAP;
      const firstBus = top - LEVEL_GAP + BUS;
      seg(px, y0 + NODE_H, px, firstBus);
      let lastBus = firstBus;
      a.rows.forEach((row, r) => {
        const bus = top - LEVEL_GAP + BUS;
        lastBus = bus;
        let from = a.trunk ? trunkX : px;
        let to = r === 0 ? px : trunkX;
        let cx = left;
        for (const b of row.blocks) {
          if (b.index === -1 && a.grid) {
            const g = a.grid;
            for (let col = 0; col < g.cols; col++) {
              const lane = cx + col * (NODE_W + LANE) + LANE / 2;
              const first = col * g.rows;
              const last = Math.min(a.leaves.length, first + g.rows) - 1;
              if (last < first) break;
              from = Math.min(from, lane);
              to = Math.max(to, lane);
              seg(lane, bus, lane, top + (last - first) * (NODE_H + ROW_GAP) + NODE_H / 2);
              for (let k = first; k <= last; k++) {
                const ly = top + (k - first) * (NODE_H + ROW_GAP);
                const lx = cx + col * (NODE_W + LANE) + LANE;
                seg(lane, ly + NODE_H / 2, lx, ly + NODE_H / 2);
                nodes.push(a.leaves[k] as number);
                xs.push(lx);
                ys.push(ly);
              }
            }
          } else {
            const bx = cx + b.w / 2;
            from = Math.min(from, bx);
            to = Math.max(to, bx);
            seg(bx, bus, bx, top);
            stack.push([b.index, cx, top]);
          }
          cx += b.w + SIBLING_GAP;
        }
        if (to > from) seg(from, bus, to, bus);
        top += row.h + LEVEL_GAP;
      });
      if (a.trunk) seg(trunkX, firstBus, trunkX, lastBus);
    }
  };

  // Trees side by side; then the people at the top of nothing (their manager is missing), as a grid.
  let x = 0;
  let tallest = 0;
  const loose: number[] = [];
  for (const r of tree.roots) {
    if (!isOpen(r)) {
      loose.push(r);
      continue;
    }
    measure(r);
    place(r, x, 0);
    x += (width[r] as number) + SIBLING_GAP * 2;
    tallest = Math.max(tallest, height[r] as number);
  }
  if (loose.length) {
    const g = gridShape(loose.length);
    loose.forEach((r, k) => {
      nodes.push(r);
      xs.push(x + Math.floor(k / g.rows) * (NODE_W + LANE));
      ys.push((k % g.rows) * (NODE_H + ROW_GAP));
    });
    x += g.cols * (NODE_W + LANE) - LANE + SIBLING_GAP * 2;
    tallest = Math.max(tallest, g.rows * (NODE_H + ROW_GAP) - ROW_GAP);
  }
  const slot = new Int32Array(n).fill(-1);
  nodes.forEach((i, k) => {
    slot[i] = k;
  });
  return {
    nodes: Int32Array.from(nodes),
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    slot,
    segments: Float64Array.from(segs),
    width: Math.max(NODE_W, x - SIBLING_GAP * 2),
    height: tallest,
  };
}

/** The visible nodes whose box meets the rectangle (layout coordinates). */
export function nodesIn(layout: Layout, x0: number, y0: number, x1: number, y1: number): number[] {
  const out: number[] = [];
  const { x, y } = layout;
  for (let k = 0; k < layout.nodes.length; k++) {
    const nx = x[k] as number;
    const ny = y[k] as number;
    if (nx + NODE_W >= x0 && nx <= x1 && ny + NODE_H >= y0 && ny <= y1) out.push(k);
  }
  return out;
}

/** The visible node under a point (layout coordinates), as a position in `nodes`, or -1. */
export function nodeAt(layout: Layout, px: number, py: number): number {
  const { x, y } = layout;
  for (let k = 0; k < layout.nodes.length; k++) {
    const nx = x[k] as number;
    const ny = y[k] as number;
    if (px >= nx && px <= nx + NODE_W && py >= ny && py <= ny + NODE_H) return k;
  }
  return -1;
}
