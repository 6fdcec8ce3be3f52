import { type FormEvent, useEffect, useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { useToast } from '../../ui/toast/toast.component';
import { ECOSYSTEMS, type Mappings } from './stack-data';

type Rule = Mappings['rules'][number];
const LEADERS = ['admin', 'executive'] as const;

/** Errors of a refused save (`rules[3].entryKey`), by row. */
function rowErrors(err: unknown): Record<number, string> {
  const out: Record<number, string> = {};
  if (!(err instanceof ApiProblem)) return out;
  for (const e of err.errors) {
    const m = /rules[[.](\d+)/.exec(e.field);
    if (m) out[Number(m[1])] ??= e.message;
  }
  return out;
}

/** The rules mapping packages to radar entries; leaders edit them, everyone reads them. */
export function StackMappings({ onSaved }: { onSaved: () => void }) {
  const { can } = useSession();
  const editable = can(LEADERS);
  const id = useId();
  const notify = useToast();
  const { data, error, reload } = useApi('stack-mappings', (signal) =>
    unwrap(api.GET('/api/v1/strategy/stack/mappings', { signal })),
  );
  const [rules, setRules] = useState<Rule[]>([]);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (data) setRules(data.rules);
  }, [data]);
  if (error) return <ProblemView error={error} onRetry={reload} />;
  if (!data) return null;
  const update = (i: number, change: Partial<Rule>) =>
    setRules(rules.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await unwrap(api.PUT('/api/v1/strategy/stack/mappings', { body: { rules } }));
      setErrors({});
      notify('Mapping rules saved.', 'success');
      reload();
      onSaved();
    } catch (err) {
      setErrors(rowErrors(err));
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="stack-details stack-mappings">
      <summary>Mapping rules: which packages stand for which radar entry ({data.rules.length})</summary>
      <p className="muted">
        Rules are tried in order; the first whose ecosystem and name pattern (<code>*</code> any characters,{' '}
        <code>?</code> one) match wins. A package no rule matches counts for the entry whose key or name
        equals its name.
      </p>
      <form onSubmit={save}>
        <table className="simple-table stack-table">
          <thead>
            <tr>
              <th scope="col">Ecosystem</th>
              <th scope="col">Package name pattern</th>
              <th scope="col">Radar entry</th>
              {editable ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {rules.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in an ordered list being edited
              <tr key={i}>
                <td>
                  {editable ? (
                    <select
                      aria-label={`Ecosystem of rule ${i + 1}`}
                      value={r.ecosystem}
                      onChange={(e) => update(i, { ecosystem: e.target.value })}
                    >
                      {['*', ...ECOSYSTEMS].map((x) => (
                        <option key={x} value={x}>
                          {x === '*' ? 'any' : x}
                        </option>
                      ))}
                    </select>
                  ) : (
                    r.ecosystem
                  )}
                </td>
                <td className="stack-mono">
                  {editable ? (
                    <input
                      aria-label={`Pattern of rule ${i + 1}`}
                      value={r.pattern}
                      onChange={(e) => update(i, { pattern: e.target.value })}
                      required
                    />
                  ) : (
                    r.pattern
                  )}
                </td>
                <td>
                  {editable ? (
                    <select
                      aria-label={`Radar entry of rule ${i + 1}`}
                      aria-invalid={errors[i] ? true : undefined}
                      value={r.entryKey}
                      onChange={(e) => update(i, { entryKey: e.target.value })}
                    >
                      {data.entries.some((x) => x.key === r.entryKey) ? null : (
                        <option value={r.entryKey}>{r.entryKey} (not on the radar)</option>
                      )}
                      {data.entries.map((x) => (
                        <option key={x.key} value={x.key}>
                          {x.name} ({x.ring})
                        </option>
                      ))}
                    </select>
                  ) : (
                    (data.entries.find((x) => x.key === r.entryKey)?.name ?? r.entryKey)
                  )}
                  {errors[i] ? <p className="stack-error">{errors[i]}</p> : null}
                </td>
                {editable ? (
                  <td>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() => setRules(rules.filter((_, j) => j !== i))}
                    >
                      Remove<span className="visually-hidden"> rule {i + 1}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        {editable ? (
          <div className="row">
            <button
              type="button"
              className="button"
              disabled={data.entries.length === 0}
              onClick={() =>
                setRules([...rules, { ecosystem: 'npm', pattern: '', entryKey: data.entries[0]?.key ?? '' }])
              }
            >
              Add a rule
            </button>
            <button type="submit" className="button button--primary" disabled={busy} id={`${id}-save`}>
              {busy ? 'Saving…' : 'Save the rules'}
            </button>
          </div>
        ) : null}
        {problem ? <ProblemView error={problem} /> : null}
      </form>
    </details>
  );
}
