import { useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { formatDateTime, formatRelative } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { formatName, ImportDetails } from './billing-import-report.component';
import { BillingUpload } from './billing-upload.component';
import { listCostImports } from './cost-api';
import { formatMoney } from './cost-format';
import { CostDataTabs } from './cost-tabs.component';
import './billing.css';

/**
 * `/cost/imports`: every bill imported, newest first, each with its validation report (warnings per
 * column with counts and first row, the periods it replaced, totals per currency); admins and
 * executives upload a bill here too.
 */
export function CostImportsPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const imports = useApi('cost-imports', listCostImports);
  const open = Number(params.get('import')) || null;
  const canUpload = can(['admin', 'executive']);
  const items = imports.data ?? [];
  return (
    <div className="page cost-page">
      <PageHeader
        title="Cost imports"
        description="The cloud bills imported, with what each replaced and how far it deviates from the FOCUS specification."
      />
      <CostDataTabs />
      {canUpload ? (
        <section className="panel cost-panel" aria-labelledby="cost-upload-title">
          <h2 id="cost-upload-title">Upload a bill</h2>
          <BillingUpload onImported={imports.reload} />
        </section>
      ) : null}
      <section className="panel cost-panel" aria-labelledby="cost-history-title">
        <h2 id="cost-history-title">Import history</h2>
        {imports.error ? <ProblemView error={imports.error} onRetry={imports.reload} /> : null}
        {!imports.data && imports.loading ? <p className="loading">Loading the imports…</p> : null}
        {imports.data && items.length === 0 ? (
          <EmptyState title="No bill imported yet" command="quarterdeck import cost bill.csv">
            <p>
              Import a FOCUS or AWS CUR file from the command line{canUpload ? ', or upload it above' : ''}.
            </p>
          </EmptyState>
        ) : null}
        {items.length > 0 ? (
          <ul className="cost-imports" aria-label="Imports, newest first">
            {items.map((i) => {
              const currencies = Object.entries(i.totals);
              const warned = i.warnings.reduce((n, w) => n + w.count, 0);
              return (
                <li key={i.id} className="cost-import">
                  <details
                    open={open === i.id}
                    onToggle={(e) => {
                      const isOpen = (e.currentTarget as HTMLDetailsElement).open;
                      if (isOpen === (open === i.id)) return;
                      setParams(
                        (current) => {
                          const next = new URLSearchParams(current);
                          if (isOpen) next.set('import', String(i.id));
                          else next.delete('import');
                          return next;
                        },
                        { replace: true },
                      );
                    }}
                  >
                    <summary>
                      <span className="cost-import__file">{i.file}</span>
                      <span className="cost-import__meta">
                        <span title={formatDateTime(i.importedAt)}>{formatRelative(i.importedAt)}</span>
                        {' · '}
                        {formatName(i)}
                        {' · '}
                        {i.rowsImported.toLocaleString()} lines
                        {i.rowsReplaced > 0 ? `, ${i.rowsReplaced.toLocaleString()} replaced` : ''}
                        {' · '}
                        {currencies.map(([c, t]) => formatMoney(t.effectiveCost, c)).join(' + ') || 'no cost'}
                        {' · '}
                        <span className={i.warnings.length > 0 ? 'cost-import__warn' : 'cost-import__ok'}>
                          {i.warnings.length === 0
                            ? '✓ no warnings'
                            : `! ${i.warnings.length} ${i.warnings.length === 1 ? 'kind' : 'kinds'} of warning in ${warned.toLocaleString()} ${warned === 1 ? 'cell' : 'cells'}`}
                        </span>
                      </span>
                    </summary>
                    <ImportDetails item={i} />
                  </details>
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
