import { type ReactNode, useId } from 'react';
import {
  type DraftErrors,
  emptyRule,
  type PoolDraft,
  poolDraft,
  RULE_KINDS,
  type RuleDraft,
  SPLITS,
} from './billing-rules';
import '../../ui/form/form.css';

function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (p: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

function RuleFields({
  rule,
  n,
  errors,
  set,
}: {
  rule: RuleDraft;
  n: number;
  errors: DraftErrors;
  set: (r: RuleDraft) => void;
}) {
  const at = `rule-${n}`;
  if (rule.kind === 'tag')
    return (
      <Field
        label="Tag keys, in order"
        hint="Empty: team, service, cost_center, owner. Spelling and case do not matter."
      >
        {(p) => <input {...p} value={rule.keys} onChange={(e) => set({ ...rule, keys: e.target.value })} />}
      </Field>
    );
  if (rule.kind === 'account')
    return (
      <Field label="Accounts" hint="One per line: account id = team or service." error={errors[`${at}-map`]}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={rule.map}
            onChange={(e) => set({ ...rule, map: e.target.value })}
          />
        )}
      </Field>
    );
  if (rule.kind === 'resource-glob')
    return (
      <div className="cost-rule__pair">
        <Field label="Resource pattern" error={errors[`${at}-pattern`]}>
          {(p) => (
            <input {...p} value={rule.pattern} onChange={(e) => set({ ...rule, pattern: e.target.value })} />
          )}
        </Field>
        <Field label="Team or service" error={errors[`${at}-unit`]}>
          {(p) => <input {...p} value={rule.unit} onChange={(e) => set({ ...rule, unit: e.target.value })} />}
        </Field>
      </div>
    );
  return (
    <>
      <label className="field__option">
        <input
          type="checkbox"
          checked={rule.catalog}
          onChange={(e) => set({ ...rule, catalog: e.target.checked })}
        />
        Also the owners of the catalog’s Resources (their names and cloud-id annotations)
      </label>
      <Field label="Owners" hint="One per line: resource id = team or service." error={errors[`${at}-map`]}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={rule.map}
            onChange={(e) => set({ ...rule, map: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

function PoolFields({
  pool,
  n,
  errors,
  set,
}: {
  pool: PoolDraft;
  n: number;
  errors: DraftErrors;
  set: (p: PoolDraft) => void;
}) {
  const at = `pool-${n}`;
  const text =
    (key: 'name' | 'accounts' | 'services' | 'resourceGlobs' | 'tagKey' | 'tagValue' | 'units') =>
    (p: { id: string }) => (
      <input {...p} value={pool[key]} onChange={(e) => set({ ...pool, [key]: e.target.value })} />
    );
  return (
    <div className="cost-pool__fields">
      <Field label="Pool name" error={errors[`${at}-name`]}>
        {text('name')}
      </Field>
      <Field label="Accounts" hint="Comma-separated account ids." error={errors[`${at}-match`]}>
        {text('accounts')}
      </Field>
      <Field label="Cloud services" hint="Comma-separated, e.g. AWS Support, Amazon CloudWatch.">
        {text('services')}
      </Field>
      <Field label="Resource patterns" hint="Comma-separated globs.">
        {text('resourceGlobs')}
      </Field>
      <div className="cost-rule__pair">
        <Field label="Tag key" error={errors[`${at}-tag`]}>
          {text('tagKey')}
        </Field>
        <Field label="Tag value">{text('tagValue')}</Field>
      </div>
      <Field label="Split">
        {(p) => (
          <select
            {...p}
            value={pool.split}
            onChange={(e) => set({ ...pool, split: e.target.value as PoolDraft['split'] })}
          >
            {SPLITS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Recipients" hint="Comma-separated teams or services; empty: every one with direct cost.">
        {text('units')}
      </Field>
      {pool.split === 'headcount' ? (
        <Field
          label="Headcount"
          hint="One per line: team = people. Empty: the people of each team in the organization."
          error={errors[`${at}-headcount`]}
        >
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={pool.headcount}
              onChange={(e) => set({ ...pool, headcount: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}

/**
 * The rules in order (the first that matches a line wins) and the shared pools, editable; read-only
 * (a disabled fieldset) for those who may not change them.
 */
export function RulesEditor({
  rules,
  pools,
  errors,
  readOnly,
  onRules,
  onPools,
}: {
  rules: readonly RuleDraft[];
  pools: readonly PoolDraft[];
  errors: DraftErrors;
  readOnly: boolean;
  onRules: (rules: RuleDraft[]) => void;
  onPools: (pools: PoolDraft[]) => void;
}) {
  const addId = useId();
  return (
    <fieldset className="cost-rules" disabled={readOnly}>
      <legend className="visually-hidden">Allocation rules</legend>
      <h3>Rules, in order: the first that matches a line names its team or service</h3>
      <ol className="cost-rules__list">
        {rules.map((r, i) => {
          const kind = RULE_KINDS.find((k) => k.id === r.kind);
          const name = `Rule ${i + 1}: ${kind?.label ?? r.kind}`;
          return (
            <li key={r.uid} className="cost-rule" aria-label={name}>
              <div className="cost-rule__head">
                <strong>{name}</strong>
                <span className="muted">{kind?.hint}</span>
                <span className="row cost-rule__buttons">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={i === 0}
                    aria-label={`Move rule ${i + 1} up`}
                    onClick={() => onRules(move(rules, i, i - 1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={i === rules.length - 1}
                    aria-label={`Move rule ${i + 1} down`}
                    onClick={() => onRules(move(rules, i, i + 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    aria-label={`Remove rule ${i + 1}`}
                    onClick={() => onRules(rules.filter((x) => x.uid !== r.uid))}
                  >
                    Remove
                  </button>
                </span>
              </div>
              <RuleFields
                rule={r}
                n={i + 1}
                errors={errors}
                set={(next) => onRules(rules.map((x) => (x.uid === r.uid ? next : x)))}
              />
            </li>
          );
        })}
      </ol>
      {rules.length === 0 ? (
        <p className="callout callout--watch">No rules: every line is unallocated.</p>
      ) : null}
      <div className="row">
        <label htmlFor={addId} className="visually-hidden">
          Kind of rule to add
        </label>
        <select
          id={addId}
          value=""
          onChange={(e) => {
            if (e.target.value) onRules([...rules, emptyRule(e.target.value as RuleDraft['kind'])]);
          }}
        >
          <option value="">Add a rule…</option>
          {RULE_KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <h3>Shared pools: costs nobody owns alone, split among teams</h3>
      <p className="muted">
        A line matching a pool goes to the pool before any rule; the pool is then split.
      </p>
      <ul className="cost-rules__list">
        {pools.map((p, i) => (
          <li
            key={p.uid}
            className="cost-rule cost-pool"
            aria-label={`Shared pool ${i + 1}${p.name ? `: ${p.name}` : ''}`}
          >
            <div className="cost-rule__head">
              <strong>Shared pool {i + 1}</strong>
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={`Remove shared pool ${i + 1}`}
                onClick={() => onPools(pools.filter((x) => x.uid !== p.uid))}
              >
                Remove
              </button>
            </div>
            <PoolFields
              pool={p}
              n={i + 1}
              errors={errors}
              set={(next) => onPools(pools.map((x) => (x.uid === p.uid ? next : x)))}
            />
          </li>
        ))}
      </ul>
      <div className="row">
        <button
          type="button"
          className="button button--small"
          onClick={() => onPools([...pools, poolDraft()])}
        >
          Add a shared pool
        </button>
      </div>
    </fieldset>
  );
}
