import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { useApi } from '../../../api/use-api.hook';
import { Chart, type ChartSpec } from '../../../ui/chart/chart.component';
import { DataTable } from '../../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter } from '../../../ui/data-table/data-table.types';
import { EmptyState } from '../../../ui/empty-state/empty-state.component';
import { PageHeader } from '../../../ui/page/page-header.component';
import { ProblemView } from '../../../ui/problem/problem-view.component';
import { StatusBadge } from '../../../ui/status/status-badge.component';
import { HowMeasured } from './how-measured.component';
import {
  localPage,
  matchesText,
  ORPHAN_REASONS,
  percent,
  plural,
  type SpanInsight,
  type SpanManager,
  spanBands,
} from './insight-data';
import { InsightTabs } from './insight-tabs.component';
import { KeyFigures } from './key-figures.component';
import { useInsightScope } from './use-insight-scope.hook';
import { usePersonNames } from './use-person-names.hook';
import './insights.css';

const FILTERS: Filter[] = [
  { id: 'q', label: 'Search', type: 'search', placeholder: 'Name or title' },
  {
    id: 'flag',
    label: 'Span',
    type: 'select',
    options: [
      { value: 'narrow', label: 'Narrow (under the range)' },
      { value: 'within', label: 'Within the range' },
      { value: 'wide', label: 'Wide (over the range)' },
    ],
  },
];

function flagBadge(m: SpanManager, s: SpanInsight['summary']) {
  if (m.flag === 'narrow') return <StatusBadge status="watch" label={`Narrow (under ${s.minSpan})`} />;
  if (m.flag === 'wide') return <StatusBadge status="watch" label={`Wide (over ${s.maxSpan})`} />;
  return <StatusBadge status="good" label="Within range" />;
}

function managerColumns(s: SpanInsight['summary']): Column<SpanManager>[] {
  return [
    {
      id: 'name',
      header: 'Manager',
      sortable: true,
      rowHeader: true,
      cell: (m) => <Link to={`/org/people/${m.id}`}>{m.name}</Link>,
      csv: (m) => m.name,
    },
    { id: 'title', header: 'Title', sortable: true, cell: (m) => m.title ?? '—', csv: (m) => m.title },
    { id: 'role', header: 'Role', cell: (m) => m.role, csv: (m) => m.role, hidden: true },
    {
      id: 'directReports',
      header: 'Direct reports',
      sortable: true,
      align: 'end',
      cell: (m) => m.directReports,
      csv: (m) => m.directReports,
    },
    {
      id: 'totalReports',
      header: 'Everyone below',
      sortable: true,
      align: 'end',
      cell: (m) => m.totalReports.toLocaleString(),
      csv: (m) => m.totalReports,
    },
    {
      id: 'layer',
      header: 'Layer',
      sortable: true,
      align: 'end',
      cell: (m) => m.layer ?? '—',
      csv: (m) => m.layer,
    },
    { id: 'flag', header: 'Span', cell: (m) => flagBadge(m, s), csv: (m) => m.flag ?? 'within' },
  ];
}

const SORTS: Record<string, (m: SpanManager) => string | number | null> = {
  name: (m) => m.name,
  title: (m) => m.title,
  directReports: (m) => m.directReports,
  totalReports: (m) => m.totalReports,
  layer: (m) => m.layer,
};

function SpanCharts({ data }: { data: SpanInsight }) {
  const { minSpan, maxSpan } = data.summary;
  const distribution: ChartSpec = useMemo(() => {
    const b = spanBands(data.managers, minSpan, maxSpan);
    return {
      preset: 'stacked-bar',
      categories: b.categories,
      series: [
        { name: `${minSpan}–${maxSpan} direct reports (the range)`, values: b.within },
        { name: `Under ${minSpan} (narrow)`, values: b.narrow },
        { name: `Over ${maxSpan} (wide)`, values: b.wide },
      ],
      unit: 'managers',
    };
  }, [data, minSpan, maxSpan]);
  const byLayer: ChartSpec | null = useMemo(() => {
    const layers = new Map<number, number[]>();
    for (const m of data.managers) {
      if (m.layer === null) continue;
      layers.set(m.layer, [...(layers.get(m.layer) ?? []), m.directReports]);
    }
    if (layers.size < 2) return null;
    return {
      preset: 'distribution',
      kind: 'boxplot',
      groups: [...layers.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([layer, values]) => ({ name: `Layer ${layer}`, values })),
      unit: 'direct reports',
    };
  }, [data]);
  return (
    <div className="insight-charts">
      <section className="panel" aria-label="Managers by number of direct reports">
        <Chart
          title="Managers by number of direct reports"
          spec={distribution}
          summary={`Bars in the ${minSpan}–${maxSpan} range are managers within the recommended span; the others are flagged narrow or wide.`}
        />
      </section>
      {byLayer ? (
        <section className="panel" aria-label="Direct reports by layer">
          <Chart
            title="Direct reports by layer (1 = top)"
            spec={byLayer}
            summary="Each box spans the middle half of the managers of a layer; the line inside is the median."
          />
        </section>
      ) : null}
    </div>
  );
}

