import { formatDateTime, formatDuration } from '../../ui/format/format';
import type { CostImport } from './cost-api';
import { formatMoney } from './cost-format';

const FORMATS: Record<string, string> = {
  'focus-csv': 'FOCUS CSV',
  'focus-parquet': 'FOCUS Parquet',
  cur2: 'AWS CUR 2.0',
  'cur-legacy': 'AWS CUR (legacy)',
};

export function formatName(i: Pick<CostImport, 'format' | 'focusVersion'>): string {
  const name = FORMATS[i.format] ?? i.format;
  return i.focusVersion && i.format.startsWith('focus') ? `${name} ${i.focusVersion}` : name;
}

/** The totals of an import per currency: rows, billed and amortized cost (exact). */
export function ImportTotals({ totals, caption }: { totals: CostImport['totals']; caption: string }) {
  const entries = Object.entries(totals);
  if (entries.length === 0) return <p className="muted">No billing lines.</p>;
  return (
    <table className="simple-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Currency</th>
          <th scope="col" className="num">
            Lines
          </th>
          <th scope="col" className="num">
            Billed cost
          </th>
          <th scope="col" className="num">
            Amortized cost
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([currency, t]) => (
          <tr key={currency}>
            <th scope="row">{currency}</th>
            <td className="num">{t.rows.toLocaleString()}</td>
            <td className="num cost-money" title={`${t.billedCost} ${currency}`}>
              {formatMoney(t.billedCost, currency)}
            </td>
            <td className="num cost-money" title={`${t.effectiveCost} ${currency}`}>
              {formatMoney(t.effectiveCost, currency)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * One import's validation report: the deviations found per column (how often, first row), the billing
 * periods it now owns (and the lines it replaced), and its totals per currency.
 */
export function ImportDetails({ item }: { item: CostImport }) {
  return (
    <div className="cost-import-report">
      <p className="muted">
        {formatName(item)} · {item.rowsRead.toLocaleString()} rows read, {item.rowsImported.toLocaleString()}{' '}
        imported, {item.rowsReplaced.toLocaleString()} replaced · by {item.importedBy ?? 'unknown'} on{' '}
        {formatDateTime(item.importedAt)}
        {item.durationMs !== null ? ` in ${formatDuration(item.durationMs)}` : ''}
      </p>
      {item.warnings.length > 0 ? (
        <table className="simple-table">
          <caption>Warnings per column: what the file does differently from the specification</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Kind</th>
              <th scope="col" className="num">
                Rows
              </th>
              <th scope="col" className="num">
                First row
              </th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {item.warnings.map((w) => (
              <tr key={`${w.column ?? ''}|${w.kind}|${w.firstRow ?? ''}`}>
                <th scope="row">{w.column ? <code>{w.column}</code> : 'the file'}</th>
                <td>{w.kind}</td>
                <td className="num">{w.count.toLocaleString()}</td>
                <td className="num">{w.firstRow?.toLocaleString() ?? '—'}</td>
                <td>{w.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="callout callout--good">No warnings: the file follows the specification.</p>
      )}
      <table className="simple-table">
        <caption>Billing periods this import owns (re-importing a period replaces it exactly)</caption>
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col">Billing account</th>
            <th scope="col">Period start</th>
            <th scope="col" className="num">
              Lines
            </th>
            <th scope="col" className="num">
              Replaced
            </th>
          </tr>
        </thead>
        <tbody>
          {item.periods.map((p) => (
            <tr key={`${p.provider}|${p.billingAccountId}|${p.billingPeriodStart}`}>
              <th scope="row">{p.provider}</th>
              <td>{p.billingAccountId}</td>
              <td>{p.billingPeriodStart.slice(0, 10)}</td>
              <td className="num">{p.rows.toLocaleString()}</td>
              <td className="num">{p.replaced.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ImportTotals totals={item.totals} caption="Totals per currency" />
    </div>
  );
}
