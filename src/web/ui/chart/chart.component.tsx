import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTheme } from '../theme/theme';
import { buildChart, type ChartSpec } from './chart-presets';
import { readChartTheme } from './chart-theme';
import './chart.css';

export type { ChartSpec } from './chart-presets';

// ECharts is large: it loads with the first chart drawn, never with the app's first page.
const EchartsCanvas = lazy(() =>
  import('./echarts-canvas.component').then((m) => ({ default: m.EchartsCanvas })),
);

/**
 * The one chart component: an ECharts preset (time series, bars, stacked bars, distribution, heatmap)
 * that follows the theme, with a text summary for screen readers and a "Show as table" toggle.
 */
export function Chart({
  title,
  spec,
  summary,
  height = 300,
}: {
  title: string;
  spec: ChartSpec;
  /** What the chart says, in words; the preset adds the highest/lowest or latest values. */
  summary?: string;
  height?: number;
}) {
  const { theme } = useTheme();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the colours are read again when the theme changes
  const built = useMemo(() => buildChart(spec, readChartTheme()), [spec, theme]);
  const description = `${title}. ${[summary, built.summary].filter(Boolean).join(' ')}`;

  return (
    <figure className="chart" aria-labelledby={titleId}>
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
                {built.table.head.map((h, i) => (
                  <th key={h || 'label'} scope="col" className={i > 0 ? 'num' : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {built.table.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((value, i) =>
                    i === 0 ? (
                      <th key="label" scope="row">
                        {value}
                      </th>
                    ) : (
                      <td key={built.table.head[i] ?? String(i)} className="num">
                        {typeof value === 'number' ? value.toLocaleString() : value}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Suspense
          fallback={
            <div className="chart__canvas chart__canvas--loading" style={{ height }}>
              Drawing the chart…
            </div>
          }
        >
          <EchartsCanvas option={built.option} label={description} height={height} />
        </Suspense>
      )}
    </figure>
  );
}
