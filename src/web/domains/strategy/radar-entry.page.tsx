import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { ConfirmButton } from '../../ui/confirm-button/confirm-button.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { useToast } from '../../ui/toast/toast.component';
import { renderMarkdown } from '../help/markdown';
import { RADAR_EDITORS, type RadarData, type RadarEntryData } from './radar.types';
import { movedWords, ringColor } from './radar-chart.component';
import { EntryForm, MoveForm } from './radar-forms.component';
import './radar.css';

function Markdown({ text }: { text: string }) {
  // Raw HTML in the text is shown as text (renderMarkdown escapes it); links keep web and in-app targets.
  // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered by renderMarkdown, which escapes raw HTML
  return <div className="radar-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(text).html }} />;
}

function direction(d: number, first: boolean): string {
  if (first) return 'placed';
  return d > 0 ? 'moved in' : d < 0 ? 'moved out' : 'unchanged';
}

function History({ radar, entry }: { radar: RadarData; entry: RadarEntryData }) {
  if (entry.history.length === 0) return <p className="muted">No dated moves recorded.</p>;
  return (
    <ol className="radar-history" reversed>
      {entry.history.map((m, i) => (
        <li key={`${m.date}-${m.ringId}`}>
          <span
            className="radar-swatch"
            style={{ background: ringColor(radar, m.ringId) }}
            aria-hidden="true"
          />
          <time dateTime={m.date}>{m.date}</time> · <strong>{m.ring}</strong>{' '}
          <span className="muted">({direction(m.direction, i === entry.history.length - 1)})</span>
          {m.description ? <p>{m.description}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** One radar entry: what it is and where it stands, its links, its history; leaders move, edit, remove it. */
export function RadarEntryPage() {
  const { key = '' } = useParams();
  const { can } = useSession();
  const editor = can(RADAR_EDITORS);
  const navigate = useNavigate();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const { data, error, reload } = useApi('strategy-radar', (signal) =>
    unwrap(api.GET('/api/v1/strategy/radar', { signal })),
  );
  const watch = useApi('strategy-watch-list', (signal) =>
    unwrap(api.GET('/api/v1/strategy/watch-list', { signal })),
  );
  const entry = data?.entries.find((e) => e.key === key);
  const crumbs = (
    <p className="breadcrumb">
      <Link to="/strategy/radar">Tech radar</Link> <span aria-hidden="true">›</span> {entry?.name ?? key}
    </p>
  );
  if (error)
    return (
      <div className="page">
        {crumbs}
        <ProblemView error={error} onRetry={reload} heading="h1" />
      </div>
    );
  if (!data) return <p className="loading">Loading…</p>;
  if (!entry)
    return (
      <div className="page">
        {crumbs}
        <PageHeader title="Entry not found" />
        <p>
          The radar has no entry “{key}”. It may have been renamed or removed;{' '}
          <Link to="/strategy/radar">see the whole radar</Link>.
        </p>
      </div>
    );
  const watching = (watch.data?.items ?? []).filter((w) => w.radarEntryKey === entry.key);
  return (
    <div className="page radar-entry">
      {crumbs}
      <PageHeader
        title={entry.name}
        description={
          <>
            <span className="radar-ring-badge" style={{ borderColor: ringColor(data, entry.ringId) }}>
              {entry.ring}
            </span>{' '}
            in {entry.quadrant} · {movedWords(entry)}
          </>
        }
        actions={
          editor ? (
            <>
              <button
                type="button"
                className="button button--small"
                onClick={() => setEditing((e) => !e)}
                aria-expanded={editing}
              >
                Edit
              </button>
              <ConfirmButton
                label="Remove"
                question={`Remove ${entry.name} and its history?`}
                onConfirm={async () => {
                  await unwrap(
                    api.DELETE('/api/v1/strategy/radar/entries/{key}', {
                      params: { path: { key: entry.key } },
                    }),
                  );
                  toast(`${entry.name} removed from the radar`);
                  navigate('/strategy/radar');
                }}
              />
            </>
          ) : null
        }
      />
      {editing ? (
        <section className="panel" aria-labelledby="radar-edit">
          <h2 id="radar-edit">Edit {entry.name}</h2>
          <EntryForm
            radar={data}
            entry={entry}
            onDone={() => {
              setEditing(false);
              reload();
            }}
            onCancel={() => setEditing(false)}
          />
        </section>
      ) : null}
      <div className="radar-entry__grid">
        <section className="panel" aria-labelledby="radar-about">
          <h2 id="radar-about">About</h2>
          {entry.description ? (
            <Markdown text={entry.description} />
          ) : (
            <p className="muted">No description yet.</p>
          )}
          {entry.url || entry.links.length ? (
            <ul className="plain-list radar-links">
              {entry.url ? (
                <li>
                  <a href={entry.url} rel="noreferrer noopener" target="_blank">
                    {entry.url}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                </li>
              ) : null}
              {entry.links.map((l) => (
                <li key={l.url}>
                  <a href={l.url} rel="noreferrer noopener" target="_blank">
                    {l.title}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <h3>Across strategy</h3>
          <ul className="plain-list">
            <li>
              <Link to={`/strategy/stack?entry=${encodeURIComponent(entry.key)}`}>
                Where the code uses it
              </Link>{' '}
              <span className="muted">(stack inventory)</span>
            </li>
            <li>
              <Link to={`/strategy/decisions?radar=${encodeURIComponent(entry.key)}`}>
                Decision records about it
              </Link>
            </li>
            {watching.map((w) => (
              <li key={w.id}>
                On the <Link to={`/strategy/radar/watch#watch-${w.id}`}>watch list</Link> as “{w.name}” (
                {w.status})
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="radar-history">
          <h2 id="radar-history">History</h2>
          <History radar={data} entry={entry} />
        </section>
        {editor ? (
          <section className="panel" aria-labelledby="radar-move">
            <h2 id="radar-move">Move to another ring</h2>
            <MoveForm radar={data} entry={entry} onDone={reload} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
