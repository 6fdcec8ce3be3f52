import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTheme } from '../../ui/theme/theme';
import { type Layout, NODE_H, NODE_W, nodeAt, nodesIn } from './org-chart-layout';
import type { OrgTree } from './org-chart-model';
import { OrgChartNode, type RoleTone, roleTone } from './org-chart-node.component';

/**
 * The zoomable org chart. Connectors (and, zoomed out, the boxes) are painted on a canvas; once the
 * names are readable, the boxes in and near the viewport are real HTML — links and buttons you can
 * tab to — and only those few hundred are in the DOM, however large the organization. Panning moves
 * one CSS transform and repaints the canvas; React renders again only when the viewport leaves the
 * rendered window.
 */
const MIN_K = 0.03;
const MAX_K = 2;
/** Below this scale names are unreadable: boxes are painted, not rendered. */
const HTML_MIN_K = 0.4;
const HTML_MAX_NODES = 900;

export interface ChartFocus {
  id: number;
  nonce: number;
}

interface View {
  x: number;
  y: number;
  k: number;
}

interface Colors {
  line: string;
  box: string;
  border: string;
  accent: string;
  tones: Record<RoleTone, string>;
  context: string;
}

function readColors(): Colors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    line: v('--border-strong', '#aab4bf'),
    box: v('--surface', '#ffffff'),
    border: v('--border', '#d4dae1'),
    accent: v('--accent', '#1f55c0'),
    context: v('--surface-2', '#eef1f4'),
    tones: {
      lead: v('--chart-4', '#b5459b'),
      manager: v('--chart-1', '#2f6fde'),
      techlead: v('--chart-3', '#2a9d8f'),
      ic: v('--chart-2', '#e0761c'),
      product: v('--chart-6', '#8c5ad9'),
    },
  };
}

