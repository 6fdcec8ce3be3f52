import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { DeliveryTabs } from './delivery-tabs.component';
import { HowMeasured } from './how-measured.component';
import { QualityCollected } from './quality-collected.component';
import { DEFAULT_QUALITY_DAYS, QUALITY_DAYS, qualityDays } from './quality-data';
import { QualityGaps } from './quality-gaps.component';
import './delivery.css';
import './delivery-insights.css';

/** How far back the gaps are counted: a choice kept in the URL (`?days=30`). */
function DaysPicker({ days }: { days: number }) {
  const id = useId();
  const [, setParams] = useSearchParams();
  return (
    <section className="delivery-toolbar" aria-label="Data quality range">
      <div className="delivery-toolbar__field">
        <label htmlFor={id}>Gaps over the last</label>
        <select
          id={id}
          value={days}
          onChange={(e) =>
            setParams((current) => {
              const next = new URLSearchParams(current);
              const value = Number(e.target.value);
              if (value === DEFAULT_QUALITY_DAYS) next.delete('days');
              else next.set('days', String(value));
              next.delete('offset');
              return next;
            })
          }
        >
          {QUALITY_DAYS.map((d) => (
            <option key={d} value={d}>
              {d} days
            </option>
          ))}
        </select>
      </div>
      <p className="delivery-toolbar__summary">
        For the whole installation: every repository and source, whatever the team or service chosen
        elsewhere.
      </p>
    </section>
  );
}

/** `/delivery/quality`: what delivery data was collected, when, and what is missing. */
export function QualityPage() {
  const [params] = useSearchParams();
  const days = qualityDays(params.get('days'));
  const { data, error, loading, reload } = useApi(`quality:${days}`, (signal) =>
    unwrap(api.GET('/api/v1/delivery/quality', { params: { query: { days } }, signal })),
  );
  return (
    <div className="page delivery-page">
      <PageHeader
        title="Delivery data quality"
        description="What delivery data was collected, how fresh it is, and what is missing — so that a gap is never read as a good number."
      />
      <DeliveryTabs />
      <DaysPicker days={days} />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading the data quality…</p> : null}
      {data ? (
        <>
          <QualityGaps data={data} />
          <QualityCollected data={data} />
        </>
      ) : null}
      <HowMeasured sections={['Delivery data quality', 'Who a figure belongs to']}>
        <p>
          <strong>Missing</strong> counts the items of the last {days} days (deployments and commits by their
          time, pull requests by their merge, incidents by their start) that lack what a figure needs; a pull
          request counts as not deployed once it has been merged for more than 7 days.{' '}
          <strong>Collected</strong> covers everything stored, whatever its age.
        </p>
      </HowMeasured>
    </div>
  );
}
