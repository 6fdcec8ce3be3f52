import { useId, useRef, useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { useApi } from '../../api/use-api.hook';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { useToast } from '../../ui/toast/toast.component';
import { type ImportReport, listImporters, uploadImport } from '../org/imports/import-api';
import { ImportCounts, IssuesTable } from '../org/imports/import-report.component';
import '../org/imports/imports.css';
import '../../ui/form/form.css';

/**
 * Upload a cloud bill (FOCUS or AWS CUR; CSV, gzip CSV or Parquet) through the generic import API with
 * the `cost` importer: check it first (nothing written), then import it (all or nothing; the billing
 * periods it contains replace the ones already imported).
 */
export function BillingUpload({ onImported }: { onImported: () => void }) {
  const id = useId();
  const toast = useToast();
  const importers = useApi('importers', listImporters);
  const importer = importers.data?.find((i) => i.kind === 'cost' && i.upload) ?? null;
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<{ mode: 'preview' | 'import'; report: ImportReport } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const run = async (mode: 'preview' | 'import') => {
    if (!importer || !file) return;
    setBusy(mode);
    setProblem(null);
    try {
      const result = await uploadImport(importer, file, { preview: mode === 'preview', options: {} });
      setReport({ mode, report: result });
      if (mode === 'import') {
        toast(`Imported ${file.name}`);
        onImported();
      }
    } catch (err) {
      setReport(null);
      setProblem(err);
    } finally {
      setBusy(null);
    }
  };

  if (importers.error) return <ProblemView error={importers.error} onRetry={importers.reload} />;
  if (!importers.data) return <p className="loading">Loading the importers…</p>;
  if (!importer)
    return (
      <p className="callout callout--watch">
        This installation has no <code>cost</code> importer: use <code>quarterdeck import cost bill.csv</code>
        .
      </p>
    );
  const errors = report?.report.issues.filter((i) => i.severity === 'error').length ?? 0;
  return (
    <div className="cost-upload">
      <div className="form">
        <div className="field">
          <label htmlFor={`${id}-file`} className="field__label">
            Bill file
          </label>
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept=".csv,.gz,.parquet,text/csv,application/gzip,application/vnd.apache.parquet"
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setProblem(null);
            }}
          />
          <p id={`${id}-hint`} className="field__hint">
            A FOCUS 1.0–1.3 export or an AWS Cost and Usage Report: CSV, gzip CSV or Parquet. Large files:{' '}
            <code>quarterdeck import cost FILE</code> (streams, with a progress bar).
          </p>
        </div>
      </div>
      <div className="row">
        <button
          type="button"
          className="button"
          disabled={!file || busy !== null}
          onClick={() => void run('preview')}
        >
          {busy === 'preview' ? 'Checking…' : 'Check the file'}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!file || busy !== null || (report?.mode === 'preview' && errors > 0)}
          onClick={() => void run('import')}
        >
          {busy === 'import' ? 'Importing…' : 'Import'}
        </button>
        <span className="muted">All or nothing: a file with a bad row imports nothing.</span>
      </div>
      {problem ? (
        <div className="import-problem">
          <ProblemView error={problem} heading="h3" />
          {problem instanceof ApiProblem && problem.status === 413 ? (
            <p className="muted">
              The file is larger than this server accepts in one request. Import it from the command line:{' '}
              <code>quarterdeck import cost FILE</code>.
            </p>
          ) : null}
        </div>
      ) : null}
      {report ? (
        <div className="import-preview">
          <p
            className={`callout ${errors > 0 ? 'callout--bad' : report.mode === 'import' ? 'callout--good' : 'callout--watch'}`}
            role="status"
          >
            {report.mode === 'preview' ? 'Check: ' : 'Imported: '}
            {report.report.summary}
            {errors > 0 ? ' Nothing would be imported: fix the file and check it again.' : ''}
          </p>
          <ImportCounts
            counts={report.report.counts}
            label={report.mode === 'preview' ? 'What the import would change' : 'What the import changed'}
          />
          <IssuesTable
            issues={report.report.issues}
            caption={report.mode === 'preview' ? 'Problems found in the file' : 'Warnings of the import'}
          />
          {report.mode === 'import' ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setReport(null);
                setFile(null);
                if (input.current) input.current.value = '';
              }}
            >
              Import another file
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
