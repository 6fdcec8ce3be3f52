import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { formatRelative } from '../../ui/format/format';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { useToast } from '../../ui/toast/toast.component';
import { fileAt } from './stack-data';
import { StackNothingScanned } from './stack-empty.component';

const LEADERS = ['admin', 'executive'] as const;
const SOURCE: Record<string, string> = { git: 'git clone', folder: 'folder', demo: 'demo' };

/** Each repository's last scan and the files that could not be read (file and line); leaders start a scan. */
export function StackScans() {
  const { can } = useSession();
  const notify = useToast();
  const [job, setJob] = useState<number | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const { data, error, loading, reload } = useApi('stack-scans', (signal) =>
    unwrap(api.GET('/api/v1/strategy/stack/scans', { signal })),
  );
  const start = async () => {
    setProblem(null);
    try {
      const r = await unwrap(api.POST('/api/v1/strategy/stack/scans', { body: { full: false } }));
      setJob(r.jobId);
      notify('The scan has started; only changed manifests are read.', 'success');
    } catch (err) {
      setProblem(err);
    }
  };
  if (error) return <ProblemView error={error} onRetry={reload} />;
  if (!data) return loading ? <p className="loading">Loading scans…</p> : null;
  return (
    <>
      {can(LEADERS) ? (
        <div className="row stack-scan-actions">
          <button type="button" className="button" onClick={start}>
            Scan every local clone now
          </button>
          {job ? (
            can(['admin']) ? (
              <Link to={`/admin/jobs/${job}`}>Follow job {job}</Link>
            ) : (
              <span>Job {job} started.</span>
            )
          ) : null}
          {problem ? <ProblemView error={problem} /> : null}
        </div>
      ) : null}
      {data.repositories.length === 0 ? <StackNothingScanned /> : null}
      <section aria-labelledby="stack-warnings">
        <h2 id="stack-warnings">Files that could not be read</h2>
        {data.warnings.length === 0 ? (
          <p className="muted">Every manifest of the scanned repositories was read.</p>
        ) : (
          <table className="simple-table stack-table">
            <thead>
              <tr>
                <th scope="col">Repository</th>
                <th scope="col">File</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {data.warnings.map((w, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same file and line may declare a package twice
                <tr key={`${w.repository}:${w.file}:${i}`}>
                  <th scope="row">{w.repository}</th>
                  <td className="stack-mono">{fileAt(w.file, w.line)}</td>
                  <td>{w.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {data.repositories.length ? (
        <table className="simple-table stack-table">
          <caption className="stack-table__caption">Last scan of each repository</caption>
          <thead>
            <tr>
              <th scope="col">Repository</th>
              <th scope="col">Read from</th>
              <th scope="col" className="num">
                Manifest files
              </th>
              <th scope="col" className="num">
                Read last time
              </th>
              <th scope="col">Scanned</th>
            </tr>
          </thead>
          <tbody>
            {data.repositories.slice(0, 1000).map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td>
                  {SOURCE[r.source] ?? r.source}
                  {r.location ? <span className="muted stack-mono"> {r.location}</span> : null}
                </td>
                <td className="num">{r.files}</td>
                <td className="num">{r.parsed}</td>
                <td>{formatRelative(r.scannedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
