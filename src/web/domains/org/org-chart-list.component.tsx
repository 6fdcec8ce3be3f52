import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type OrgTree, visibleRows } from './org-chart-model';

const ROW_H = 40;
const OVERSCAN = 12;

/**
 * The org chart as a keyboard-first tree (the WAI-ARIA tree pattern): arrow keys move and open or close,
 * Enter opens the person. Only the rows in view are in the DOM, plus the active one.
 */
export function OrgChartList({
  tree,
  open,
  selectedId,
  teamNames,
  onToggle,
  onSelect,
  label,
}: {
  tree: OrgTree;
  open: Set<number>;
  selectedId: number | null;
  teamNames: Map<number, string>;
  onToggle: (id: number, open?: boolean) => void;
  onSelect: (id: number) => void;
  label: string;
}) {
  const navigate = useNavigate();
  const box = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => visibleRows(tree, open), [tree, open]);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(560);
  const focusWanted = useRef(false);
  const activeRow = Math.max(
    0,
    rows.findIndex((r) => tree.people[r.index]?.id === selectedId),
  );

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the active row in view, and give it the focus when the keyboard moved it.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const top = activeRow * ROW_H;
    const outside = top < el.scrollTop || top + ROW_H > el.scrollTop + el.clientHeight;
    if (outside && !focusWanted.current) el.scrollTop = top - (el.clientHeight - ROW_H) / 2;
    else if (top < el.scrollTop) el.scrollTop = top;
    else if (outside) el.scrollTop = top + ROW_H - el.clientHeight;
    if (focusWanted.current) {
      focusWanted.current = false;
      el.querySelector<HTMLElement>(`[data-row="${activeRow}"]`)?.focus({ preventScroll: true });
    }
  }, [activeRow]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_H) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_H) + OVERSCAN);
  const shown: number[] = [];
  for (let r = first; r < last; r++) shown.push(r);
  if (rows.length && (activeRow < first || activeRow >= last)) shown.push(activeRow);

  const moveTo = (r: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, r))];
    const p = row ? tree.people[row.index] : undefined;
    if (!p) return;
    focusWanted.current = true;
    onSelect(p.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, r: number) => {
    const row = rows[r];
    const p = row ? tree.people[row.index] : undefined;
    if (!row || !p) return;
    const hasKids = (tree.children[row.index]?.length ?? 0) > 0;
    const isOpen = hasKids && open.has(p.id);
    const page = Math.max(1, Math.floor(height / ROW_H) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(r + 1),
      ArrowUp: () => moveTo(r - 1),
      PageDown: () => moveTo(r + page),
      PageUp: () => moveTo(r - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      ArrowRight: () => {
        if (hasKids && !isOpen) onToggle(p.id, true);
        else if (isOpen) moveTo(r + 1);
      },
      ArrowLeft: () => {
        if (isOpen) onToggle(p.id, false);
        else {
          const boss = tree.parent[row.index] ?? -1;
          const up = rows.findIndex((x) => x.index === boss);
          if (up >= 0) moveTo(up);
        }
      },
      Enter: () => navigate(`/org/people/${p.id}`),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div
      ref={box}
      className="oc-list"
      role="tree"
      aria-label={label}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="oc-list__spacer" style={{ height: rows.length * ROW_H }}>
        {shown.map((r) => {
          const row = rows[r];
          const p = row ? tree.people[row.index] : undefined;
          if (!row || !p) return null;
          const reports = tree.children[row.index]?.length ?? 0;
          const isOpen = reports > 0 && open.has(p.id);
          const team = p.teamId === null ? null : teamNames.get(p.teamId);
          return (
            <div
              key={p.id}
              role="treeitem"
              data-row={r}
              aria-level={row.level}
              aria-posinset={row.pos}
              aria-setsize={row.size}
              aria-expanded={reports > 0 ? isOpen : undefined}
              aria-selected={r === activeRow}
              tabIndex={r === activeRow ? 0 : -1}
              className={`oc-list__row${r === activeRow ? ' oc-list__row--active' : ''}${p.context ? ' oc-list__row--context' : ''}`}
              style={{ top: r * ROW_H, paddingLeft: `${0.5 + (row.level - 1) * 1.25}rem` }}
              onKeyDown={(e) => onKeyDown(e, r)}
              onClick={() => onSelect(p.id)}
            >
              {reports > 0 ? (
                <button
                  type="button"
                  tabIndex={-1}
                  className="oc-list__twisty"
                  aria-hidden="true"
                  onClick={(e) => {
                    e.stopPropagation();
                    onSelect(p.id);
                    onToggle(p.id, !isOpen);
                  }}
                >
                  {isOpen ? '▾' : '▸'}
                </button>
              ) : (
                <span className="oc-list__twisty" aria-hidden="true" />
              )}
              <Link to={`/org/people/${p.id}`} tabIndex={-1} className="oc-list__name">
                {p.name}
              </Link>
              <span className="oc-list__meta muted">
                {p.title ?? p.role}
                {team ? ` · ${team}` : ''}
                {reports > 0 ? ` · ${reports} direct, ${tree.below[row.index] ?? 0} in all` : ''}
                {p.context ? ' · above the chosen team' : ''}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