function BrokenLines({ summary }: { summary: SpanInsight['summary'] }) {
  const ids = useMemo(() => [...summary.orphans.flatMap((o) => [o.id]), ...summary.cycles.flat()], [summary]);
  const names = usePersonNames(ids);
  const person = (id: number) => <Link to={`/org/people/${id}`}>{names.get(id) ?? `Person ${id}`}</Link>;
  if (summary.orphans.length === 0 && summary.cycles.length === 0) return null;
  return (
    <section className="panel callout callout--watch" aria-labelledby="broken-lines">
      <h2 id="broken-lines">Broken reporting lines</h2>
      <p>
        Everyone should trace up to one person at the top. These people start a tree of their own, or sit in a
        loop of managers; fix their manager in the HR system and import it again.
      </p>
      {summary.orphans.length > 0 ? (
        <>
          <h3>Outside the main tree ({summary.orphans.length})</h3>
          <ul className="insight-list">
            {summary.orphans.map((o) => (
              <li key={o.id}>
                {person(o.id)}: {ORPHAN_REASONS[o.reason] ?? o.reason}
                {o.managerId ? <> (manager id {o.managerId})</> : null}; {plural(o.size, 'person', 'people')}{' '}
                in this tree
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {summary.cycles.length > 0 ? (
        <>
          <h3>Loops of managers ({summary.cycles.length})</h3>
          <ul className="insight-list">
            {summary.cycles.map((cycle) => (
              <li key={cycle.join('-')}>
                {cycle.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ' → ' : null}
                    {person(id)}
                  </span>
                ))}
                {cycle[0] !== undefined ? <> → back to {person(cycle[0])}</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** `/org/insights/span`: direct reports per manager, the 4–8 range, layers, and broken reporting lines. */
export function SpanPage() {
  const { teamId, teamName, phrase, canImport } = useInsightScope();
  const { data, error, loading, reload } = useApi(`span:${teamId ?? ''}`, (signal) =>
    unwrap(
      api.GET('/api/v1/org/insights/span-of-control', {
        params: { query: teamId ? { teamId } : {} },
        signal,
      }),
    ),
  );
  const s = data?.summary;
  const columns = useMemo(() => (s ? managerColumns(s) : []), [s]);
  const fetchPage: FetchPage<SpanManager> = useCallback(
    async (q) =>
      localPage(data?.managers ?? [], q, {
        sorts: SORTS,
        defaultSort: 'directReports',
        match: (m, f) =>
          matchesText(f.q, m.name, m.title) &&
          (!f.flag || (f.flag === 'within' ? m.flag === null : m.flag === f.flag)),
      }),
    [data],
  );

  return (
    <div className="page insight-page">
      <PageHeader
        title="Span of control"
        description={<>How many people each manager leads, and how deep the tree is: {phrase}, today.</>}
      />
      <InsightTabs />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading the reporting lines…</p> : null}
      {data && s && s.managerCount === 0 ? (
        <EmptyState
          title={teamName ? `No managers in ${teamName}` : 'No managers yet'}
          action={
            canImport ? (
              <Link to="/org/import" className="button">
                Import people
              </Link>
            ) : undefined
          }
        >
          {teamName
            ? 'Nobody placed in this team or its sub-teams has direct reports. Choose another team in the scope bar, or all teams.'
            : 'Span of control needs reporting lines: people with a manager. Import an HR export with a manager e-mail column, or a Backstage catalog with the people’s managers.'}
        </EmptyState>
      ) : null}
      {data && s && s.managerCount > 0 ? (
        <>
          <KeyFigures
            label="Span of control in figures"
            items={[
              {
                label: 'Managers',
                value: s.managerCount.toLocaleString(),
                note: `of ${s.activePeople} people`,
              },
              {
                label: 'Median span',
                value: s.medianSpan ?? '—',
                note: `direct reports; range ${s.minSpan}–${s.maxSpan}`,
                status:
                  s.medianSpan === null
                    ? 'no-data'
                    : s.medianSpan >= s.minSpan && s.medianSpan <= s.maxSpan
                      ? 'good'
                      : 'watch',
              },
              {
                label: `Within ${s.minSpan}–${s.maxSpan}`,
                value: percent(s.withinRangeShare),
                note: 'of managers',
              },
              {
                label: `Outside ${s.minSpan}–${s.maxSpan}`,
                value: s.narrowManagers + s.wideManagers,
                note: `${s.narrowManagers} narrow (under ${s.minSpan}), ${s.wideManagers} wide (over ${s.maxSpan})`,
              },
              { label: 'Layers', value: s.layers, note: 'from the top to the deepest person' },
              {
                label: 'Broken lines',
                value: s.orphans.length + s.cycles.length,
                status: s.orphans.length + s.cycles.length === 0 ? 'good' : 'bad',
                statusLabel: s.orphans.length + s.cycles.length === 0 ? 'None' : 'Fix',
                note: `${plural(s.orphans.length, 'orphan')}, ${plural(s.cycles.length, 'loop')}`,
              },
            ]}
          />
          <SpanCharts data={data} />
          <BrokenLines summary={s} />
          <section className="panel" aria-labelledby="span-managers">
            <h2 id="span-managers">Managers</h2>
            <DataTable
              id="span-managers"
              label="Managers and their span of control"
              columns={columns}
              rowKey={(m) => m.id}
              filters={FILTERS}
              fetchPage={fetchPage}
              defaultSort="directReports"
              maxPageSize={500}
              dependsOn={`${teamId ?? ''}:${data.managers.length}:${data.summary.managerCount}`}
            />
          </section>
        </>
      ) : null}
      <HowMeasured section="Span of control">
        <blockquote>
          Per manager — direct reports, total reports (everyone below them in the reporting tree), layer (1 =
          top of the tree) and a flag: <code>narrow</code> under 4 direct reports, <code>wide</code> over 8,
          none within 4–8. […] A manager is anyone with at least one active direct report, whatever their
          role. […] every other root is an orphan, listed with why — more than one root means broken reporting
          lines.
        </blockquote>
        <p>
          The range follows Will Larson, <cite>An Elegant Puzzle</cite>, “Sizing teams”: managers should
          support six to eight engineers; with fewer than four they tend to work as tech lead managers, with
          more than eight or nine they can only coach and catch problems.
        </p>
      </HowMeasured>
    </div>
  );
}
