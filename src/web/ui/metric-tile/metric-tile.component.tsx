import { useId } from 'react';
import { RichText } from '../format/rich-text.component';
import { SmartLink } from '../link/smart-link.component';
import { type Status, StatusBadge } from '../status/status-badge.component';
import { Sparkline, type TrendPoint } from './sparkline.component';
import './metric-tile.css';

export interface MetricTileProps {
  title: string;
  /** The number as people read it ("12.5 h", "98.2 %"); null when there is no data. */
  display: string | null;
  unit?: string | null;
  target?: string | null;
  status: Status;
  trend?: TrendPoint[];
  /** The rows behind the number. */
  evidence?: { href: string; label: string } | null;
  /** Why there is no number, and what to do about it. */
  noData?: { reason: string; action: string } | null;
  /** How the number is measured. */
  explanation?: string;
}

/** One number of the scorecard: value, unit, target, status in colour and words, trend, and its rows. */
export function MetricTile(props: MetricTileProps) {
  const titleId = useId();
  const { title, display, unit, target, status, trend = [], evidence, noData, explanation } = props;
  const hasValue = status !== 'no-data' && display !== null;
  const long = (display?.length ?? 0) > 10;
  return (
    <article className={`metric-tile metric-tile--${status}`} aria-labelledby={titleId}>
      <header className="metric-tile__header">
        <h3 id={titleId} className="metric-tile__title">
          {title}
        </h3>
        <StatusBadge status={status} />
      </header>
      {hasValue ? (
        <div className="metric-tile__value-row">
          <p className={`metric-tile__value${long ? ' metric-tile__value--long' : ''}`}>
            {display}
            {unit && !display?.includes(unit) ? <span className="metric-tile__unit"> {unit}</span> : null}
          </p>
          <Sparkline points={trend} />
        </div>
      ) : (
        <p className="metric-tile__nodata">
          <strong>No data</strong>
          {noData ? (
            <>
              {' — '}
              <RichText text={noData.action} />
            </>
          ) : null}
        </p>
      )}
      {noData && !hasValue ? (
        <p className="metric-tile__reason">
          <RichText text={noData.reason} />
        </p>
      ) : null}
      {target ? <p className="metric-tile__target">Target: {target}</p> : null}
      {explanation ? (
        <details className="metric-tile__explanation">
          <summary>How it is measured</summary>
          <p>
            <RichText text={explanation} />
          </p>
        </details>
      ) : null}
      {evidence ? (
        <p className="metric-tile__evidence">
          <SmartLink href={evidence.href}>
            {evidence.label}
            <span className="visually-hidden"> (the rows behind “{title}”)</span>
            <span aria-hidden="true"> →</span>
          </SmartLink>
        </p>
      ) : null}
    </article>
  );
}
