import { useCallback, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { Chart, type ChartSpec } from '../../ui/chart/chart.component';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter } from '../../ui/data-table/data-table.types';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { percent, plural } from './delivery-data';
import { NoDeliveryData } from './delivery-empty.component';
import { DeliveryTabs } from './delivery-tabs.component';
import { DeliveryToolbar } from './delivery-toolbar.component';
import { HowMeasured } from './how-measured.component';
import {
  CATEGORIES,
  categoryLabel,
  type Investment,
  type InvestmentItem,
  type InvestmentWeight,
  isCategory,
  orderedCategories,
  weightOf,
} from './investment-data';
import { InvestmentRulesPanel } from './investment-rules.component';
import { type DeliveryScope, useDeliveryScope } from './use-delivery-scope.hook';
import './delivery.css';
import './delivery-insights.css';

const ITEM_COLUMNS: Column<InvestmentItem>[] = [
  { id: 'title', header: 'Title', rowHeader: true, cell: (r) => r.title, csv: (r) => r.title },
  {
    id: 'kind',
    header: 'Kind',
    nowrap: true,
    cell: (r) => (r.kind === 'pull-request' ? 'Pull request' : 'Direct commit'),
    csv: (r) => r.kind,
  },
  {
    id: 'labels',
    header: 'Labels',
    cell: (r) =>
      r.labels.length ? (
        <span className="investment-labels">
          {r.labels.map((l) => (
            <span key={l} className="investment-label">
              {l}
            </span>
          ))}
        </span>
      ) : (
        <span className="muted">—</span>
      ),
    csv: (r) => r.labels.join(' '),
  },
  { id: 'category', header: 'Category', cell: (r) => categoryLabel(r.category), csv: (r) => r.category },
  {
    id: 'rule',
    header: 'Decided by',
    cell: (r) => (r.rule ? <code>{r.rule}</code> : <span className="muted">no rule matched</span>),
    csv: (r) => r.rule ?? '',
  },
];

const ITEM_FILTERS: Filter[] = [
  {
    id: 'category',
    label: 'Category',
    type: 'select',
    options: CATEGORIES.map((c) => ({ value: c.id, label: c.label })),
  },
];

