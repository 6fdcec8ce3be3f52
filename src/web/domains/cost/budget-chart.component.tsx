import { useId, useState } from 'react';
import { formatMoney } from './cost-format';

/**
 * A daily line with a shaded band: the budget burn-up (actual cumulative cost, forecast and its 80%
 * band, the budget amount as a horizontal line) and a unit's daily cost with its expected band (days
 * outside marked). Plain SVG, coloured by the theme's tokens; a text summary and a "Show as table"
 * toggle are the chart's text alternative.
 */
export interface BandPoint {
  date: string;
  /** The solid line (actual). */
  value: number | null;
  /** The dashed line (forecast or expected). */
  expected: number | null;
  lower: number | null;
  upper: number | null;
  /** A marked point (an anomaly). */
  marker?: 'spike' | 'drop' | null;
}

const W = 720;
const H = 260;
const PAD = { left: 64, right: 16, top: 16, bottom: 28 };

/** A round step (1, 2 or 5 × 10^n) near `raw`, for the value axis. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

function path(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}

/** Splits a series into runs of consecutive non-null values. */
function runs(values: (number | null)[]): { start: number; values: number[] }[] {
  const out: { start: number; values: number[] }[] = [];
  let current: { start: number; values: number[] } | null = null;
  values.forEach((v, i) => {
    if (v === null) current = null;
    else {
      if (!current) {
        current = { start: i, values: [] };
        out.push(current);
      }
      current.values.push(v);
    }
  });
  return out;
}

export function BandChart({
  title,
  points,
  currency,
  valueLabel,
  expectedLabel,
  bandLabel,
  limit,
  summary,
}: {
  title: string;
  points: BandPoint[];
  currency: string;
  valueLabel: string;
  expectedLabel: string;
  bandLabel: string;
  /** A horizontal line (the budget amount). */
  limit?: { value: number; label: string } | undefined;
  summary: string;
}) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const all = points.flatMap((p) =>
    [p.value, p.expected, p.lower, p.upper].filter((x): x is number => x !== null),
  );
  if (limit) all.push(limit.value);
  const step = niceStep((Math.max(1, ...all) - Math.min(0, ...all)) / 4);
  const max = Math.ceil((Math.max(1, ...all) * 1.02) / step) * step;
  const min = Math.floor(Math.min(0, ...all) / step) * step;
  const n = Math.max(1, points.length - 1);
  const x = (i: number) => PAD.left + (i / n) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - min) / (max - min)) * (H - PAD.top - PAD.bottom);
  const band: [number, number][] = [];
  const lowerBack: [number, number][] = [];
  points.forEach((p, i) => {
    if (p.lower !== null && p.upper !== null) {
      band.push([x(i), y(p.upper)]);
      lowerBack.unshift([x(i), y(p.lower)]);
    }
  });
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(v);
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));
  const money = (v: number | null) => (v === null ? '—' : formatMoney(v.toFixed(2), currency));

  return (
    <figure className="chart band-chart" aria-labelledby={titleId}>
      <figcaption className="chart__caption">
        <span id={titleId} className="chart__title">
          {title}
        </span>
        <button
          type="button"
          className="button button--small"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          Show as table
        </button>
      </figcaption>
      {asTable ? (
        <div className="chart__table">
          <table className="simple-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" className="num">
                  {valueLabel}
                </th>
                <th scope="col" className="num">
                  {expectedLabel}
                </th>
                <th scope="col" className="num">
                  {bandLabel}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.date}>
                  <th scope="row">
                    {p.date}
                    {p.marker ? ` (${p.marker})` : ''}
                  </th>
                  <td className="num">{money(p.value)}</td>
                  <td className="num">{money(p.expected)}</td>
                  <td className="num">
                    {p.lower === null || p.upper === null ? '—' : `${money(p.lower)} – ${money(p.upper)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <svg
          className="band-chart__svg"
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={`${title}. ${summary}`}
        >
          {ticks.map((v) => (
            <g key={v}>
              <line className="band-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
              <text className="band-chart__axis" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
                {formatMoney(v.toFixed(2), currency, { compact: true })}
              </text>
            </g>
          ))}
          {points.map((p, i) =>
            i % labelEvery === 0 ? (
              <text key={p.date} className="band-chart__axis" x={x(i)} y={H - 8} textAnchor="middle">
                {p.date.slice(5)}
              </text>
            ) : null,
          )}
          {band.length ? (
            <path className="band-chart__band" d={`${path([...band, ...lowerBack])} Z`} />
          ) : null}
          {limit ? (
            <g>
              <line
                className="band-chart__limit"
                x1={PAD.left}
                x2={W - PAD.right}
                y1={y(limit.value)}
                y2={y(limit.value)}
              />
              <text
                className="band-chart__limit-label"
                x={W - PAD.right}
                y={y(limit.value) - 6}
                textAnchor="end"
              >
                {limit.label}
              </text>
            </g>
          ) : null}
          {runs(points.map((p) => p.expected)).map((r) => (
            <path
              key={`e${r.start}`}
              className="band-chart__expected"
              d={path(r.values.map((v, k) => [x(r.start + k), y(v)]))}
            />
          ))}
          {runs(points.map((p) => p.value)).map((r) => (
            <path
              key={`v${r.start}`}
              className="band-chart__value"
              d={path(r.values.map((v, k) => [x(r.start + k), y(v)]))}
            />
          ))}
          {points.map((p, i) =>
            p.marker && p.value !== null ? (
              <circle
                key={`m${p.date}`}
                className={`band-chart__marker band-chart__marker--${p.marker}`}
                cx={x(i)}
                cy={y(p.value)}
                r={5}
              />
            ) : null,
          )}
        </svg>
      )}
      <ul className="band-chart__legend" aria-hidden="true">
        <li>
          <span className="band-chart__key band-chart__key--value" /> {valueLabel}
        </li>
        <li>
          <span className="band-chart__key band-chart__key--expected" /> {expectedLabel}
        </li>
        <li>
          <span className="band-chart__key band-chart__key--band" /> {bandLabel}
        </li>
        {limit ? (
          <li>
            <span className="band-chart__key band-chart__key--limit" /> {limit.label}
          </li>
        ) : null}
      </ul>
      <p className="visually-hidden">{summary}</p>
    </figure>
  );
}
