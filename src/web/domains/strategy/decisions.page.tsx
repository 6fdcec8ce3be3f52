import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { formatDate } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import {
  adrLabel,
  DECISION_STATUSES,
  DECISION_WRITERS,
  type DecisionStatus,
  type DecisionSummary,
  statusLook,
} from './decision-data';
import { DecisionTimelinePanel, MissingDecisionsPanel } from './decision-panels.component';
import './decision.css';

const PAGE = 50;

/** «word» marks from the search excerpt, as <mark>. */
function Excerpt({ text }: { text: string }) {
  const parts = text.split(/(«[^»]*»)/);
  return (
    <p className="decision-excerpt">
      {parts.map((p, i) =>
        p.startsWith('«') ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: fragments of one fixed string
          <mark key={i}>{p.slice(1, -1)}</mark>
        ) : (
          p
        ),
      )}
    </p>
  );
}

function Row({ d }: { d: DecisionSummary }) {
  const look = statusLook(d.status);
  return (
    <tr>
      <td className="num">
        <Link to={`/strategy/decisions/${d.number}`}>{adrLabel(d.number)}</Link>
      </td>
      <td>
        <Link to={`/strategy/decisions/${d.number}`}>{d.title}</Link>
        {d.supersededBy !== null ? (
          <span className="muted"> · replaced by {adrLabel(d.supersededBy)}</span>
        ) : null}
        {d.excerpt ? <Excerpt text={d.excerpt} /> : null}
      </td>
      <td>
        <StatusBadge status={look.status} label={look.word} />
      </td>
      <td>{d.date ? formatDate(d.date) : <span className="muted">no date</span>}</td>
      <td>
        {d.services.length ? (
          d.services.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? ', ' : ''}
              <Link to={`/org/services/${s.id}`}>{s.name}</Link>
            </span>
          ))
        ) : (
          <span className="muted">none</span>
        )}
      </td>
      <td>
        {d.source.kind === 'repository'
          ? d.source.repository
          : d.source.kind === 'folder'
            ? 'imported'
            : 'Quarterdeck'}
      </td>
    </tr>
  );
}

/** `/strategy/decisions`: search and filter decision records, the timeline, and services without any. */
export function DecisionsPage() {
  const [params, setParams] = useSearchParams();
  const { can } = useSession();
  const ids = useId();
  const q = params.get('q') ?? '';
  const status = (params.get('status') ?? '') as DecisionStatus | '';
  const service = params.get('service') ?? '';
  const radar = params.get('radar') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);

  const set = (changes: Record<string, string | null>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      if (!('offset' in changes)) next.delete('offset');
      return next;
    });

  const key = `adrs:${q}:${status}:${service}:${radar}:${offset}`;
  const list = useApi(key, (signal) =>
    unwrap(
      api.GET('/api/v1/strategy/adrs', {
        params: {
          query: {
            ...(q ? { q } : {}),
            ...(status ? { status } : {}),
            ...(service ? { service } : {}),
            ...(radar ? { radar } : {}),
            limit: PAGE,
            offset,
          },
        },
        signal,
      }),
    ),
  );
  const filtered = Boolean(q || status || service || radar);
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    set({ q: draft.trim() || null });
  };
  const total = list.data?.total ?? 0;

  return (
    <div className="page decisions">
      <PageHeader
        title="Decisions"
        description="Architecture decision records: what was decided, why, by whom, and what replaced it."
        actions={
          <>
            <a className="button" href="/api/v1/strategy/adrs/export.tar" download>
              Download all (MADR)
            </a>
            {can(DECISION_WRITERS) ? (
              <Link className="button button--primary" to="/strategy/decisions/new">
                Record a decision
              </Link>
            ) : null}
          </>
        }
      />
      <search>
        <form className="decision-toolbar" onSubmit={onSearch}>
          <div className="decision-toolbar__field">
            <label className="field__label" htmlFor={`${ids}-q`}>
              Search titles and text
            </label>
            <input
              id={`${ids}-q`}
              type="search"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              placeholder='e.g. kafka, "feature flags", postgres -mongodb'
            />
          </div>
          <button type="submit" className="button">
            Search
          </button>
          <div className="decision-toolbar__field">
            <label className="field__label" htmlFor={`${ids}-status`}>
              Status
            </label>
            <select
              id={`${ids}-status`}
              value={status}
              onChange={(e) => set({ status: e.target.value || null })}
            >
              <option value="">Any status</option>
              {DECISION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLook(s).word}
                </option>
              ))}
            </select>
          </div>
          {service || radar ? (
            <p className="decision-toolbar__chips">
              {service ? (
                <>
                  Service <strong>{service}</strong>{' '}
                </>
              ) : null}
              {radar ? (
                <>
                  Radar entry <strong>{radar}</strong>{' '}
                </>
              ) : null}
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => set({ service: null, radar: null })}
              >
                Clear
              </button>
            </p>
          ) : null}
        </form>
      </search>

      {list.error ? (
        <ProblemView error={list.error} onRetry={list.reload} />
      ) : list.data && total === 0 && !filtered ? (
        <EmptyState
          title="No decision records yet"
          command="quarterdeck import adr docs/adr"
          action={
            can(DECISION_WRITERS) ? (
              <Link className="button" to="/strategy/decisions/new">
                Record a decision
              </Link>
            ) : undefined
          }
        >
          <p>
            Import a folder of MADR files, or let the daily sync read <code>docs/adr</code> of the
            repositories Quarterdeck reads. Leaders can also write one here.
          </p>
        </EmptyState>
      ) : list.data && total === 0 ? (
        <p className="panel" role="status">
          No decision record matches.{' '}
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => set({ q: null, status: null, service: null, radar: null })}
          >
            Clear the search
          </button>
        </p>
      ) : list.data ? (
        <section className="panel" aria-labelledby={`${ids}-results`}>
          <h2 id={`${ids}-results`} className="decision-results__title">
            {total} decision record{total === 1 ? '' : 's'}
            {q ? <> matching “{q}”, best match first</> : null}
          </h2>
          <table className="simple-table decision-table">
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Decision</th>
                <th scope="col">Status</th>
                <th scope="col">Date</th>
                <th scope="col">Services</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((d) => (
                <Row key={d.number} d={d} />
              ))}
            </tbody>
          </table>
          {total > PAGE ? (
            <nav className="row decision-pager" aria-label="Pages of results">
              <button
                type="button"
                className="button button--small"
                disabled={offset === 0}
                onClick={() => set({ offset: String(Math.max(0, offset - PAGE)) })}
              >
                Previous
              </button>
              <span>
                {offset + 1}–{Math.min(total, offset + PAGE)} of {total}
              </span>
              <button
                type="button"
                className="button button--small"
                disabled={offset + PAGE >= total}
                onClick={() => set({ offset: String(offset + PAGE) })}
              >
                Next
              </button>
            </nav>
          ) : null}
        </section>
      ) : (
        <p className="loading">Loading decision records…</p>
      )}

      <div className="decision-panels">
        <DecisionTimelinePanel
          all={params.get('months') === 'all'}
          onAll={(on) => set({ months: on ? 'all' : null, offset: offset ? String(offset) : null })}
        />
        <MissingDecisionsPanel
          all={params.get('missing') === 'all'}
          onAll={(on) => set({ missing: on ? 'all' : null, offset: offset ? String(offset) : null })}
        />
      </div>
    </div>
  );
}
