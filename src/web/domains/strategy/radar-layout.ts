/**
 * Where the radar picture puts things: four quadrants (position 0 top right, then clockwise), rings
 * from the centre out, and each entry as a numbered blip inside its quadrant and ring. Placement is
 * deterministic — seeded by the entry's key — and avoids overlaps as far as the segment has room:
 * each blip tries candidate spots and keeps the first that clears the others (else the roomiest).
 */

export interface LayoutEntry {
  key: string;
  name: string;
  quadrant: number;
  /** Ring position, 0 innermost. */
  ring: number;
}

export interface Blip extends LayoutEntry {
  /** 1-based, in legend order: quadrant, ring, name. */
  number: number;
  x: number;
  y: number;
}

export const RADIUS = 400;
export const BLIP_RADIUS = 12;
/** Half the width of the band above the centre kept free for the ring names. */
export const LABEL_BAND = 34;
const GAP = 5;

/** Outer radius of each ring: the innermost ring is wider than an even split (as Zalando draws it). */
export function ringRadii(rings: number, radius = RADIUS): number[] {
  return Array.from({ length: rings }, (_, k) => Math.round(radius * (0.1 + (0.9 * (k + 1)) / rings)));
}

/** The quadrant's angular range in SVG terms (y down): [start, end] in radians, clockwise from 12 o'clock. */
export function quadrantAngles(position: number): [number, number] {
  const start = -Math.PI / 2 + (position * Math.PI) / 2;
  return [start, start + Math.PI / 2];
}

/** Which corner a quadrant sits in, for the legend around the picture. */
export const QUADRANT_CORNER = ['top-right', 'bottom-right', 'bottom-left', 'top-left'] as const;

/** FNV-1a: a stable 32-bit seed from a key. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Legend order: by quadrant, then ring, then name (numbers follow it). */
export function legendOrder<T extends LayoutEntry>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      a.quadrant - b.quadrant ||
      a.ring - b.ring ||
      a.name.localeCompare(b.name) ||
      a.key.localeCompare(b.key),
  );
}

/** Places every entry; the same entries always give the same picture. */
export function layoutBlips<T extends LayoutEntry>(
  entries: T[],
  rings: number,
  radius = RADIUS,
): (T & Blip)[] {
  const radii = ringRadii(Math.max(rings, 1), radius);
  const placed: (T & Blip)[] = [];
  const ordered = legendOrder(entries);
  const min = 2 * BLIP_RADIUS + GAP;
  ordered.forEach((e, i) => {
    const inner = e.ring === 0 ? BLIP_RADIUS * 2.2 : radii[e.ring - 1]! + BLIP_RADIUS + GAP;
    const outer = (radii[e.ring] ?? radius) - BLIP_RADIUS - GAP;
    const [a0, a1] = quadrantAngles(e.quadrant);
    const rnd = mulberry(hashKey(e.key));
    const neighbours = placed.filter((p) => p.quadrant === e.quadrant && Math.abs(p.ring - e.ring) <= 1);
    let best = { x: 0, y: 0, clearance: -1 };
    for (let attempt = 0; attempt < 80; attempt++) {
      const r = inner + (outer - inner) * Math.sqrt(rnd());
      // Keep the blip off the quadrant's straight edges (the axes).
      const margin = Math.min(0.6, (BLIP_RADIUS + GAP) / Math.max(r, 1));
      const angle = a0 + margin + (a1 - a0 - 2 * margin) * rnd();
      const x = r * Math.cos(angle);
      const y = r * Math.sin(angle);
      // The ring names sit on the vertical axis above the centre: keep that band clear.
      if (y < 0 && Math.abs(x) < LABEL_BAND + BLIP_RADIUS) continue;
      const clearance = neighbours.reduce(
        (m, p) => Math.min(m, Math.hypot(p.x - x, p.y - y)),
        Number.POSITIVE_INFINITY,
      );
      if (clearance > best.clearance) best = { x, y, clearance };
      if (clearance >= min) break;
    }
    placed.push({ ...e, number: i + 1, x: Math.round(best.x * 10) / 10, y: Math.round(best.y * 10) / 10 });
  });
  return placed;
}

/** Dark or light text on a blip of this fill, whichever reads better (WCAG relative luminance). */
export function textOn(fill: string): '#111' | '#fff' {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(fill.trim());
  if (!m) return '#fff';
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const lum = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  // Contrast against white is (1.05)/(lum+0.05); against near-black (lum+0.05)/(0.055).
  return 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.0555 ? '#fff' : '#111';
}

/** The fallback colours of rings without one (innermost first). */
export const RING_FALLBACK = ['#3f8f29', '#1c7f9c', '#a8861a', '#b5485d', '#6d5bb7', '#666666'];
