import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '../../../api/problem';
import { useApi } from '../../../api/use-api.hook';
import { EmptyState } from '../../../ui/empty-state/empty-state.component';
import { TextField } from '../../../ui/form/fields.component';
import { PageHeader } from '../../../ui/page/page-header.component';
import { ProblemView } from '../../../ui/problem/problem-view.component';
import { useToast } from '../../../ui/toast/toast.component';
import { HeaderMapping, mappingProblems } from './header-mapping.component';
import {
  type HrColumns,
  type Importer,
  type ImportReport,
  invalidEntries,
  listImporters,
  type Mapping,
  mappingOption,
  readHrColumns,
  uploadImport,
} from './import-api';
import { ImportCounts, IssuesTable } from './import-report.component';
import { ImporterChoice } from './importer-choice.component';
import './imports.css';

/** Options the page asks for in a step of their own (the mapping) or at the import (skip-invalid). */
const OWN_STEP = new Set(['mapping', 'skip-invalid']);

function accepted(importer: Importer): string | undefined {
  const u = importer.upload;
  if (!u) return undefined;
  return u.extension ? [u.extension, ...u.contentTypes].join(',') : undefined;
}

/** A numbered step; the result (`n` = 0) is marked with a tick instead. */
function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className="panel import-step" aria-labelledby={`import-step-${n}`}>
      <h2 id={`import-step-${n}`} tabIndex={-1}>
        <span
          className={`import-step__number${n === 0 ? ' import-step__number--done' : ''}`}
          aria-hidden="true"
        >
          {n === 0 ? '✓' : n}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * `/org/import` (admins and executives): pick an importer, choose a file, match an HR export's columns,
 * preview what would change with every issue by file, row and column, then import all or nothing (or
 * skip the invalid rows), and follow the recorded job.
 */
