/** A tiny trend line drawn as SVG (no chart library), with the trend also said in words. */
export interface TrendPoint {
  at: string;
  value: number;
}

const WIDTH = 120;
const HEIGHT = 32;

function describeTrend(points: TrendPoint[], format: (v: number) => string): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 'No trend yet';
  const direction = last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'flat';
  return `Trend ${direction}: ${format(first.value)} on ${first.at.slice(0, 10)} to ${format(last.value)} on ${last.at.slice(0, 10)} (${points.length} points)`;
}

export function Sparkline({
  points,
  format = (v) => String(v),
}: {
  points: TrendPoint[];
  format?: (value: number) => string;
}) {
  if (points.length < 2) return null;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = WIDTH / (points.length - 1);
  const coords = values.map((v, i) => {
    const x = i * step;
    const y = HEIGHT - 3 - ((v - min) / span) * (HEIGHT - 6);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const lastCoord = coords[coords.length - 1]?.split(',') ?? ['0', '0'];
  return (
    <span className="sparkline">
      <svg
        viewBox={`-2 0 ${WIDTH + 4} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        aria-hidden="true"
        focusable="false"
      >
        <polyline points={coords.join(' ')} fill="none" stroke="currentColor" strokeWidth="1.6" />
        <circle cx={lastCoord[0]} cy={lastCoord[1]} r="2.4" fill="currentColor" />
      </svg>
      <span className="visually-hidden">{describeTrend(points, format)}</span>
    </span>
  );
}
