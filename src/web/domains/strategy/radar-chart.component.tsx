import { type KeyboardEvent, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { RadarData, RadarEntryData } from './radar.types';
import {
  BLIP_RADIUS,
  type Blip,
  layoutBlips,
  QUADRANT_CORNER,
  RADIUS,
  RING_FALLBACK,
  ringRadii,
  textOn,
} from './radar-layout';

export type PlacedBlip = Blip & { entry: RadarEntryData };

/** The blips of a radar, placed (the legend numbers them the same way). */
export function useBlips(radar: RadarData): PlacedBlip[] {
  return useMemo(() => {
    const qPos = new Map(radar.quadrants.map((q) => [q.id, q.position]));
    const rPos = new Map(radar.rings.map((r) => [r.id, r.position]));
    return layoutBlips(
      radar.entries.map((e) => ({
        key: e.key,
        name: e.name,
        quadrant: qPos.get(e.quadrantId) ?? 0,
        ring: rPos.get(e.ringId) ?? 0,
        entry: e,
      })),
      radar.rings.length,
    );
  }, [radar]);
}

export function ringColor(radar: RadarData, ringId: number): string {
  const ring = radar.rings.find((r) => r.id === ringId);
  return ring?.color || RING_FALLBACK[ring?.position ?? 0] || '#666666';
}

/** How an entry moved, in words (for labels and the legend). */
export function movedWords(e: RadarEntryData): string {
  if (e.isNew) return 'new';
  if (e.moved > 0) return 'moved in';
  if (e.moved < 0) return 'moved out';
  return 'no change';
}

function Marker({ blip, fill }: { blip: PlacedBlip; fill: string }) {
  const r = BLIP_RADIUS;
  const e = blip.entry;
  if (e.moved !== 0 && !e.isNew) {
    // A triangle pointing towards the centre (moved in) or away from it (moved out).
    const toward = Math.atan2(-blip.y, -blip.x) + (e.moved > 0 ? 0 : Math.PI);
    const pts = [0, 2.094, 4.189]
      .map((a) => {
        const angle = toward + a;
        return `${(Math.cos(angle) * r * 1.5).toFixed(1)},${(Math.sin(angle) * r * 1.5).toFixed(1)}`;
      })
      .join(' ');
    return <polygon points={pts} fill={fill} className="radar-blip__shape" />;
  }
  return (
    <>
      {e.isNew ? (
        <circle r={r + 4} fill="none" stroke={fill} strokeWidth={2} className="radar-blip__new" />
      ) : null}
      <circle r={r} fill={fill} className="radar-blip__shape" />
    </>
  );
}

/**
 * The radar picture: rings from the configuration, four quadrants, numbered blips (circle: no change,
 * outer ring: new, triangle: moved in towards the centre or out). Hover or focus shows the name and ring;
 * click or Enter opens the entry. Blips that do not match the filters are dimmed.
 */
export function RadarChart({
  radar,
  blips,
  active,
  onActive,
  matches,
}: {
  radar: RadarData;
  blips: PlacedBlip[];
  active: string | null;
  onActive: (key: string | null) => void;
  matches: (e: RadarEntryData) => boolean;
}) {
  const navigate = useNavigate();
  const radii = ringRadii(radar.rings.length);
  const pad = 16;
  const open = (key: string) => navigate(`/strategy/radar/${encodeURIComponent(key)}`);
  const onKey = (event: KeyboardEvent, key: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(key);
    }
  };
  const activeBlip = blips.find((b) => b.key === active) ?? null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the picture's blips are grouped inside an <svg>, where <fieldset> cannot go
    <svg
      className="radar-chart"
      viewBox={`${-RADIUS - pad} ${-RADIUS - pad} ${2 * (RADIUS + pad)} ${2 * (RADIUS + pad)}`}
      role="group"
      aria-label={`Tech radar: ${blips.length} entries in ${radar.rings.length} rings and 4 quadrants`}
    >
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: rings, axes and labels are decoration, and not focusable */}
      <g aria-hidden="true">
        {[...radii].reverse().map((r, i) => (
          <circle
            key={r}
            r={r}
            className={`radar-ring radar-ring--${(radii.length - 1 - i) % 2 ? 'odd' : 'even'}`}
          />
        ))}
        <line x1={-RADIUS} y1={0} x2={RADIUS} y2={0} className="radar-axis" />
        <line x1={0} y1={-RADIUS} x2={0} y2={RADIUS} className="radar-axis" />
        {radar.rings.map((ring, k) => {
          const inner = k === 0 ? 0 : radii[k - 1]!;
          const y = -(inner + (radii[k]! - inner) / 2);
          return (
            <text
              key={ring.id}
              x={0}
              y={y}
              className="radar-ring-label"
              textAnchor="middle"
              dominantBaseline="middle"
            >
              {ring.name}
            </text>
          );
        })}
        {radar.quadrants.map((q) => {
          const corner = QUADRANT_CORNER[q.position] ?? 'top-right';
          const x = corner.endsWith('right') ? RADIUS : -RADIUS;
          const y = corner.startsWith('top') ? -RADIUS + 8 : RADIUS - 4;
          return (
            <text
              key={q.id}
              x={x}
              y={y}
              className="radar-quadrant-label"
              textAnchor={corner.endsWith('right') ? 'end' : 'start'}
            >
              {q.name}
            </text>
          );
        })}
      </g>
      {blips.map((b) => {
        const fill = ringColor(radar, b.entry.ringId);
        const dim = !matches(b.entry);
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be an <a>/<button> and keep the picture
          <g
            key={b.key}
            transform={`translate(${b.x} ${b.y})`}
            className={`radar-blip${dim ? ' radar-blip--dim' : ''}${active === b.key ? ' radar-blip--active' : ''}`}
            role="link"
            tabIndex={dim ? -1 : 0}
            aria-label={`${b.number}. ${b.name}: ${b.entry.ring}, ${b.entry.quadrant}, ${movedWords(b.entry)}`}
            data-key={b.key}
            onClick={() => open(b.key)}
            onKeyDown={(e) => onKey(e, b.key)}
            onMouseEnter={() => onActive(b.key)}
            onMouseLeave={() => onActive(null)}
            onFocus={() => onActive(b.key)}
            onBlur={() => onActive(null)}
          >
            <Marker blip={b} fill={fill} />
            <text
              className="radar-blip__number"
              textAnchor="middle"
              dominantBaseline="central"
              fill={textOn(fill)}
            >
              {b.number}
            </text>
          </g>
        );
      })}
      {activeBlip ? <Tooltip blip={activeBlip} /> : null}
    </svg>
  );
}

function Tooltip({ blip }: { blip: PlacedBlip }) {
  const text = `${blip.number}. ${blip.name} · ${blip.entry.ring}`;
  const width = Math.max(80, text.length * 8.2 + 16);
  const x = Math.min(Math.max(blip.x - width / 2, -RADIUS), RADIUS - width);
  const above = blip.y - BLIP_RADIUS - 40 > -RADIUS;
  const y = above ? blip.y - BLIP_RADIUS - 36 : blip.y + BLIP_RADIUS + 8;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the tooltip repeats the focused blip's label and is not focusable
    <g className="radar-tooltip" aria-hidden="true" pointerEvents="none">
      <rect x={x} y={y} width={width} height={28} rx={5} />
      <text x={x + width / 2} y={y + 14} textAnchor="middle" dominantBaseline="central">
        {text}
      </text>
    </g>
  );
}
