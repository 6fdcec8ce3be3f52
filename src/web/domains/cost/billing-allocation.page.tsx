import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { formatRange } from '../../scope/scope';
import { formatDateTime } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { useToast } from '../../ui/toast/toast.component';
import {
  type DraftErrors,
  draftBody,
  type PoolDraft,
  poolDraft,
  type RuleDraft,
  ruleDraft,
} from './billing-rules';
import { RulesEditor } from './billing-rules-editor.component';
import { getAllocationRules, getCostSummary, saveAllocationRules } from './cost-api';
import { formatMoney, formatShare } from './cost-format';
import { CostDataTabs } from './cost-tabs.component';
import './billing.css';

/** What is unallocated in the twelve months up to the last billing day, under the rules in force. */
function useUnallocated(nonce: number) {
  const state = useApi(`cost-unallocated:${nonce}`, (signal) => getCostSummary({ filters: {} }, signal));
  const s = state.data;
  let text: string | null = null;
  if (s)
    text =
      s.currency === null
        ? 'No billing lines yet'
        : `${formatMoney(s.unallocated, s.currency)} (${formatShare(s.unallocatedShare)} of ${formatMoney(s.total, s.currency)})`;
  return { ...state, text };
}

/**
 * `/cost/allocation`: the rules that give each billing line a team or service (tag keys, account map,
 * resource patterns, catalog ownership) and the shared pools split among teams. Saving makes a new
 * version and re-applies it (admins and executives); the others read the rules. The unallocated cost
 * is shown before and after.
 */
export function CostAllocationPage() {
  const { can } = useSession();
  const toast = useToast();
  const canEdit = can(['admin', 'executive']);
  const rules = useApi('cost-allocation-rules', getAllocationRules);
  const [drafts, setDrafts] = useState<{ rules: RuleDraft[]; pools: PoolDraft[] } | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<DraftErrors>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [nonce, setNonce] = useState(0);
  const [before, setBefore] = useState<string | null>(null);
  const unallocated = useUnallocated(nonce);

  useEffect(() => {
    if (rules.data)
      setDrafts({
        rules: rules.data.body.rules.map(ruleDraft),
        pools: rules.data.body.pools.map((p) => poolDraft(p)),
      });
  }, [rules.data]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!drafts) return;
    const { body, errors: found } = draftBody(drafts.rules, drafts.pools);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setProblem(null);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setBefore(unallocated.text);
      const saved = await saveAllocationRules(body, note.trim() || 'Edited on the allocation page');
      toast(`Saved the allocation rules as version ${saved.version}`);
      setNote('');
      rules.reload();
      setNonce((n) => n + 1);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const versions = rules.data?.versions ?? [];
  const current = rules.data;
  return (
    <div className="page cost-page">
      <PageHeader
        title="Cost allocation"
        description="Which team or service each billing line belongs to, and how shared costs are split. Unallocated cost is always shown, never hidden."
      />
      <CostDataTabs />
      {rules.error ? <ProblemView error={rules.error} onRetry={rules.reload} /> : null}
      {!current && rules.loading ? <p className="loading">Loading the rules…</p> : null}
      <section className="panel cost-panel" aria-labelledby="cost-unallocated-title" aria-live="polite">
        <h2 id="cost-unallocated-title">Unallocated in the last twelve months of bills</h2>
        <p className="cost-unallocated">
          {unallocated.text ? (
            <strong className="cost-money">{unallocated.text}</strong>
          ) : unallocated.error ? (
            'Could not compute it.'
          ) : (
            'Computing…'
          )}
          {before && nonce > 0 ? <span className="muted"> — before the last save: {before}</span> : null}
        </p>
        {unallocated.data?.currency ? (
          <p className="muted">
            {formatRange(unallocated.data.from, unallocated.data.to)}, amortized; includes cost tagged with
            names that are no team or service.{' '}
            <Link
              to={`/cost/explorer?from=${unallocated.data.from}&to=${unallocated.data.to}&group=team&lines=unallocated`}
            >
              The unallocated lines
            </Link>
          </p>
        ) : null}
      </section>
      {current && drafts ? (
        <form className="panel cost-panel" onSubmit={save} noValidate aria-labelledby="cost-rules-title">
          <div className="cost-panel__head">
            <h2 id="cost-rules-title">
              Rules, version {current.version}
              {current.version === 0 ? ' (the defaults)' : ''}
            </h2>
            <span className="muted">
              {current.savedAt
                ? `Saved ${formatDateTime(current.savedAt)} by ${current.savedBy ?? 'unknown'}`
                : current.note}
            </span>
          </div>
          {!canEdit ? (
            <p className="callout callout--watch">
              Read-only: admins and executives change the allocation rules.
            </p>
          ) : null}
          <RulesEditor
            rules={drafts.rules}
            pools={drafts.pools}
            errors={errors}
            readOnly={!canEdit}
            onRules={(r) => setDrafts({ ...drafts, rules: r })}
            onPools={(p) => setDrafts({ ...drafts, pools: p })}
          />
          {canEdit ? (
            <div className="cost-rules__save">
              <div className="field">
                <label htmlFor="cost-rules-note" className="field__label">
                  What changed
                </label>
                <input
                  id="cost-rules-note"
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  maxLength={500}
                />
              </div>
              {Object.keys(errors).length > 0 ? (
                <p className="field__error" role="alert">
                  <span aria-hidden="true">✕ </span>
                  {Object.keys(errors).length}{' '}
                  {Object.keys(errors).length === 1 ? 'field needs' : 'fields need'} a fix before saving.
                </p>
              ) : null}
              {problem ? <ProblemView error={problem} heading="h3" /> : null}
              <div className="row">
                <button type="submit" className="button button--primary" disabled={busy}>
                  {busy ? 'Saving and re-applying…' : 'Save as a new version'}
                </button>
                <span className="muted">Saving re-applies the rules to every imported line.</span>
              </div>
            </div>
          ) : null}
        </form>
      ) : null}
      {versions.length > 0 ? (
        <section className="panel cost-panel" aria-labelledby="cost-versions-title">
          <h2 id="cost-versions-title">Versions</h2>
          <table className="simple-table">
            <caption className="visually-hidden">Versions of the allocation rules, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Version
                </th>
                <th scope="col">Saved</th>
                <th scope="col">By</th>
                <th scope="col">What changed</th>
              </tr>
            </thead>
            <tbody>
              {[...versions]
                .sort((a, b) => b.version - a.version)
                .map((v) => (
                  <tr key={v.version} aria-current={v.version === current?.version ? 'true' : undefined}>
                    <th scope="row" className="num">
                      {v.version}
                      {v.version === current?.version ? ' (in force)' : ''}
                    </th>
                    <td>{formatDateTime(v.savedAt)}</td>
                    <td>{v.savedBy ?? '—'}</td>
                    <td>{v.note || '—'}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
