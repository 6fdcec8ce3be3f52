import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { useScope } from '../../scope/use-scope.hook';
import { teamTree, useTeams } from '../../scope/use-teams.hook';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { FormError, SelectField, TextField } from '../../ui/form/fields.component';
import { definitionHref } from '../../ui/format/metric-links';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { useToast } from '../../ui/toast/toast.component';
import {
  BUDGET_EDITORS,
  type Budget,
  type BudgetInput,
  type BudgetPeriod,
  type BudgetScope,
  createBudget,
  listBudgets,
  PERIOD_LABEL,
  percent,
  STATUS_LOOK,
} from './budget-data';
import { useCostFacets } from './cost-filters.component';
import { formatMoney } from './cost-format';
import { facetOptions } from './cost-query';
import './budget.css';

/** The burn bar: cost to date (solid), projected total (light), time elapsed (a tick). */
export function BurnBar({ budget }: { budget: Budget }) {
  const c = budget.current;
  if (!c) return null;
  const clamp = (x: number) => `${Math.min(100, Math.max(0, x * 100))}%`;
  return (
    <div
      className={`burn-bar burn-bar--${c.status}`}
      role="img"
      aria-label={`${percent(c.burnShare)} of the budget spent with ${percent(c.elapsedShare)} of the period elapsed; forecast ${percent(c.projectedShare)}`}
    >
      <span className="burn-bar__projected" style={{ width: clamp(c.projectedShare) }} />
      <span className="burn-bar__actual" style={{ width: clamp(c.burnShare) }} />
      <span className="burn-bar__elapsed" style={{ left: clamp(c.elapsedShare) }} />
    </div>
  );
}

/** The figures of a budget's current period. */
export function BudgetFigures({ budget }: { budget: Budget }) {
  const c = budget.current;
  if (!c) return <p className="muted">No billing data for this period yet.</p>;
  const cur = budget.currency;
  return (
    <dl className="budget-figures">
      <div>
        <dt>Spent</dt>
        <dd>
          {formatMoney(c.actualToDate, cur)} of {formatMoney(budget.amount, cur)} ({percent(c.burnShare)})
        </dd>
      </div>
      <div>
        <dt>Forecast</dt>
        <dd>
          {formatMoney(c.projectedTotal.toFixed(2), cur)} ({percent(c.projectedShare)})
          {c.interval
            ? `, 80% between ${formatMoney(c.interval.lower.toFixed(2), cur)} and ${formatMoney(c.interval.upper.toFixed(2), cur)}`
            : ''}
        </dd>
      </div>
      <div>
        <dt>Period</dt>
        <dd>
          {c.label}, {percent(c.elapsedShare)} elapsed (data to {c.asOf})
        </dd>
      </div>
    </dl>
  );
}

