import { useCallback, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { AuditEntry, AuditVerification } from '../../api/types';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter } from '../../ui/data-table/data-table.types';
import { FormError } from '../../ui/form/fields.component';
import { compactJson, formatDateTime } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import './admin.css';

const FILTERS: Filter[] = [
  { id: 'action', label: 'Action starts with', type: 'text', placeholder: 'e.g. auth. or auth.user.create' },
  { id: 'actorUserId', label: 'Actor account id', type: 'text', placeholder: 'e.g. 1' },
  { id: 'targetType', label: 'Target type', type: 'text', placeholder: 'e.g. user' },
  { id: 'targetId', label: 'Target id', type: 'text' },
];

const target = (e: AuditEntry) =>
  e.targetType ? `${e.targetType}${e.targetId ? ` ${e.targetId}` : ''}` : '—';

const COLUMNS: Column<AuditEntry>[] = [
  { id: 'id', header: '#', align: 'end', cell: (e) => e.id, csv: (e) => e.id },
  { id: 'at', header: 'When', nowrap: true, cell: (e) => formatDateTime(e.at), csv: (e) => e.at },
  { id: 'actor', header: 'Actor', rowHeader: true, cell: (e) => e.actor, csv: (e) => e.actor },
  { id: 'action', header: 'Action', cell: (e) => <code>{e.action}</code>, csv: (e) => e.action },
  { id: 'target', header: 'Target', nowrap: true, cell: target, csv: target },
  {
    id: 'details',
    header: 'Details',
    cell: (e) => <span className="audit-details">{compactJson(e.details, 160)}</span>,
    csv: (e) => JSON.stringify(e.details),
  },
  { id: 'ip', header: 'IP address', cell: (e) => e.ip ?? '—', csv: (e) => e.ip, hidden: true },
  {
    id: 'requestId',
    header: 'Request id',
    cell: (e) => e.requestId ?? '—',
    csv: (e) => e.requestId,
    hidden: true,
  },
  {
    id: 'hash',
    header: 'Hash',
    cell: (e) => <code>{e.hash.slice(0, 12)}…</code>,
    csv: (e) => e.hash,
    hidden: true,
  },
];

function VerifyChain() {
  const [result, setResult] = useState<AuditVerification>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="audit-verify">
      <div className="row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              setResult(await unwrap(api.POST('/api/v1/audit/verify')));
            } catch (err) {
              setError(err);
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? 'Verifying…' : 'Verify the chain'}
        </button>
      </div>
      <div role="status">
        {result?.ok ? (
          <p className="callout callout--good">
            <strong>✓ The chain is intact.</strong> {result.checked.toLocaleString()} entries checked
            {result.lastId ? `, up to #${result.lastId}` : ''}; none was altered or removed.
          </p>
        ) : null}
        {result && !result.ok ? (
          <p className="callout callout--bad">
            <strong>✕ The chain is broken</strong>
            {result.brokenAt ? (
              <>
                {' '}
                at entry #{result.brokenAt.id}: {result.brokenAt.reason}
              </>
            ) : null}
            . {result.checked.toLocaleString()} entries were checked. Treat the log after that entry as
            tampered with, and restore it from a backup.
          </p>
        ) : null}
      </div>
      <FormError error={error} />
    </div>
  );
}

/** `/admin/audit` (admins): the hash-chained audit log, filterable, and a check that nobody altered it. */
export function AuditPage() {
  const fetchPage: FetchPage<AuditEntry> = useCallback(async (q, signal) => {
    const actor = Number(q.filters.actorUserId);
    const page = await unwrap(
      api.GET('/api/v1/audit', {
        params: {
          query: {
            action: q.filters.action || undefined,
            actorUserId: Number.isInteger(actor) && actor > 0 ? actor : undefined,
            targetType: q.filters.targetType || undefined,
            targetId: q.filters.targetId || undefined,
            beforeId: q.cursor ? Number(q.cursor) : undefined,
            limit: q.limit,
          },
        },
        signal,
      }),
    );
    return {
      items: page.items,
      total: null,
      nextCursor: page.nextBeforeId === null ? null : String(page.nextBeforeId),
    };
  }, []);

  return (
    <div className="page">
      <PageHeader
        title="Audit log"
        description="Every change and every read of sensitive data, newest first. Each entry is chained to the one before by its hash."
      />
      <VerifyChain />
      <DataTable
        id="audit"
        label="Audit log entries"
        columns={COLUMNS}
        rowKey={(e) => e.id}
        filters={FILTERS}
        fetchPage={fetchPage}
        paging="cursor"
        pageSize={100}
        pageSizes={[50, 100, 200, 500]}
        maxPageSize={500}
      />
    </div>
  );
}
