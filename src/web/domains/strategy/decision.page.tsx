import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { formatDate, formatDateTime } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { renderMarkdown } from '../help/markdown';
import { adrLabel, DECISION_WRITERS, type DecisionDetail, recordBody, statusLook } from './decision-data';
import { DecisionEditor } from './decision-editor.component';
import './decision.css';

const names = (list: string[]) => (list.length ? list.join(', ') : <span className="muted">not named</span>);

function Facts({ d }: { d: DecisionDetail }) {
  return (
    <dl className="definition-list decision-facts">
      <dt>Date</dt>
      <dd>{d.date ? formatDate(d.date) : <span className="muted">no date</span>}</dd>
      <dt>Decision-makers</dt>
      <dd>{names(d.deciders)}</dd>
      <dt>Consulted</dt>
      <dd>{names(d.consulted)}</dd>
      <dt>Informed</dt>
      <dd>{names(d.informed)}</dd>
      <dt>Services</dt>
      <dd>
        {d.services.length ? (
          d.services.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? ', ' : ''}
              <Link to={`/org/services/${s.id}`}>{s.name}</Link>
            </span>
          ))
        ) : (
          <span className="muted">none linked</span>
        )}
      </dd>
      <dt>Radar entries</dt>
      <dd>
        {d.radar.length ? (
          d.radar.map((r, i) => (
            <span key={r.key}>
              {i > 0 ? ', ' : ''}
              <Link to={`/strategy/decisions?radar=${encodeURIComponent(r.key)}`}>{r.name}</Link>{' '}
              <span className="muted">({r.ring})</span>
            </span>
          ))
        ) : (
          <span className="muted">none linked</span>
        )}
      </dd>
      <dt>Source</dt>
      <dd>
        {d.source.label}
        {d.source.sha ? (
          <>
            {' '}
            at blob <code>{d.source.sha.slice(0, 10)}</code>
          </>
        ) : null}
        {d.source.removed ? <strong> — the file is no longer in the repository</strong> : null}
        {d.edited ? <span className="muted"> · edited in Quarterdeck since</span> : null}
      </dd>
      <dt>Last updated</dt>
      <dd>{formatDateTime(d.updatedAt)}</dd>
    </dl>
  );
}

function Chain({ d }: { d: DecisionDetail }) {
  if (d.chain.length < 2) return null;
  return (
    <section className="panel" aria-labelledby="decision-chain">
      <h2 id="decision-chain">Supersession chain</h2>
      <ol className="decision-chain">
        {d.chain.map((c) => (
          <li key={c.number} aria-current={c.relation === 'this' ? 'page' : undefined}>
            {c.relation === 'this' ? (
              <strong>
                {adrLabel(c.number)} {c.title}
              </strong>
            ) : (
              <Link to={`/strategy/decisions/${c.number}`}>
                {adrLabel(c.number)} {c.title}
              </Link>
            )}{' '}
            <StatusBadge status={statusLook(c.status).status} label={statusLook(c.status).word} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** `/strategy/decisions/:number`: one record rendered from its markdown, with its facts, chain and history. */
export function DecisionPage() {
  const { number } = useParams();
  const n = Number(number);
  const [params, setParams] = useSearchParams();
  const { can } = useSession();
  const editing = params.get('edit') === '1' && can(DECISION_WRITERS);
  const detail = useApi(Number.isInteger(n) ? `adr:${n}` : null, (signal) =>
    unwrap(api.GET('/api/v1/strategy/adrs/{number}', { params: { path: { number: n } }, signal })),
  );
  const d = detail.data;
  const html = useMemo(() => (d ? renderMarkdown(recordBody(d.markdown)).html : ''), [d]);
  const setEditing = (on: boolean) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (on) next.set('edit', '1');
      else next.delete('edit');
      return next;
    });

  if (!Number.isInteger(n))
    return <ProblemView error={new Error(`“${number}” is not a record number.`)} heading="h1" />;
  if (detail.error) return <ProblemView error={detail.error} onRetry={detail.reload} heading="h1" />;
  if (!d) return <p className="loading">Loading the decision record…</p>;
  const look = statusLook(d.status);
  return (
    <div className="page decision">
      <p className="decision-back">
        <Link to="/strategy/decisions">← All decisions</Link>
      </p>
      <PageHeader
        title={`${adrLabel(d.number)} · ${d.title}`}
        description={
          <>
            <StatusBadge status={look.status} label={look.word} />
            {d.supersededBy !== null ? (
              <>
                {' '}
                by <Link to={`/strategy/decisions/${d.supersededBy}`}>{adrLabel(d.supersededBy)}</Link>
              </>
            ) : null}
          </>
        }
        actions={
          <>
            <a className="button" href={`/api/v1/strategy/adrs/${d.number}/markdown`} download={d.fileName}>
              Download {d.fileName}
            </a>
            {can(DECISION_WRITERS) && !editing ? (
              <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
                Edit
              </button>
            ) : null}
          </>
        }
      />
      {editing ? (
        <DecisionEditor
          key={d.updatedAt}
          decision={d}
          onDone={() => {
            setEditing(false);
            detail.reload();
          }}
        />
      ) : null}
      <div className="decision-layout">
        <article
          className="panel decision-markdown"
          aria-label={d.title}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown rendered by renderMarkdown, which escapes raw HTML and keeps only safe links
          dangerouslySetInnerHTML={{ __html: html }}
        />
        <aside className="decision-aside">
          <section className="panel" aria-labelledby="decision-facts">
            <h2 id="decision-facts">About this decision</h2>
            <Facts d={d} />
          </section>
          <Chain d={d} />
          <section className="panel" aria-labelledby="decision-history">
            <h2 id="decision-history">Status history</h2>
            <ol className="decision-history">
              {d.history.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the history is append-only and ordered
                <li key={i}>
                  {formatDate(h.on)}: <strong>{statusLook(h.status).word}</strong>{' '}
                  <span className="muted">({h.actor})</span>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </div>
  );
}

/** `/strategy/decisions/new`: the editor on its own page. */
export function NewDecisionPage() {
  const { can } = useSession();
  return (
    <div className="page decision">
      <p className="decision-back">
        <Link to="/strategy/decisions">← All decisions</Link>
      </p>
      <PageHeader
        title="Record a decision"
        description="Written as a MADR 4 file, numbered after the highest record."
      />
      {can(DECISION_WRITERS) ? (
        <DecisionEditor decision={null} />
      ) : (
        <ProblemView
          error={new Error('Admins, executives and managers record decisions; ask one of them.')}
        />
      )}
    </div>
  );
}
