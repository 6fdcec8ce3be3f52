import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state/empty-state.component';

/** The command and the page that fill an empty installation. */
export function NoBillYet({ canUpload }: { canUpload: boolean }) {
  return (
    <EmptyState
      title="No cloud bill imported yet"
      command="quarterdeck import cost bill.csv"
      action={
        canUpload ? (
          <Link to="/cost/imports" className="button button--primary">
            Upload a bill
          </Link>
        ) : null
      }
    >
      <p>
        Import a FOCUS or AWS CUR file: <code>quarterdeck import cost bill.csv</code> or upload it here. FOCUS
        1.0–1.3 (CSV, gzip CSV, Parquet) and AWS Cost and Usage Reports (CUR 2.0 and legacy) are read; each
        billing period is replaced exactly on re-import.
      </p>
    </EmptyState>
  );
}
