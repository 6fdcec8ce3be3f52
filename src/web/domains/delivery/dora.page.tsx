import { useCallback } from 'react';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import type { DoraMetric } from './delivery-data';
import { NoDeliveryData } from './delivery-empty.component';
import { DeliveryTabs } from './delivery-tabs.component';
import { DeliveryTargetsPanel } from './delivery-targets.component';
import { DeliveryToolbar } from './delivery-toolbar.component';
import { DoraCharts } from './dora-charts.component';
import { DoraTiles } from './dora-tiles.component';
import { HowMeasured } from './how-measured.component';
import { QualityNote } from './quality-note.component';
import { TeamComparison } from './team-comparison.component';
import { deliverySearch, useDeliveryScope } from './use-delivery-scope.hook';
import './delivery.css';

/** The figures of this page, as the data-quality gaps name what they affect. */
const DORA_FIGURES = [
  'Deployment frequency',
  'Lead time for changes',
  'Change failure rate',
  'Failed deployment recovery time',
];

/**
 * `/delivery`: the four DORA key metrics and the rework rate, their trend, the teams side by side, and
 * the targets the scorecard compares them with.
 */
export function DoraPage() {
  const scope = useDeliveryScope();
  const { data, error, loading, reload } = useApi(`dora:${scope.key}`, (signal) =>
    unwrap(api.GET('/api/v1/delivery/dora', { params: { query: scope.query }, signal })),
  );
  const rowsHref = useCallback(
    (metric: DoraMetric) => `/delivery/rows${deliverySearch(scope.params, { metric })}`,
    [scope.params],
  );
  const empty = data && data.deploymentFrequency.count === 0 && data.changeFailureRate.total === 0;

  return (
    <div className="page delivery-page">
      <PageHeader
        title="DORA metrics"
        description={
          <>
            How often and how safely {scope.phrase} ships to production: {scope.range}, by {scope.bucket}.
          </>
        }
      />
      <DeliveryTabs />
      <DeliveryToolbar scope={scope} />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading the DORA metrics…</p> : null}
      {empty ? (
        <NoDeliveryData
          title="No production deployments in this range"
          scoped={Boolean(scope.teamId || scope.serviceId)}
          what="production deployments, the commits they ship and the incidents they cause"
        />
      ) : null}
      {data && !empty ? (
        <>
          <QualityNote figures={DORA_FIGURES} from={scope.from} />
          <section className="delivery-key" aria-labelledby="dora-key">
            <div className="delivery-key__head">
              <h2 id="dora-key">The four keys, and rework</h2>
              <p className="delivery-key__levels">
                Levels:{' '}
                <a href={data.levels.url} rel="noreferrer">
                  DORA {data.levels.year} report
                </a>
              </p>
            </div>
            <DoraTiles data={data} rowsHref={rowsHref} />
          </section>
          <DoraCharts data={data} />
        </>
      ) : null}
      {data && !empty && !scope.serviceId ? <TeamComparison scope={scope} /> : null}
      <DeliveryTargetsPanel />
      <HowMeasured
        sections={[
          'Deployment frequency',
          'Lead time for changes',
          'Change failure rate',
          'Failed deployment recovery time',
          'Deployment rework rate',
          'DORA performance levels',
        ]}
      >
        <p>
          <strong>A deployment</strong> is a successful deployment to production with a finish time; failed,
          cancelled, running and non-production deployments count in no figure. A deployment is in the range
          when it finished in it. An incident counts against the most recent production deployment of its
          service before it started, unless its source names the deployment or says no change caused it.
        </p>
        <p>
          <strong>Levels</strong> follow the cluster table of the {data?.levels.source ?? 'DORA 2023 report'}:
          lead time under a day is elite, under a week high, under a month medium; recovery under an hour
          elite, under a day high, under a week medium; a change failure rate up to 5 % elite, 10 % high, 15 %
          medium; deploying on demand (several times on most days) elite, daily to weekly high, weekly to
          monthly medium. Anything slower is low. The rework rate (DORA 2024) has no level.
        </p>
      </HowMeasured>
    </div>
  );
}
