import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { ConfirmButton } from '../../ui/confirm-button/confirm-button.component';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { SelectField } from '../../ui/form/fields.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { useToast } from '../../ui/toast/toast.component';
import { renderMarkdown } from '../help/markdown';
import { RADAR_EDITORS, type RadarData, type WatchItemData } from './radar.types';
import { RadarTabs } from './radar-tabs.component';
import { WATCH_STATUSES, WatchItemForm } from './watch-item-form.component';
import './radar.css';

function Notes({ text }: { text: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered by renderMarkdown, which escapes raw HTML
  return <div className="radar-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(text).html }} />;
}

function Item({
  item,
  editor,
  radar,
  onChanged,
}: {
  item: WatchItemData;
  editor: boolean;
  radar: RadarData | undefined;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const toast = useToast();
  return (
    <article className="panel watch-item" id={`watch-${item.id}`} aria-labelledby={`watch-${item.id}-name`}>
      <header className="watch-item__head">
        <h2 id={`watch-${item.id}-name`}>{item.name}</h2>
        <span className={`watch-status watch-status--${item.status}`}>{item.status}</span>
      </header>
      <p className="muted">
        {item.category || 'No category'} · owner{' '}
        {item.ownerPersonId ? (
          <Link to={`/org/people/${item.ownerPersonId}`}>{item.ownerName}</Link>
        ) : (
          'nobody yet'
        )}
        {item.radarEntryKey ? (
          <>
            {' '}
            · on the radar as{' '}
            <Link to={`/strategy/radar/${encodeURIComponent(item.radarEntryKey)}`}>
              {item.radarEntryName}
            </Link>
          </>
        ) : null}
      </p>
      {item.notes ? <Notes text={item.notes} /> : <p className="muted">No assessment notes yet.</p>}
      {item.decision || item.decisionRef ? (
        <p className="watch-item__decision">
          <strong>Decision:</strong> {item.decision || 'recorded in the decision record'}
          {item.decisionRef && item.decisionNumber !== null ? (
            <>
              {' '}
              (<Link to={`/strategy/decisions/${item.decisionNumber}`}>{item.decisionRef}</Link>)
            </>
          ) : null}
        </p>
      ) : null}
      {editor ? (
        <div className="row">
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
            question={`Remove ${item.name} from the watch list?`}
            onConfirm={async () => {
              await unwrap(
                api.DELETE('/api/v1/strategy/watch-list/{id}', { params: { path: { id: item.id } } }),
              );
              toast(`${item.name} removed`);
              onChanged();
            }}
          />
        </div>
      ) : null}
      {editing ? (
        <WatchItemForm
          item={item}
          radar={radar}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </article>
  );
}

/** `/strategy/radar/watch`: emerging technology leaders keep an eye on, and what came of it. */
export function WatchListPage() {
  const { can } = useSession();
  const editor = can(RADAR_EDITORS);
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const status = params.get('status') ?? '';
  const { data, error, reload } = useApi('strategy-watch-list', (signal) =>
    unwrap(api.GET('/api/v1/strategy/watch-list', { signal })),
  );
  const radar = useApi('strategy-radar', (signal) => unwrap(api.GET('/api/v1/strategy/radar', { signal })));
  const items = (data?.items ?? []).filter((i) => !status || i.status === status);
  return (
    <div className="radar-page">
      <PageHeader
        title="Watch list"
        description="Emerging technology we keep an eye on: who watches it, what the assessment found, and the decision it led to."
        actions={
          editor ? (
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => setAdding((a) => !a)}
              aria-expanded={adding}
            >
              Add a technology
            </button>
          ) : null
        }
      />
      <RadarTabs />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {adding ? (
        <section className="panel" aria-labelledby="watch-add">
          <h2 id="watch-add">Add a technology</h2>
          <WatchItemForm
            radar={radar.data}
            onDone={() => {
              setAdding(false);
              reload();
            }}
            onCancel={() => setAdding(false)}
          />
        </section>
      ) : null}
      {data && data.items.length === 0 ? (
        <EmptyState title="Nothing on the watch list yet">
          <p>
            Put emerging technology here — AI tooling, new platforms — with an owner who assesses it.
            {editor ? ' Use “Add a technology”.' : ' Executives and admins add items.'}
          </p>
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <section className="radar-filters row" aria-label="Filter the watch list">
            <SelectField
              label="Status"
              name="status"
              value={status}
              onChange={(v) => setParams(v ? { status: v } : {}, { replace: true })}
              options={[{ value: '', label: 'Every status' }, ...WATCH_STATUSES]}
            />
            <p className="muted radar-filters__count" aria-live="polite">
              {items.length} of {data.items.length} items
            </p>
          </section>
          <div className="watch-list">
            {items.map((i) => (
              <Item key={i.id} item={i} editor={editor} radar={radar.data} onChanged={reload} />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