export function ImportPage() {
  const [params, setParams] = useSearchParams();
  const toast = useToast();
  const importers = useApi('importers', listImporters);
  // The choice lives in the URL (a link can open an importer) and in state, so the radio follows at once.
  const [kind, setKind] = useState(params.get('kind'));
  const importer = importers.data?.find((i) => i.kind === kind && i.upload) ?? null;

  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<Record<string, string>>({});
  const [columns, setColumns] = useState<HrColumns | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState<'columns' | 'preview' | 'import' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const hr = importer?.kind === 'hr-csv';
  const stepAfterFile = hr ? 4 : 3;

  /** Anything that changes what would be imported makes the last preview stale. */
  const stale = () => {
    setPreview(null);
    setResult(null);
    setProblem(null);
    setSkipInvalid(false);
  };
  const reset = () => {
    stale();
    setFile(null);
    setColumns(null);
    setMapping({});
    setOptions({});
    if (fileInput.current) fileInput.current.value = '';
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new importer starts over
  useEffect(reset, [kind]);

  const focusStep = (n: number) =>
    window.requestAnimationFrame(() => document.getElementById(`import-step-${n}`)?.focus());

  const chooseFile = async (next: File | null) => {
    stale();
    setFile(next);
    setColumns(null);
    setMapping({});
    if (!next || !hr) return;
    setBusy('columns');
    try {
      const found = await readHrColumns(next);
      setColumns(found);
      setMapping(found.suggested);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(null);
    }
  };

  const requestOptions = (skip: boolean): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(options)) if (v) out[k] = v;
    if (hr) out.mapping = mappingOption(mapping);
    if (skip) out['skip-invalid'] = 'true';
    return out;
  };

  const run = async (mode: 'preview' | 'import') => {
    if (!importer || !file) return;
    setBusy(mode);
    setProblem(null);
    try {
      const report = await uploadImport(importer, file, {
        preview: mode === 'preview',
        options: requestOptions(mode === 'import' && skipInvalid),
      });
      if (mode === 'preview') {
        setPreview(report);
        setResult(null);
        focusStep(stepAfterFile);
      } else {
        setResult(report);
        toast(`Imported ${file.name}`);
        focusStep(0);
      }
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(null);
    }
  };

  const errors = preview ? preview.issues.filter((i) => i.severity === 'error').length : 0;
  const invalid = preview ? invalidEntries(preview.issues) : 0;
  // What a bad entry is called: a CSV has rows, a YAML catalog entities, CODEOWNERS and .mailmap lines.
  const [one, many] = hr
    ? ['row', 'rows']
    : preview?.issues.some((i) => i.severity === 'error' && i.entity)
      ? ['entity', 'entities']
      : ['line', 'lines'];
  const entries = (n: number) => `${n} ${n === 1 ? one : many}`;
  const mappingIssues = hr && columns ? mappingProblems(mapping) : [];
  const canPreview = !!file && busy === null && (!hr || (columns !== null && mappingIssues.length === 0));
  const extraOptions = importer?.options.filter((o) => !OWN_STEP.has(o.name)) ?? [];

  return (
    <div className="page import-page">
      <PageHeader
        title="Import"
        description="Bring people, teams and ownership in from the files you already have. Nothing changes until you import; an import is all or nothing."
        actions={
          <>
            <a className="button" href="/api/v1/org/export/people.csv" download>
              Export people (CSV)
            </a>
            <a className="button" href="/api/v1/org/export/catalog.yaml" download>
              Export catalog (Backstage YAML)
            </a>
          </>
        }
      />
      {importers.error ? <ProblemView error={importers.error} onRetry={importers.reload} /> : null}
      {!importers.data && importers.loading ? <p className="loading">Loading the importers…</p> : null}
      {importers.data && importers.data.length === 0 ? (
        <EmptyState title="No importers" command="quarterdeck import --list">
          This installation has no importers registered.
        </EmptyState>
      ) : null}
      {importers.data && importers.data.length > 0 ? (
        <Step n={1} title="Choose what to import">
          <ImporterChoice
            importers={importers.data}
            value={importer?.kind ?? null}
            onChange={(k) => {
              setKind(k);
              setParams({ kind: k }, { replace: true });
            }}
          />
        </Step>
      ) : null}
      {importer ? (
        <Step n={2} title="Choose the file">
          <div className="form">
            <div className="field">
              <label htmlFor="import-file" className="field__label">
                File
              </label>
              <input
                ref={fileInput}
                id="import-file"
                type="file"
                accept={accepted(importer)}
                aria-describedby="import-file-hint"
                onChange={(e) => void chooseFile(e.target.files?.[0] ?? null)}
              />
              <p id="import-file-hint" className="field__hint">
                {importer.input[0]?.toUpperCase()}
                {importer.input.slice(1)}
                {importer.upload?.extension ? ` (${importer.upload.extension})` : ''}. Formats:{' '}
                <code>docs/import-formats.md</code>. Large files:{' '}
                <code>quarterdeck import {importer.kind} FILE</code>.
              </p>
            </div>
            {extraOptions.map((o) =>
              o.flag ? (
                <label key={o.name} className="field__option">
                  <input
                    type="checkbox"
                    checked={options[o.name] === 'true'}
                    onChange={(e) => {
                      stale();
                      setOptions({ ...options, [o.name]: e.target.checked ? 'true' : '' });
                    }}
                  />
                  {o.description}
                </label>
              ) : (
                <TextField
                  key={o.name}
                  label={o.name[0]?.toUpperCase() + o.name.slice(1).replaceAll('-', ' ')}
                  name={o.name}
                  hint={`${o.description[0]?.toUpperCase()}${o.description.slice(1)}. Optional.`}
                  value={options[o.name] ?? ''}
                  onChange={(v) => {
                    stale();
                    setOptions({ ...options, [o.name]: v });
                  }}
                />
              ),
            )}
          </div>
          {busy === 'columns' ? <p className="loading">Reading the header line…</p> : null}
        </Step>
      ) : null}
      {importer && hr && columns && !result ? (
        <Step n={3} title="Match your columns">
          <HeaderMapping
            columns={columns}
            mapping={mapping}
            suggested={columns.suggested}
            onChange={(m) => {
              stale();
              setMapping(m);
            }}
          />
        </Step>
      ) : null}
      {importer && file && (!hr || columns) && !result ? (
        <Step n={stepAfterFile} title="Preview">
          <p className="muted">
            A preview reads <strong>{file.name}</strong> and reports exactly what an import would change, and
            every problem, without writing anything.
          </p>
          <div className="row">
            <button
              type="button"
              className={`button${preview ? '' : ' button--primary'}`}
              disabled={!canPreview}
              onClick={() => void run('preview')}
            >
              {busy === 'preview' ? 'Previewing…' : preview ? 'Preview again' : 'Preview'}
            </button>
          </div>
          {preview ? (
            <div className="import-preview">
              <p className="import-summary" role="status">
                {preview.summary}
              </p>
              <ImportCounts counts={preview.counts} label="What the import would change" />
              {errors > 0 ? (
                <p className="callout callout--bad">
                  <strong>
                    {errors} {errors === 1 ? 'error' : 'errors'} in {entries(invalid)}.
                  </strong>{' '}
                  An import of this file would be refused and change nothing. Fix the file and preview again,
                  or import the valid {many} and skip the invalid ones.
                </p>
              ) : preview.issues.length > 0 ? (
                <p className="callout callout--watch">
                  {preview.issues.length} {preview.issues.length === 1 ? 'warning' : 'warnings'}: the import
                  can go ahead; check them first.
                </p>
              ) : (
                <p className="callout callout--good">No problems found.</p>
              )}
              <IssuesTable issues={preview.issues} caption="Problems found in the file" />
            </div>
          ) : null}
        </Step>
      ) : null}
      {importer && file && preview && !result ? (
        <Step n={stepAfterFile + 1} title="Import">
          {errors > 0 ? (
            <label className="field__option import-skip">
              <input
                type="checkbox"
                checked={skipInvalid}
                onChange={(e) => setSkipInvalid(e.target.checked)}
              />
              Skip invalid {many}: import the valid {many} and leave out the {invalid} with errors
            </label>
          ) : null}
          <div className="row">
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== null || (errors > 0 && !skipInvalid)}
              onClick={() => void run('import')}
            >
              {busy === 'import'
                ? 'Importing…'
                : errors > 0
                  ? `Import, skipping ${invalid} invalid ${invalid === 1 ? one : many}`
                  : 'Import'}
            </button>
            <span className="muted">
              {errors > 0 && !skipInvalid
                ? `Tick “Skip invalid ${many}” to import the rest, or fix the file.`
                : 'All or nothing: if anything fails, nothing changes.'}
            </span>
          </div>
        </Step>
      ) : null}
      {problem ? (
        <div className="import-problem">
          <ProblemView error={problem} heading="h2" />
          {problem instanceof ApiProblem && problem.status === 413 ? (
            <p className="muted">
              The file is larger than this server accepts in one request. Import it from the command line:{' '}
              <code>quarterdeck import {importer?.kind ?? 'KIND'} FILE</code>.
            </p>
          ) : null}
        </div>
      ) : null}
      {result ? (
        <Step n={0} title={`Imported ${file?.name ?? 'the file'}`}>
          <p className="callout callout--good import-summary">{result.summary}</p>
          <ImportCounts counts={result.counts} label="What the import changed" />
          {result.issues.length > 0 ? (
            <>
              <h3>Skipped rows and warnings</h3>
              <IssuesTable issues={result.issues} caption="Rows skipped and warnings of the import" />
            </>
          ) : null}
          <div className="row">
            {result.jobId !== null ? (
              <Link to={`/admin/jobs/${result.jobId}`} className="button">
                Open job {result.jobId}
              </Link>
            ) : null}
            <Link to="/org/people" className="button">
              People
            </Link>
            <button type="button" className="button" onClick={reset}>
              Import another file
            </button>
          </div>
        </Step>
      ) : null}
    </div>
  );
}
