import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import { Sparkline, type TrendPoint } from '../../ui/metric-tile/sparkline.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { type DoraLevel, definitionOf, LEVEL_WORD, levelStatus, type MetricInfo } from './delivery-data';
import '../../ui/metric-tile/metric-tile.css';

export interface DeliveryTileProps {
  info: MetricInfo;
  /** The figure as people read it; null when there is no data. */
  value: string | null;
  /** A line or two under the value: p75 and p90, counts, what was left out. */
  note?: ReactNode;
  /** The DORA level: a badge with the word ("Elite"); `undefined` for figures that have none. */
  level?: DoraLevel | null;
  /** Why a figure that could have a level has none (rework rate). */
  noLevel?: string;
  trend?: TrendPoint[];
  formatTrend?: (value: number) => string;
  /** The rows behind the figure. */
  drill?: { href: string; label: string } | null;
  /** What to do when there is no value. */
  empty?: string;
}

/**
 * One delivery figure, in the shared metric-tile look: value, DORA level in colour and words, a small
 * trend, its definition (quoted from docs/metrics.md, with a link to it on `/help/metrics`) and a link to
 * the rows behind it.
 */
export function DeliveryTile(props: DeliveryTileProps) {
  const titleId = useId();
  const { info, value, note, level, noLevel, trend = [], formatTrend, drill, empty } = props;
  const status = level === undefined ? (value === null ? 'no-data' : 'none') : levelStatus(level);
  const long = (value?.length ?? 0) > 10;
  return (
    <article className={`metric-tile metric-tile--${status} delivery-tile`} aria-labelledby={titleId}>
      <header className="metric-tile__header">
        <h3 id={titleId} className="metric-tile__title">
          {info.label}
        </h3>
        {level !== undefined ? (
          <StatusBadge status={levelStatus(level)} label={level ? LEVEL_WORD[level] : 'No level'} />
        ) : noLevel ? (
          <span className="delivery-tile__no-level">{noLevel}</span>
        ) : null}
      </header>
      {value !== null ? (
        <div className="metric-tile__value-row">
          <p className={`metric-tile__value${long ? ' metric-tile__value--long' : ''}`}>{value}</p>
          <Sparkline points={trend} format={formatTrend} />
        </div>
      ) : (
        <p className="metric-tile__nodata">
          <strong>No data</strong>
          {empty ? <> — {empty}</> : null}
        </p>
      )}
      {note ? <p className="delivery-tile__note">{note}</p> : null}
      <details className="metric-tile__explanation">
        <summary>Definition</summary>
        <p>
          {info.definition} Full definition:{' '}
          <Link to={definitionOf(info)}>“{info.section}” in the metric definitions</Link>.
        </p>
      </details>
      {drill ? (
        <p className="metric-tile__evidence">
          <Link to={drill.href}>
            {drill.label}
            <span className="visually-hidden"> (the rows behind “{info.label}”)</span>
            <span aria-hidden="true"> →</span>
          </Link>
        </p>
      ) : null}
    </article>
  );
}