/** The shares as one horizontal stacked bar, and the categories as a list that filters the items. */
function Shares({ data, category }: { data: Investment; category: string | null }) {
  const [params] = useSearchParams();
  const cats = orderedCategories(data);
  const spec: ChartSpec = useMemo(
    () => ({
      preset: 'stacked-bar',
      horizontal: true,
      categories: ['Share'],
      series: cats.map((c) => ({
        name: categoryLabel(c.category),
        values: [c.share === null ? null : Math.round(c.share * 1000) / 10],
      })),
      unit: '%',
    }),
    [cats],
  );
  const hrefOf = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('category', id);
    else next.delete('category');
    next.delete('offset');
    const text = next.toString();
    return text ? `?${text}` : '?';
  };
  const lines = data.weight === 'lines';
  return (
    <section className="panel" aria-labelledby="investment-shares">
      <h2 id="investment-shares">Where the work went</h2>
      <Chart
        title={`Share of the ${lines ? 'lines changed' : 'items'} per category (%)`}
        spec={spec}
        height={130}
        summary={`${plural(data.pullRequests, 'merged pull request')} and ${plural(data.directCommits, 'direct commit')}; the shares add up to 100 %.`}
      />
      <table className="simple-table investment-categories">
        <caption className="visually-hidden">Categories</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="num">
              Items
            </th>
            {lines ? (
              <th scope="col" className="num">
                Lines changed
              </th>
            ) : null}
            <th scope="col" className="num">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {cats.map((c) => {
            const info = CATEGORIES.find((x) => x.id === c.category);
            const current = category === c.category;
            return (
              <tr key={c.category} className={current ? 'investment-categories__current' : undefined}>
                <th scope="row">
                  <Link to={hrefOf(c.category)} aria-current={current ? 'true' : undefined}>
                    {categoryLabel(c.category)}
                  </Link>
                  {info ? <span className="muted"> — {info.hint}</span> : null}
                </th>
                <td className="num">{c.count.toLocaleString()}</td>
                {lines ? <td className="num">{c.weight.toLocaleString()}</td> : null}
                <td className="num">{percent(c.share)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted investment-categories__hint">
        Choose a category to list its items below
        {category ? (
          <>
            {' '}
            (or <Link to={hrefOf(null)}>show every category</Link>)
          </>
        ) : null}
        .
      </p>
    </section>
  );
}

function WeightPicker({ weight }: { weight: InvestmentWeight }) {
  const id = useId();
  const [, setParams] = useSearchParams();
  return (
    <div className="delivery-toolbar__field investment-weight">
      <label htmlFor={id}>Weigh by</label>
      <select
        id={id}
        value={weight}
        onChange={(e) =>
          setParams((current) => {
            const next = new URLSearchParams(current);
            if (e.target.value === 'lines') next.set('weight', 'lines');
            else next.delete('weight');
            next.delete('offset');
            return next;
          })
        }
      >
        <option value="items">Items</option>
        <option value="lines">Lines changed</option>
      </select>
    </div>
  );
}

function Items({
  scope,
  weight,
  version,
}: {
  scope: DeliveryScope;
  weight: InvestmentWeight;
  version: number;
}) {
  const fetchPage: FetchPage<InvestmentItem> = useCallback(
    async (q, signal) => {
      const category = q.filters.category ?? null;
      const answer = await unwrap(
        api.GET('/api/v1/delivery/investment', {
          params: {
            query: {
              ...scope.query,
              weight,
              limit: q.limit,
              offset: q.offset,
              ...(isCategory(category) ? { category } : {}),
            },
          },
          signal,
        }),
      );
      return { items: answer.items, total: answer.total, nextCursor: null };
    },
    [scope.query, weight],
  );
  return (
    <section className="panel" aria-labelledby="investment-items">
      <h2 id="investment-items">The classified work</h2>
      <DataTable
        id="delivery-investment-items"
        label="Classified pull requests and commits"
        columns={ITEM_COLUMNS}
        rowKey={(r) => `${r.kind}:${r.id}`}
        fetchPage={fetchPage}
        filters={ITEM_FILTERS}
        pageSize={25}
        pageSizes={[25, 50, 100, 200]}
        maxPageSize={1000}
        dependsOn={`${scope.key}:${weight}:${version}`}
        empty={<p className="muted">Nothing was merged in this range.</p>}
      />
    </section>
  );
}

/** `/delivery/investment`: what the delivered work went to — new capabilities, maintenance, bugs, toil. */
export function InvestmentPage() {
  const scope = useDeliveryScope();
  const weight = weightOf(scope.params.get('weight'));
  const rawCategory = scope.params.get('category');
  const category = isCategory(rawCategory) ? rawCategory : null;
  // Saving the rules classifies the work again: everything on the page loads again.
  const [version, setVersion] = useState(0);
  const { data, error, loading, reload } = useApi(`investment:${scope.key}:${weight}:${version}`, (signal) =>
    unwrap(
      api.GET('/api/v1/delivery/investment', {
        params: { query: { ...scope.query, weight, limit: 1 } },
        signal,
      }),
    ),
  );
  const empty = data && data.pullRequests + data.directCommits === 0;
  return (
    <div className="page delivery-page">
      <PageHeader
        title="Investment allocation"
        description={
          <>
            What the work {scope.phrase} delivered went to — new capabilities, maintenance, bugs or toil:{' '}
            {scope.range}.
          </>
        }
      />
      <DeliveryTabs />
      <div className="delivery-rows-bar">
        <WeightPicker weight={weight} />
        <DeliveryToolbar scope={scope} trend={false} />
      </div>
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading the investment allocation…</p> : null}
      {empty ? (
        <NoDeliveryData
          title="Nothing merged in this range"
          scoped={Boolean(scope.teamId || scope.serviceId)}
          what="merged pull requests and the commits made outside them"
        />
      ) : null}
      {data && !empty ? (
        <>
          <p className="muted investment-basis">
            {plural(data.pullRequests, 'merged pull request')} and {plural(data.directCommits, 'commit')} made
            outside pull requests, classified with{' '}
            <a href="#investment-rules">{data.rulesAreDefault ? 'the default rules' : 'your rules'}</a>.
          </p>
          <Shares data={data} category={category} />
          <Items scope={scope} weight={weight} version={version} />
        </>
      ) : null}
      <InvestmentRulesPanel onSaved={() => setVersion((v) => v + 1)} />
      <HowMeasured sections={['Investment allocation', 'Who a figure belongs to']}>
        <p>
          <strong>Items</strong> are the pull requests merged in the range and the commits authored in it that
          belong to no pull request (merge commits aside). Each goes to the category of the first rule that
          matches it, or stays unclassified. Weighed by items, each counts 1; weighed by lines, each counts
          its lines added and deleted, so a large refactoring weighs more than a one-line fix.
        </p>
      </HowMeasured>
    </div>
  );
}