function BudgetForm({ onCreated }: { onCreated: () => void }) {
  const { teams } = useTeams();
  const scope = useScope();
  const facets = useCostFacets(scope.from, scope.to);
  const toast = useToast();
  const [form, setForm] = useState({
    name: '',
    scope: 'team' as BudgetScope,
    teamId: '',
    serviceId: '',
    serviceCategory: '',
    period: 'month' as BudgetPeriod,
    amount: '',
    currency: 'USD',
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const data = facets.data as Record<string, unknown> | undefined;
  const services = facetOptions(data?.services);
  const categories = facetOptions(data?.categories);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: BudgetInput = {
      name: form.name,
      scope: form.scope,
      period: form.period,
      amount: form.amount,
      currency: form.currency,
      ...(form.scope === 'team' ? { teamId: Number(form.teamId) || null } : {}),
      ...(form.scope === 'service' ? { serviceId: Number(form.serviceId) || null } : {}),
      ...(form.scope === 'service_category' ? { serviceCategory: form.serviceCategory || null } : {}),
    };
    try {
      await createBudget(body);
      toast(`Budget “${form.name}” set.`, 'success');
      setForm((f) => ({ ...f, name: '', amount: '' }));
      onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel stack" onSubmit={submit} aria-labelledby="budget-form-title">
      <h2 id="budget-form-title">Set a budget</h2>
      <div className="budget-form">
        <TextField label="Name" name="name" value={form.name} onChange={set('name')} required />
        <SelectField
          label="For"
          name="scope"
          value={form.scope}
          onChange={set('scope')}
          options={[
            { value: 'team', label: 'A team (and the teams below it)' },
            { value: 'service', label: 'A service' },
            { value: 'service_category', label: 'A service category' },
            { value: 'organization', label: 'The whole organization' },
          ]}
        />
        {form.scope === 'team' ? (
          <SelectField
            label="Team"
            name="teamId"
            value={form.teamId}
            onChange={set('teamId')}
            options={[
              { value: '', label: 'Choose a team' },
              ...teamTree(teams ?? []).map(({ team, depth }) => ({
                value: String(team.id),
                label: `${'· '.repeat(depth)}${team.name}`,
              })),
            ]}
          />
        ) : null}
        {form.scope === 'service' ? (
          <SelectField
            label="Service"
            name="serviceId"
            value={form.serviceId}
            onChange={set('serviceId')}
            options={[
              { value: '', label: 'Choose a service' },
              ...services.map((s) => ({ value: s.id, label: s.label })),
            ]}
          />
        ) : null}
        {form.scope === 'service_category' ? (
          <SelectField
            label="Service category"
            name="serviceCategory"
            value={form.serviceCategory}
            onChange={set('serviceCategory')}
            options={[
              { value: '', label: 'Choose a category' },
              ...categories.map((s) => ({ value: s.id, label: s.label })),
            ]}
          />
        ) : null}
        <SelectField
          label="Period"
          name="period"
          value={form.period}
          onChange={set('period')}
          options={[
            { value: 'month', label: 'Every month' },
            { value: 'quarter', label: 'Every quarter' },
            { value: 'year', label: 'Every year' },
          ]}
        />
        <TextField
          label="Amount"
          name="amount"
          value={form.amount}
          onChange={set('amount')}
          required
          hint="e.g. 12000"
        />
        <TextField
          label="Currency"
          name="currency"
          value={form.currency}
          onChange={set('currency')}
          required
        />
      </div>
      <FormError error={error} />
      <div className="row">
        <button type="submit" className="button button--primary" disabled={busy}>
          Set budget
        </button>
      </div>
    </form>
  );
}

/** Budgets with their burn bars: cost to date, forecast to the period's end, and status. */
export function BudgetsPage() {
  const { team } = useScope();
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const { data, error, loading, reload } = useApi(`cost-budgets:${team ?? ''}`, (signal) =>
    listBudgets({ team }, signal),
  );
  const editor = can(BUDGET_EDITORS);
  return (
    <div className="page cost-analysis">
      <PageHeader
        title="Budgets"
        description={
          <>
            Cost to date against each budget, with the forecast to the end of the period (weekly pattern, 80%
            band). <Link to={definitionHref('budget-burn')}>How burn and forecast are computed</Link>
          </>
        }
        actions={
          editor ? (
            <button
              type="button"
              className="button"
              aria-expanded={adding}
              onClick={() => setAdding((v) => !v)}
            >
              {adding ? 'Close' : 'Set a budget'}
            </button>
          ) : null
        }
      />
      {adding && editor ? <BudgetForm onCreated={reload} /> : null}
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {loading && !data ? <p className="loading">Loading budgets…</p> : null}
      {data && data.items.length === 0 ? (
        <EmptyState title="No budgets yet">
          Set a monthly, quarterly or yearly amount for a team, a service, a service category or the whole
          organization{editor ? ' with “Set a budget”.' : '; admins and executives can set them.'}
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <ul className="budget-list" aria-label="Budgets">
          {data.items.map((b) => (
            <li key={b.id} className="panel budget-card">
              <div className="budget-card__head">
                <h2>
                  <Link to={`/cost/budgets/${b.id}`}>{b.name}</Link>
                </h2>
                <span className="muted">
                  {b.scopeLabel} · {PERIOD_LABEL[b.period]} {formatMoney(b.amount, b.currency)}
                </span>
                {b.current ? (
                  <StatusBadge
                    status={STATUS_LOOK[b.current.status].status}
                    label={STATUS_LOOK[b.current.status].word}
                  />
                ) : (
                  <StatusBadge status="no-data" />
                )}
              </div>
              <BurnBar budget={b} />
              <BudgetFigures budget={b} />
              {b.current?.currencyMismatch ? (
                <p className="callout callout--watch">
                  The budget is in {b.currency}, the bills in {b.current.reportingCurrency}: the amounts are
                  not converted.
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
