import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { ConfirmButton } from '../../ui/confirm-button/confirm-button.component';
import { FormError } from '../../ui/form/fields.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { useToast } from '../../ui/toast/toast.component';
import {
  categoryLabel,
  type DraftRule,
  type InvestmentRule,
  type InvestmentRules,
  moved,
  patternError,
  RULE_CATEGORIES,
  RULE_KINDS,
  type RuleCategory,
  type RuleKind,
  toDrafts,
  toRules,
} from './investment-data';

const LEADERS = ['admin', 'executive'] as const;
const kindLabel = (k: string) => RULE_KINDS.find((x) => x.id === k)?.label ?? k;

/** Row errors of a refused save (`body.rules.3.pattern`), by row index. */
function rowErrorsOf(err: unknown): Record<number, string> {
  const out: Record<number, string> = {};
  if (!(err instanceof ApiProblem)) return out;
  for (const e of err.errors) {
    const m = /rules\.(\d+)/.exec(e.field);
    if (m) out[Number(m[1])] ??= e.message;
  }
  return out;
}

function ReadOnlyRules({ rules }: { rules: InvestmentRule[] }) {
  return (
    <table className="simple-table investment-rules">
      <caption className="visually-hidden">Classification rules</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            Order
          </th>
          <th scope="col">When</th>
          <th scope="col">Matches</th>
          <th scope="col">Category</th>
        </tr>
      </thead>
      <tbody>
        {toDrafts(rules).map((r, i) => (
          <tr key={r.key}>
            <td className="num">{i + 1}</td>
            <td>{kindLabel(r.kind)}</td>
            <td>
              <code>{r.pattern}</code>
            </td>
            <td>{categoryLabel(r.category)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RuleEditor({ saved, onSaved }: { saved: InvestmentRules; onSaved: (r: InvestmentRules) => void }) {
  const toast = useToast();
  const [drafts, setDrafts] = useState<DraftRule[]>(() => toDrafts(saved.rules));
  const [nextKey, setNextKey] = useState(saved.rules.length + 1);
  const [checked, setChecked] = useState(false);
  const [formError, setFormError] = useState<unknown>(null);
  const [serverRows, setServerRows] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const focusKey = useRef<number | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (focusKey.current === null) return;
    tableRef.current?.querySelector<HTMLInputElement>(`[data-rule="${focusKey.current}"]`)?.focus();
    focusKey.current = null;
  });

  const dirty = JSON.stringify(toRules(drafts)) !== JSON.stringify(toRules(toDrafts(saved.rules)));
  const errors = drafts.map((d, i) => (checked ? patternError(d.pattern) : null) ?? serverRows[i] ?? null);

  const change = (key: number, patch: Partial<DraftRule>) =>
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const add = () => {
    focusKey.current = nextKey;
    setDrafts((list) => [...list, { key: nextKey, category: 'new', kind: 'label', pattern: '' }]);
    setNextKey((k) => k + 1);
  };
  const put = async (rules: InvestmentRule[], done: string) => {
    setBusy(true);
    setFormError(null);
    setServerRows({});
    try {
      const answer = await unwrap(api.PUT('/api/v1/delivery/investment-rules', { body: { rules } }));
      setDrafts(toDrafts(answer.rules, nextKey));
      setNextKey((k) => k + answer.rules.length);
      setChecked(false);
      toast(done);
      onSaved(answer);
    } catch (err) {
      setServerRows(rowErrorsOf(err));
      setFormError(err);
    } finally {
      setBusy(false);
    }
  };
  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setChecked(true);
    const firstBad = drafts.find((d) => patternError(d.pattern));
    if (firstBad) {
      setFormError(new Error('Some rules have no usable pattern: fix the fields marked below.'));
      focusKey.current = firstBad.key;
      return;
    }
    if (drafts.length === 0) {
      setFormError(
        new Error('An empty list means the default rules: use “Restore the default rules” instead.'),
      );
      return;
    }
    void put(toRules(drafts), 'Rules saved: the work is classified again with them.');
  };

  return (
    <form className="investment-rules-form" noValidate onSubmit={save}>
      <FormError error={formError} />
      <table ref={tableRef} className="simple-table investment-rules">
        <caption className="visually-hidden">Classification rules</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Order
            </th>
            <th scope="col">When</th>
            <th scope="col">Matches</th>
            <th scope="col">Category</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {drafts.map((d, i) => {
            const n = i + 1;
            const error = errors[i];
            const errorId = `rule-${d.key}-error`;
            return (
              <tr key={d.key} className={error ? 'investment-rules__row--invalid' : undefined}>
                <td className="num">{n}</td>
                <td>
                  <select
                    aria-label={`Rule ${n}: what it looks at`}
                    value={d.kind}
                    onChange={(e) => change(d.key, { kind: e.target.value as RuleKind })}
                  >
                    {RULE_KINDS.map((k) => (
                      <option key={k.id} value={k.id}>
                        {k.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="text"
                    data-rule={d.key}
                    aria-label={`Rule ${n}: pattern`}
                    value={d.pattern}
                    maxLength={400}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    onChange={(e) => change(d.key, { pattern: e.target.value })}
                  />
                  {error ? (
                    <p id={errorId} className="field__error">
                      <span aria-hidden="true">✕ </span>
                      {error}
                    </p>
                  ) : null}
                </td>
                <td>
                  <select
                    aria-label={`Rule ${n}: category`}
                    value={d.category}
                    onChange={(e) => change(d.key, { category: e.target.value as RuleCategory })}
                  >
                    {RULE_CATEGORIES.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="investment-rules__actions">
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    aria-label={`Move rule ${n} up`}
                    disabled={i === 0}
                    onClick={() => setDrafts((list) => moved(list, i, i - 1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    aria-label={`Move rule ${n} down`}
                    disabled={i === drafts.length - 1}
                    onClick={() => setDrafts((list) => moved(list, i, i + 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    aria-label={`Remove rule ${n}`}
                    onClick={() => setDrafts((list) => list.filter((x) => x.key !== d.key))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form__actions investment-rules__buttons">
        <button type="button" className="button" onClick={add}>
          Add a rule
        </button>
        <button type="submit" className="button button--primary" disabled={busy || !dirty}>
          {busy ? 'Saving…' : 'Save rules'}
        </button>
        <button
          type="button"
          className="button button--ghost"
          disabled={busy || !dirty}
          onClick={() => {
            setDrafts(toDrafts(saved.rules, nextKey));
            setNextKey((k) => k + saved.rules.length);
            setChecked(false);
            setFormError(null);
            setServerRows({});
          }}
        >
          Discard changes
        </button>
        <ConfirmButton
          label="Restore the default rules"
          question="Replace these rules with the defaults?"
          confirmLabel="Yes, restore"
          disabled={busy || saved.isDefault}
          onConfirm={() => put([], 'The default rules are back.')}
        />
      </div>
    </form>
  );
}

/**
 * The rules that classify work into categories: an editable table for executives and admins (add,
 * remove, reorder, category, kind, pattern; save, or restore the defaults), read-only for everyone else.
 */
export function InvestmentRulesPanel({ onSaved }: { onSaved: () => void }) {
  const { can } = useSession();
  const leader = can(LEADERS);
  const { data, error, reload } = useApi('investment-rules', (signal) =>
    unwrap(api.GET('/api/v1/delivery/investment-rules', { signal })),
  );
  // The answer of the last save: the rules as they are now, without loading them again.
  const [saved, setSaved] = useState<InvestmentRules>();
  const current = saved ?? data;
  return (
    <section className="panel investment-rules-panel" aria-labelledby="investment-rules">
      <div className="investment-rules-panel__head">
        <h2 id="investment-rules">Classification rules</h2>
        {current ? (
          <StatusBadge
            status={current.isDefault ? 'no-data' : 'good'}
            label={current.isDefault ? 'Default rules' : 'Edited rules'}
          />
        ) : null}
      </div>
      <p className="muted">
        Rules are tried from the top; the first that matches an item decides its category. A pattern is a
        case-insensitive glob matched against the whole value (<code>*</code> matches anything:{' '}
        <code>bug</code> matches “Bug” but not “debug”). Labels are the pull request’s, issue labels those of
        the issues it closes, the commit type that of its title or of any of its commits (<code>feat</code>,{' '}
        <code>fix</code>…).
        {leader ? null : ' Only executives and admins can change the rules.'}
      </p>
      {error ? (
        <p role="alert" className="callout callout--bad">
          The rules could not be loaded: {error.title}.{' '}
          <button type="button" className="button button--small" onClick={reload}>
            Try again
          </button>
        </p>
      ) : null}
      {current && leader ? (
        <RuleEditor
          saved={current}
          onSaved={(answer) => {
            setSaved(answer);
            onSaved();
          }}
        />
      ) : null}
      {current && !leader ? <ReadOnlyRules rules={current.rules} /> : null}
    </section>
  );
}
