import { useId } from 'react';
import type { ScorecardGroup } from '../../api/types';
import { RichText } from '../../ui/format/rich-text.component';
import { MetricTile } from '../../ui/metric-tile/metric-tile.component';

/** One question of the scorecard with its checks; a question nothing measures yet says so honestly. */
export function ScorecardGroupSection({ group }: { group: ScorecardGroup }) {
  const headingId = useId();
  const empty = group.checks.length === 0;
  return (
    <section
      className={`scorecard-group${empty ? ' scorecard-group--empty' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="scorecard-group__question">
        {group.question}
      </h2>
      {empty ? (
        <p className="scorecard-group__empty">
          <span className="scorecard-group__empty-mark">Not measured yet.</span>{' '}
          <RichText text={group.description} />
        </p>
      ) : (
        <>
          <p className="scorecard-group__description">
            <RichText text={group.description} />
          </p>
          <div className="scorecard-group__tiles">
            {group.checks.map((c) => (
              <MetricTile
                key={c.id}
                title={c.title}
                display={c.display ?? (c.value === null ? null : c.value.toLocaleString())}
                unit={c.unit}
                target={c.target}
                status={c.status}
                trend={c.trend}
                evidence={c.evidence}
                noData={c.noData}
                explanation={c.explanation}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
