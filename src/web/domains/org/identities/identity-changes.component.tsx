import type { Output } from '../../../api/types';
import { formatDateTime } from '../../../ui/format/format';
import { ProblemView } from '../../../ui/problem/problem-view.component';

export type IdentityChange = Output<'/api/v1/org/identity-changes'>['items'][number];

const ACTION: Record<string, string> = {
  assign: 'Assigned',
  merge: 'Moved to another person',
  ignore: 'Ignored',
};

export function describeChange(c: Pick<IdentityChange, 'action' | 'identities' | 'personName'>): string {
  const what = c.identities ?? 'identities';
  if (c.action === 'ignore') return `Ignored ${what}`;
  return `${c.action === 'merge' ? 'Moved' : 'Assigned'} ${what} to ${c.personName ?? 'a person'}`;
}

/** The latest assignments, merges and ignores, newest first, each with Undo until it is undone. */
export function IdentityChanges({
  changes,
  error,
  onRetry,
  onUndo,
  busyId,
}: {
  changes: IdentityChange[] | undefined;
  error: unknown;
  onRetry: () => void;
  onUndo: (change: IdentityChange) => void;
  busyId: number | null;
}) {
  return (
    <section className="panel" aria-labelledby="identity-changes">
      <h2 id="identity-changes">Recent changes</h2>
      {error ? <ProblemView error={error} onRetry={onRetry} heading="h3" /> : null}
      {changes && changes.length === 0 ? (
        <p className="muted">
          No assignments or ignores yet. Every change made here can be undone from this list.
        </p>
      ) : null}
      {changes && changes.length > 0 ? (
        <section
          className="identity-changes__scroll"
          aria-label="Recent changes (scrolls)"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard
          tabIndex={0}
        >
          <table className="simple-table">
            <caption className="visually-hidden">Recent identity changes</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Change</th>
                <th scope="col">Identities</th>
                <th scope="col">Person</th>
                <th scope="col">
                  <span className="visually-hidden">Undo</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id} className={c.undoneAt ? 'identity-change--undone' : undefined}>
                  <td className="nowrap">{formatDateTime(c.createdAt)}</td>
                  <th scope="row">{ACTION[c.action] ?? c.action}</th>
                  <td className="identity-changes__values">{c.identities ?? '—'}</td>
                  <td>{c.personName ?? '—'}</td>
                  <td>
                    {c.undoneAt ? (
                      <span className="muted">Undone {formatDateTime(c.undoneAt)}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busyId !== null}
                        onClick={() => onUndo(c)}
                        aria-label={`Undo: ${describeChange(c)}`}
                      >
                        {busyId === c.id ? 'Undoing…' : 'Undo'}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </section>
  );
}
