import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import type { Output } from '../../../api/types';
import { useApi } from '../../../api/use-api.hook';
import { DataTable } from '../../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter } from '../../../ui/data-table/data-table.types';
import { EmptyState } from '../../../ui/empty-state/empty-state.component';
import { formatDateTime } from '../../../ui/format/format';
import { PageHeader } from '../../../ui/page/page-header.component';
import { useToast } from '../../../ui/toast/toast.component';
import { describeChange, type IdentityChange, IdentityChanges } from './identity-changes.component';
import { PersonPicker, type PersonPickerHandle, type PickedPerson } from './person-picker.component';
import './identities.css';

type Identity = Output<'/api/v1/org/identities'>['items'][number];
type Kind = Identity['kind'];
type View = 'unmatched' | 'matched' | 'ignored' | 'all';

const VIEWS: { id: View; label: string }[] = [
  { id: 'unmatched', label: 'To review' },
  { id: 'matched', label: 'Matched' },
  { id: 'ignored', label: 'Ignored' },
  { id: 'all', label: 'All' },
];
const KINDS: { value: Kind; label: string }[] = [
  { value: 'git', label: 'Git author e-mail' },
  { value: 'github', label: 'GitHub login' },
  { value: 'email', label: 'E-mail' },
  { value: 'sso', label: 'Single sign-on subject' },
];
const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k.value, k.label])) as Record<Kind, string>;
const FILTERS: Filter[] = [
  { id: 'q', label: 'Search', type: 'search', placeholder: 'E-mail, login or name' },
  { id: 'kind', label: 'Kind', type: 'select', options: KINDS },
];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The change just made, offered for undo at the top of the page (toasts carry no buttons). */
interface LastChange {
  changeId: number;
  text: string;
}

/**
 * `/org/identities` (admins and executives): the review queue of git authors, GitHub logins and
 * e-mails no person matched automatically. Assign one or several (a merge) to a person, ignore bots;
 * every change is listed under Recent changes and can be undone.
 */