const clampK = (k: number) => Math.min(MAX_K, Math.max(MIN_K, k));
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function OrgChartView({
  tree,
  layout,
  open,
  selectedId,
  focus,
  teamNames,
  onToggle,
  label,
  header,
}: {
  /** Shown left of the zoom buttons (the chart's summary). */
  header?: ReactNode;
  tree: OrgTree;
  layout: Layout;
  open: Set<number>;
  selectedId: number | null;
  focus: ChartFocus | null;
  teamNames: Map<number, string>;
  onToggle: (id: number) => void;
  label: string;
}) {
  const hintId = useId();
  const viewport = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const view = useRef<View>({ x: 0, y: 0, k: 1 });
  const size = useRef({ w: 0, h: 0 });
  const colors = useRef<Colors | null>(null);
  const frame = useRef(0);
  const tween = useRef(0);
  const placed = useRef(false);
  /** The layout-coordinate rectangle whose nodes are rendered as HTML (null: painted mode). */
  const rendered = useRef<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const [windowNodes, setWindowNodes] = useState<number[]>([]);
  const [hover, setHover] = useState<{ k: number; sx: number; sy: number } | null>(null);
  const anchor = useRef<{ id: number; sx: number; sy: number } | null>(null);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const treeRef = useRef(tree);
  treeRef.current = tree;
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const { theme } = useTheme();

  const paint = useCallback(() => {
    frame.current = 0;
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    const el = layer.current;
    if (!c || !ctx || !el) return;
    const l = layoutRef.current;
    const t = treeRef.current;
    const { x, y, k } = view.current;
    const { w, h } = size.current;
    const dpr = window.devicePixelRatio || 1;
    if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
    }
    colors.current ??= readColors();
    const col = colors.current;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, c.width, c.height);
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
    const x0 = -x / k;
    const y0 = -y / k;
    const x1 = (w - x) / k;
    const y1 = (h - y) / k;

    // Connectors, culled to the viewport, in one path.
    const s = l.segments;
    ctx.beginPath();
    for (let i = 0; i < s.length; i += 4) {
      const ax = s[i] as number;
      const ay = s[i + 1] as number;
      const bx = s[i + 2] as number;
      const by = s[i + 3] as number;
      if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1)
        continue;
      ctx.moveTo(ax, ay);
      ctx.lineTo(bx, by);
    }
    ctx.strokeStyle = col.line;
    ctx.lineWidth = Math.max(1.25, 1 / k);
    ctx.stroke();

    const inView = nodesIn(l, x0, y0, x1, y1);
    const html = k >= HTML_MIN_K && inView.length <= HTML_MAX_NODES;
    if (!html) {
      // Zoomed out: paint the boxes, a colour bar for the role, and the found person in the accent.
      ctx.beginPath();
      for (const n of inView) ctx.rect(l.x[n] as number, l.y[n] as number, NODE_W, NODE_H);
      ctx.fillStyle = col.box;
      ctx.fill();
      // Borders only while a box is more than a few pixels wide.
      if (k * NODE_W > 24) {
        ctx.strokeStyle = col.border;
        ctx.lineWidth = Math.max(1, 1 / k);
        ctx.stroke();
      }
      const byTone = new Map<string, number[]>();
      for (const n of inView) {
        const p = t.people[l.nodes[n] as number];
        if (!p) continue;
        const tone = p.context ? col.context : col.tones[roleTone(p.role)];
        const list = byTone.get(tone);
        if (list) list.push(n);
        else byTone.set(tone, [n]);
      }
      for (const [tone, list] of byTone) {
        ctx.beginPath();
        for (const n of list) ctx.rect(l.x[n] as number, l.y[n] as number, 6, NODE_H);
        ctx.fillStyle = tone;
        ctx.fill();
      }
      const sel = selectedRef.current;
      const si = sel === null ? undefined : t.index.get(sel);
      const sk = si === undefined ? -1 : (l.slot[si] ?? -1);
      if (sk >= 0) {
        ctx.strokeStyle = col.accent;
        ctx.lineWidth = Math.max(4, 4 / k);
        ctx.strokeRect(l.x[sk] as number, l.y[sk] as number, NODE_W, NODE_H);
      }
    }

    el.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
    if (!html) {
      if (rendered.current) {
        rendered.current = null;
        setWindowNodes([]);
      }
      return;
    }
    const r = rendered.current;
    if (r && x0 >= r.x0 && y0 >= r.y0 && x1 <= r.x1 && y1 <= r.y1) return;
    // Render the viewport and a margin around it, so small pans need no React work at all.
    const mx = (x1 - x0) / 2;
    const my = (y1 - y0) / 2;
    const next = { x0: x0 - mx, y0: y0 - my, x1: x1 + mx, y1: y1 + my };
    let nodes = nodesIn(l, next.x0, next.y0, next.x1, next.y1);
    if (nodes.length > HTML_MAX_NODES * 1.5) {
      Object.assign(next, { x0, y0, x1, y1 });
      nodes = inView;
    }
    rendered.current = next;
    setWindowNodes(nodes);
  }, []);

  const schedule = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(paint);
  }, [paint]);

  const setView = useCallback(
    (next: View) => {
      view.current = { x: next.x, y: next.y, k: clampK(next.k) };
      schedule();
    },
    [schedule],
  );

  const zoomAt = useCallback(
    (sx: number, sy: number, factor: number) => {
      const { x, y, k } = view.current;
      const k2 = clampK(k * factor);
      setView({ x: sx - ((sx - x) * k2) / k, y: sy - ((sy - y) * k2) / k, k: k2 });
    },
    [setView],
  );

  /** Moves (smoothly, unless reduced motion is asked for) to a view. */
  const animateTo = useCallback(
    (target: View, done?: () => void) => {
      cancelAnimationFrame(tween.current);
      const from = { ...view.current };
      if (reducedMotion()) {
        setView(target);
        done?.();
        return;
      }
      const start = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / 320);
        const e = 1 - (1 - t) ** 3;
        setView({
          x: from.x + (target.x - from.x) * e,
          y: from.y + (target.y - from.y) * e,
          k: from.k + (target.k - from.k) * e,
        });
        if (t < 1) tween.current = requestAnimationFrame(step);
        else done?.();
      };
      tween.current = requestAnimationFrame(step);
    },
    [setView],
  );

  const viewOn = useCallback((slot: number, k: number): View => {
    const l = layoutRef.current;
    const { w, h } = size.current;
    return {
      x: w / 2 - ((l.x[slot] as number) + NODE_W / 2) * k,
      y: h / 2 - ((l.y[slot] as number) + NODE_H / 2) * k,
      k,
    };
  }, []);

  const fit = useCallback(() => {
    const l = layoutRef.current;
    const { w, h } = size.current;
    const k = clampK(Math.min((w - 48) / l.width, (h - 48) / l.height, 1));
    animateTo({ x: (w - l.width * k) / 2, y: (h - l.height * k) / 2, k });
  }, [animateTo]);

  /** The first view: the top of the organization, readable, centred on the top person. */
  const home = useCallback(() => {
    const l = layoutRef.current;
    const { w } = size.current;
    const k = Math.min(1, Math.max(0.75, (w - 48) / l.width));
    const first = 0;
    const cx = l.nodes.length ? (l.x[first] as number) + NODE_W / 2 : l.width / 2;
    return { x: w / 2 - cx * k, y: 24, k };
  }, []);

  // Size, theme and first placement.
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => {
      size.current = { w: el.clientWidth, h: el.clientHeight };
      if (!placed.current && size.current.w > 0) {
        placed.current = true;
        view.current = home();
      }
      rendered.current = null;
      schedule();
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
      cancelAnimationFrame(tween.current);
      frame.current = 0;
    };
  }, [schedule, home]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the colours are read again when the theme changes
  useEffect(() => {
    colors.current = null;
    schedule();
  }, [theme, schedule]);

  // A new layout (a branch opened or closed, a filter): keep the toggled person where they were on screen.
  useLayoutEffect(() => {
    const a = anchor.current;
    anchor.current = null;
    if (a) {
      const i = tree.index.get(a.id);
      const slot = i === undefined ? -1 : (layout.slot[i] ?? -1);
      if (slot >= 0) {
        const { x, y, k } = view.current;
        const sx = (layout.x[slot] as number) * k + x;
        const sy = (layout.y[slot] as number) * k + y;
        view.current = { x: x + a.sx - sx, y: y + a.sy - sy, k };
      }
    }
    rendered.current = null;
    schedule();
  }, [layout, tree, schedule]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: repaint the highlight when the selection changes
  useEffect(() => {
    schedule();
  }, [selectedId, schedule]);

  // Jump to a person (search, ?focus=): centre on them, readable, then put the keyboard focus on them.
  const lastFocus = useRef(0);
  useEffect(() => {
    if (!focus || focus.nonce === lastFocus.current) return;
    const i = tree.index.get(focus.id);
    const slot = i === undefined ? -1 : (layout.slot[i] ?? -1);
    if (slot < 0 || size.current.w === 0) return;
    lastFocus.current = focus.nonce;
    animateTo(viewOn(slot, Math.max(view.current.k, 0.9)), () => {
      requestAnimationFrame(() => {
        const link = layer.current?.querySelector<HTMLElement>(`[data-node-id="${focus.id}"] a`);
        link?.focus({ preventScroll: true });
      });
    });
  }, [focus, layout, tree, animateTo, viewOn]);

  const toggle = useCallback(
    (id: number) => {
      const i = treeRef.current.index.get(id);
      const l = layoutRef.current;
      const slot = i === undefined ? -1 : (l.slot[i] ?? -1);
      if (slot >= 0) {
        const { x, y, k } = view.current;
        anchor.current = { id, sx: (l.x[slot] as number) * k + x, sy: (l.y[slot] as number) * k + y };
      }
      onToggle(id);
    },
    [onToggle],
  );

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      cancelAnimationFrame(tween.current);
      const rect = el.getBoundingClientRect();
      const delta = e.deltaMode === 1 ? e.deltaY * 33 : e.deltaMode === 2 ? e.deltaY * 400 : e.deltaY;
      zoomAt(e.clientX - rect.left, e.clientY - rect.top, Math.exp(-delta * 0.0015));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoomAt]);

  // Drag to pan (mouse, pen, one finger), pinch to zoom; a drag never counts as a click.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const drag = useRef<{ sx: number; sy: number; vx: number; vy: number; moved: boolean } | null>(null);
  const pinch = useRef<{ d: number; k: number } | null>(null);
  const suppressClick = useRef(false);

  const local = (e: { clientX: number; clientY: number }) => {
    const rect = viewport.current?.getBoundingClientRect();
    return { x: e.clientX - (rect?.left ?? 0), y: e.clientY - (rect?.top ?? 0) };
  };

  const onPointerDown = (e: React.PointerEvent<HTMLElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    cancelAnimationFrame(tween.current);
    const p = local(e);
    pointers.current.set(e.pointerId, p);
    if (pointers.current.size === 1) {
      drag.current = { sx: p.x, sy: p.y, vx: view.current.x, vy: view.current.y, moved: false };
    } else if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
      pinch.current = { d: Math.hypot(a.x - b.x, a.y - b.y) || 1, k: view.current.k };
      drag.current = null;
    }
  };

  const onPointerMove = (e: React.PointerEvent<HTMLElement>) => {
    const p = local(e);
    if (!pointers.current.has(e.pointerId)) {
      // Hovering a painted (zoomed-out) chart: say who is under the pointer.
      if (e.pointerType === 'mouse' && !rendered.current) {
        const { x, y, k } = view.current;
        const slot = nodeAt(layoutRef.current, (p.x - x) / k, (p.y - y) / k);
        setHover((h) => (slot < 0 ? null : h?.k === slot ? h : { k: slot, sx: p.x, sy: p.y }));
      }
      return;
    }
    pointers.current.set(e.pointerId, p);
    if (pinch.current && pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      const target = clampK((pinch.current.k * d) / pinch.current.d);
      zoomAt((a.x + b.x) / 2, (a.y + b.y) / 2, target / view.current.k);
      suppressClick.current = true;
      return;
    }
    const g = drag.current;
    if (!g) return;
    const dx = p.x - g.sx;
    const dy = p.y - g.sy;
    if (!g.moved && Math.hypot(dx, dy) > 4) {
      g.moved = true;
      setHover(null);
      viewport.current?.setPointerCapture(e.pointerId);
    }
    if (g.moved) setView({ x: g.vx + dx, y: g.vy + dy, k: view.current.k });
  };

  const onPointerUp = (e: React.PointerEvent<HTMLElement>) => {
    const g = drag.current;
    pointers.current.delete(e.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
    if (pointers.current.size > 0) return;
    drag.current = null;
    if (g?.moved) {
      suppressClick.current = true;
      window.setTimeout(() => {
        suppressClick.current = false;
      }, 0);
      return;
    }
    if (suppressClick.current) {
      window.setTimeout(() => {
        suppressClick.current = false;
      }, 0);
      return;
    }
    // A click on a painted box zooms in to it.
    if (!rendered.current && e.type === 'pointerup') {
      const p = local(e);
      const { x, y, k } = view.current;
      const slot = nodeAt(layoutRef.current, (p.x - x) / k, (p.y - y) / k);
      if (slot >= 0) animateTo(viewOn(slot, 1));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return;
    const { x, y, k } = view.current;
    const step = 80;
    const { w, h } = size.current;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => setView({ x: x + step, y, k }),
      ArrowRight: () => setView({ x: x - step, y, k }),
      ArrowUp: () => setView({ x, y: y + step, k }),
      ArrowDown: () => setView({ x, y: y - step, k }),
      '+': () => zoomAt(w / 2, h / 2, 1.25),
      '=': () => zoomAt(w / 2, h / 2, 1.25),
      '-': () => zoomAt(w / 2, h / 2, 0.8),
      '0': fit,
      Home: () => animateTo(home()),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      move();
    }
  };

  /** Tabbing to a box partly outside the view brings it in. */
  const onFocusNode = (e: React.FocusEvent<HTMLElement>) => {
    const box = (e.target as HTMLElement).closest<HTMLElement>('[data-node-id]');
    const el = viewport.current;
    if (!box || !el) return;
    const vr = el.getBoundingClientRect();
    const br = box.getBoundingClientRect();
    let { x, y } = view.current;
    if (br.left < vr.left + 8) x += vr.left + 8 - br.left;
    else if (br.right > vr.right - 8) x -= br.right - (vr.right - 8);
    if (br.top < vr.top + 8) y += vr.top + 8 - br.top;
    else if (br.bottom > vr.bottom - 8) y -= br.bottom - (vr.bottom - 8);
    if (x !== view.current.x || y !== view.current.y) setView({ x, y, k: view.current.k });
  };

  const hovered = hover ? tree.people[layout.nodes[hover.k] as number] : undefined;

  return (
    <div className="oc-chart">
      <div className="oc-chart__bar">
        {header}
        <div className="oc-chart__controls" role="toolbar" aria-label="Zoom">
          <button
            type="button"
            className="button button--small"
            onClick={() => zoomAt(size.current.w / 2, size.current.h / 2, 1.25)}
          >
            Zoom in
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => zoomAt(size.current.w / 2, size.current.h / 2, 0.8)}
          >
            Zoom out
          </button>
          <button type="button" className="button button--small" onClick={fit}>
            Fit to screen
          </button>
          <button type="button" className="button button--small" onClick={() => animateTo(home())}>
            Back to the top
          </button>
        </div>
      </div>
      <section
        ref={viewport}
        className="oc-chart__viewport"
        aria-label={label}
        aria-describedby={hintId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the viewport takes the arrow keys to pan and +/- to zoom
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onPointerLeave={() => setHover(null)}
        onClickCapture={(e) => {
          if (suppressClick.current) {
            e.preventDefault();
            e.stopPropagation();
          }
        }}
        onFocus={onFocusNode}
      >
        <canvas ref={canvas} className="oc-chart__canvas" />
        <div ref={layer} className="oc-chart__layer">
          {windowNodes.map((k) => {
            const i = layout.nodes[k] as number;
            const p = tree.people[i];
            if (!p) return null;
            return (
              <OrgChartNode
                key={p.id}
                person={p}
                x={layout.x[k] as number}
                y={layout.y[k] as number}
                team={p.teamId === null ? null : (teamNames.get(p.teamId) ?? null)}
                reports={tree.children[i]?.length ?? 0}
                below={tree.below[i] ?? 0}
                expanded={open.has(p.id)}
                selected={p.id === selectedId}
                onToggle={toggle}
              />
            );
          })}
        </div>
        {hovered && hover ? (
          <div
            className="oc-chart__tip"
            style={{ left: hover.sx + 14, top: hover.sy + 14 }}
            aria-hidden="true"
          >
            <strong>{hovered.name}</strong>
            <span>{hovered.title ?? hovered.role}</span>
            <span className="muted">Click to zoom in</span>
          </div>
        ) : null}
      </section>
      <p id={hintId} className="oc-chart__hint muted">
        Drag to move, use the mouse wheel or + and − to zoom, 0 to fit, Home for the top. Click a name to open
        the person; the number on a box shows or hides their direct reports.
      </p>
    </div>
  );
}
