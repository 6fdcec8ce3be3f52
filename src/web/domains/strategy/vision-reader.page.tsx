import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { formatDate, formatDateTime } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { renderMarkdown } from '../help/markdown';
import { LEADERS, type VisionDetail, type VisionSummary } from './direction-data';
import { DirectionTabs } from './direction-tabs.component';
import { VisionEditor } from './vision-editor.component';
import './direction.css';

const STATE: Record<VisionSummary['state'], { status: 'good' | 'watch' | 'no-data'; word: string }> = {
  current: { status: 'good', word: 'Current' },
  'review-due': { status: 'watch', word: 'Review due' },
  'out-of-period': { status: 'no-data', word: 'Outside its period' },
};

/** The half-year of today: `2026-H2`. */
function currentHalf(): string {
  const d = new Date();
  return `${d.getUTCFullYear()}-H${d.getUTCMonth() < 6 ? 1 : 2}`;
}

function VisionBody({
  vision,
  version,
}: {
  vision: VisionDetail;
  version: VisionDetail['versions'][number] | null;
}) {
  const shown = version ?? vision;
  const html = useMemo(() => renderMarkdown(shown.body).html, [shown.body]);
  return (
    <>
      {version && version.version !== vision.version ? (
        <p className="callout callout--watch" role="status">
          You are reading version {version.version} of {vision.version}, saved{' '}
          {formatDateTime(version.savedAt)} by {version.savedBy}.{' '}
          <Link to={`?period=${vision.period}`}>Read the current version</Link>
        </p>
      ) : null}
      <section className="panel" aria-labelledby="vision-objectives">
        <h2 id="vision-objectives">Business objectives it serves</h2>
        {shown.objectives.length ? (
          <ul>
            {shown.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">None named yet.</p>
        )}
      </section>
      <article
        className="panel direction-markdown"
        aria-label={shown.title}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown rendered by renderMarkdown, which escapes raw HTML and keeps only web, mail and in-app links
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </>
  );
}

function History({ vision, selected }: { vision: VisionDetail; selected: number }) {
  return (
    <section className="panel" aria-labelledby="vision-history">
      <h2 id="vision-history">History</h2>
      <table className="simple-table">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">By</th>
            <th scope="col">Title</th>
          </tr>
        </thead>
        <tbody>
          {vision.versions.map((v) => (
            <tr key={v.version} aria-current={v.version === selected ? 'true' : undefined}>
              <td>
                <Link to={`?period=${vision.period}&version=${v.version}`}>Version {v.version}</Link>
                {v.version === vision.version ? ' (current)' : ''}
              </td>
              <td>{formatDateTime(v.savedAt)}</td>
              <td>{v.savedBy}</td>
              <td>{v.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** `/strategy`: the technical vision of a period, its versions and, for leaders, its editor. */
export function VisionPage() {
  const [params, setParams] = useSearchParams();
  const { can } = useSession();
  const leader = can(LEADERS);
  const list = useApi('visions', (signal) => unwrap(api.GET('/api/v1/strategy/visions', { signal })));
  const items = list.data?.items ?? [];
  const period =
    params.get('period') ??
    items.find((v) => v.state !== 'out-of-period')?.period ??
    items[0]?.period ??
    null;
  const detail = useApi(
    period && items.some((v) => v.period === period) ? `vision:${period}` : null,
    (signal) =>
      unwrap(api.GET('/api/v1/strategy/visions/{period}', { params: { path: { period: period! } }, signal })),
  );
  const editing = params.get('edit') === '1';
  const setEditing = (on: boolean) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (on) next.set('edit', '1');
      else next.delete('edit');
      next.delete('version');
      return next;
    });
  const vision = detail.data;
  const versionNo = Number(params.get('version') ?? vision?.version ?? 0);
  const version = vision?.versions.find((v) => v.version === versionNo) ?? null;
  const saved = () => {
    setEditing(false);
    list.reload();
    detail.reload();
  };

  return (
    <div className="page direction-page">
      <PageHeader
        title="Technical vision"
        description="Where engineering is going this period, the business objectives it serves, and who owns it. Every change is kept as a version."
        actions={
          leader && vision && !editing ? (
            <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
              Edit the vision
            </button>
          ) : null
        }
      />
      <DirectionTabs />
      {list.error ? <ProblemView error={list.error} onRetry={list.reload} /> : null}
      {detail.error ? <ProblemView error={detail.error} onRetry={detail.reload} /> : null}
      {list.loading && !list.data ? <p className="loading">Loading the vision…</p> : null}
      {items.length > 1 ? (
        <nav className="direction-periods" aria-label="Periods">
          {items.map((v) => (
            <Link
              key={v.period}
              to={`?period=${v.period}`}
              aria-current={v.period === period ? 'page' : undefined}
            >
              {v.period}
            </Link>
          ))}
        </nav>
      ) : null}
      {list.data && items.length === 0 && !editing ? (
        <EmptyState
          title="No vision written yet"
          action={
            leader ? (
              <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
                Write the vision of {currentHalf()}
              </button>
            ) : null
          }
        >
          <p>
            The vision says where engineering is going this period and which business objectives it serves.{' '}
            {leader
              ? 'Write it in markdown; every save keeps a version.'
              : 'An admin or executive writes it.'}
          </p>
        </EmptyState>
      ) : null}
      {list.data && items.length > 0 && period && !items.some((v) => v.period === period) && !editing ? (
        <EmptyState
          title={`No vision for ${period}`}
          action={
            leader ? (
              <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
                Write the vision of {period}
              </button>
            ) : null
          }
        >
          <p>Pick another period above{leader ? ', or write this one; every save keeps a version.' : '.'}</p>
        </EmptyState>
      ) : null}
      {editing && leader ? (
        <VisionEditor
          period={period ?? currentHalf()}
          vision={vision ?? null}
          onSaved={saved}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {vision && !editing ? (
        <>
          <section className="panel direction-vision-head" aria-label="About this vision">
            <h2>
              {vision.title} <span className="muted">· {vision.period}</span>
            </h2>
            <dl className="definition-list">
              <dt>State</dt>
              <dd>
                <StatusBadge status={STATE[vision.state].status} label={STATE[vision.state].word} />
              </dd>
              <dt>Owner</dt>
              <dd>
                {vision.owner ? (
                  <Link to={`/org/people/${vision.owner.id}`}>{vision.owner.name}</Link>
                ) : (
                  'Nobody yet'
                )}
              </dd>
              <dt>Review by</dt>
              <dd>{vision.reviewOn ? formatDate(vision.reviewOn) : 'No date set'}</dd>
              <dt>Version</dt>
              <dd>
                {vision.version}, saved {formatDateTime(vision.updatedAt)} by {vision.updatedBy}
              </dd>
            </dl>
          </section>
          <VisionBody vision={vision} version={version} />
          <History vision={vision} selected={versionNo} />
        </>
      ) : null}
    </div>
  );
}