export function IdentitiesPage() {
  const toast = useToast();
  const [params] = useSearchParams();
  const view = (VIEWS.find((v) => v.id === params.get('view'))?.id ?? 'unmatched') as View;
  const [selected, setSelected] = useState<Map<number, Identity>>(new Map());
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [busy, setBusy] = useState(false);
  const [undoing, setUndoing] = useState<number | null>(null);
  const [last, setLast] = useState<LastChange | null>(null);
  const [version, setVersion] = useState(0);
  const [queueTotal, setQueueTotal] = useState<number | null>(null);
  const picker = useRef<PersonPickerHandle>(null);
  const changes = useApi(`identity-changes:${version}`, (signal) =>
    unwrap(api.GET('/api/v1/org/identity-changes', { signal })),
  );

  const fetchPage: FetchPage<Identity> = useCallback(
    async (q, signal) => {
      const kind = KINDS.find((k) => k.value === q.filters.kind)?.value;
      const page = await unwrap(
        api.GET('/api/v1/org/identities', {
          params: {
            query: {
              status: view === 'all' ? undefined : view,
              kind,
              q: q.filters.q || undefined,
              limit: q.limit,
              offset: q.offset,
            },
          },
          signal,
        }),
      );
      if (view === 'unmatched' && !q.filters.q && !kind) setQueueTotal(page.total);
      return { items: page.items, total: page.total, nextCursor: null };
    },
    [view],
  );

  const toggle = useCallback((row: Identity, on: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(row.id, row);
      else next.delete(row.id);
      return next;
    });
  }, []);

  const changed = (change: LastChange) => {
    setLast(change);
    setSelected(new Map());
    picker.current?.clear();
    setVersion((v) => v + 1);
  };

  const assign = async (ids: number[], to: PickedPerson) => {
    setBusy(true);
    try {
      const r = await unwrap(
        api.POST('/api/v1/org/identities/assign', { body: { identityIds: ids, personId: to.id } }),
      );
      const text =
        ids.length === 1
          ? `Assigned ${selected.get(ids[0] ?? 0)?.value ?? 'the identity'} to ${to.name}`
          : `Merged ${ids.length} identities into ${to.name}`;
      changed({ changeId: r.changeId, text });
      toast(`${text}. Undo is at the top of the page and under Recent changes.`);
    } catch (err) {
      toast(err instanceof Error ? err.message : 'Could not assign', 'error');
    } finally {
      setBusy(false);
    }
  };

  const ignore = async (rows: Identity[]) => {
    setBusy(true);
    try {
      const r = await unwrap(
        api.POST('/api/v1/org/identities/ignore', { body: { identityIds: rows.map((i) => i.id) } }),
      );
      const text = rows.length === 1 ? `Ignored ${rows[0]?.value}` : `Ignored ${rows.length} identities`;
      changed({ changeId: r.changeId, text });
      toast(`${text}. Undo is at the top of the page and under Recent changes.`);
    } catch (err) {
      toast(err instanceof Error ? err.message : 'Could not ignore', 'error');
    } finally {
      setBusy(false);
    }
  };

  const undo = async (changeId: number, text: string) => {
    setUndoing(changeId);
    try {
      await unwrap(
        api.POST('/api/v1/org/identity-changes/{id}/undo', { params: { path: { id: changeId } } }),
      );
      toast(`Undone: ${text}`);
      setLast(null);
      setVersion((v) => v + 1);
    } catch (err) {
      toast(err instanceof Error ? err.message : 'Could not undo', 'error');
    } finally {
      setUndoing(null);
    }
  };

  const ignoreRef = useRef(ignore);
  ignoreRef.current = ignore;

  const columns: Column<Identity>[] = useMemo(
    () => [
      {
        id: 'select',
        header: 'Select',
        cell: (i) => (
          <input
            type="checkbox"
            aria-label={`Select ${i.value}`}
            checked={selected.has(i.id)}
            onChange={(e) => toggle(i, e.target.checked)}
          />
        ),
      },
      {
        id: 'value',
        header: 'Identity',
        rowHeader: true,
        cell: (i) => <span className="identity__value">{i.value}</span>,
        csv: (i) => i.value,
      },
      { id: 'kind', header: 'Kind', cell: (i) => KIND_LABEL[i.kind], csv: (i) => i.kind },
      {
        id: 'displayName',
        header: 'Name seen',
        cell: (i) => i.displayName ?? '—',
        csv: (i) => i.displayName,
      },
      {
        id: 'person',
        header: 'Person',
        cell: (i) =>
          i.personId ? (
            <>
              <Link to={`/org/people/${i.personId}`}>{i.personName ?? `Person ${i.personId}`}</Link>
              {i.method ? <span className="muted"> ({i.method})</span> : null}
            </>
          ) : i.ignored ? (
            <span className="muted">Ignored</span>
          ) : (
            <span className="identity__unmatched">Not matched</span>
          ),
        csv: (i) => i.personName,
      },
      {
        id: 'lastSeen',
        header: 'Last seen',
        nowrap: true,
        cell: (i) => formatDateTime(i.lastSeen),
        csv: (i) => i.lastSeen,
        hidden: true,
      },
      {
        id: 'actions',
        header: 'Actions',
        cell: (i) => (
          <span className="row identity__actions">
            <button
              type="button"
              className="button button--small"
              aria-label={`Assign ${i.value}`}
              onClick={() => {
                setSelected(new Map([[i.id, i]]));
                picker.current?.search(i.displayName ?? i.value.split('@')[0]?.replace(/[._-]+/g, ' ') ?? '');
              }}
            >
              Assign…
            </button>
            {i.ignored ? null : (
              <button
                type="button"
                className="button button--small"
                aria-label={`Ignore ${i.value}`}
                disabled={busy}
                onClick={() => void ignoreRef.current([i])}
              >
                Ignore
              </button>
            )}
          </span>
        ),
      },
    ],
    [selected, toggle, busy],
  );

  const picked = [...selected.values()];
  const assignLabel = person
    ? picked.length > 1
      ? `Merge ${picked.length} identities into ${person.name}`
      : `Assign to ${person.name}`
    : 'Assign';

  return (
    <div className="page identities-page">
      <PageHeader
        title="Identities"
        description="Git authors, GitHub logins and e-mail addresses seen in your sources, matched to people so that their commits and reviews count for the right person. Assign what was not matched; ignore bots and shared accounts."
      />
      {last ? (
        <div className="callout callout--good identity-last" role="status">
          <span>
            <span aria-hidden="true">✓ </span>
            {last.text}.
          </span>
          <button
            type="button"
            className="button button--small"
            disabled={undoing !== null}
            onClick={() => void undo(last.changeId, last.text)}
          >
            {undoing === last.changeId ? 'Undoing…' : 'Undo'}
          </button>
        </div>
      ) : null}
      <nav className="identity-views" aria-label="Identity lists">
        {VIEWS.map((v) => (
          <Link
            key={v.id}
            to={v.id === 'unmatched' ? '?' : `?view=${v.id}`}
            aria-current={view === v.id ? 'page' : undefined}
            className="identity-views__link"
            onClick={() => setSelected(new Map())}
          >
            {v.label}
            {v.id === 'unmatched' && queueTotal !== null ? ` (${queueTotal})` : null}
          </Link>
        ))}
      </nav>
      <section className="panel identity-actions" aria-labelledby="identity-actions">
        <h2 id="identity-actions">
          {picked.length === 0
            ? 'Assign or ignore'
            : `${plural(picked.length, 'identity', 'identities')} selected`}
        </h2>
        {picked.length === 0 ? (
          <p className="muted">
            Press “Assign…” on an identity, or tick several that belong to the same person (a merge), then
            choose the person.
          </p>
        ) : (
          <ul className="identity-chips" aria-label="Selected identities">
            {picked.map((i) => (
              <li key={i.id} className="identity-chip">
                <span>{i.value}</span>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={`Remove ${i.value} from the selection`}
                  onClick={() => toggle(i, false)}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="identity-actions__row">
          <PersonPicker
            ref={picker}
            label="Person"
            value={person}
            onChange={setPerson}
            hint="The person the selected identities belong to."
          />
          <div className="row identity-actions__buttons">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !person || picked.length === 0}
              onClick={() =>
                person &&
                void assign(
                  picked.map((i) => i.id),
                  person,
                )
              }
            >
              {busy ? 'Saving…' : assignLabel}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy || picked.length === 0 || picked.every((i) => i.ignored)}
              onClick={() => void ignore(picked.filter((i) => !i.ignored))}
            >
              {picked.length > 1 ? `Ignore ${picked.length}` : 'Ignore'}
            </button>
            {picked.length > 0 ? (
              <button type="button" className="button button--ghost" onClick={() => setSelected(new Map())}>
                Clear selection
              </button>
            ) : null}
          </div>
        </div>
      </section>
      <DataTable
        id="identities"
        label={`Identities: ${VIEWS.find((v) => v.id === view)?.label ?? view}`}
        columns={columns}
        rowKey={(i) => i.id}
        filters={FILTERS}
        fetchPage={fetchPage}
        maxPageSize={500}
        dependsOn={`${view}:${version}`}
        empty={
          view === 'unmatched' ? (
            <EmptyState title="Nothing to review">
              Every identity seen so far is matched to a person or ignored. New git authors and GitHub logins
              appear here when an import or a connector meets someone it cannot match by e-mail or login.
            </EmptyState>
          ) : (
            <EmptyState title="No identities here">
              Identities come from git history, GitHub and the HR export’s other e-mails and GitHub logins.
            </EmptyState>
          )
        }
      />
      <IdentityChanges
        changes={changes.data?.items}
        error={changes.error}
        onRetry={changes.reload}
        busyId={undoing}
        onUndo={(c: IdentityChange) => void undo(c.id, describeChange(c))}
      />
    </div>
  );
}
