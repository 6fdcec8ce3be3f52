import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { ConfirmButton } from '../../ui/confirm-button/confirm-button.component';
import { FormError, TextField } from '../../ui/form/fields.component';
import { definitionHref } from '../../ui/format/metric-links';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { useToast } from '../../ui/toast/toast.component';
import { BandChart } from './budget-chart.component';
import {
  BUDGET_EDITORS,
  type BudgetDetail,
  deleteBudget,
  getBudget,
  PERIOD_LABEL,
  percent,
  STATUS_LOOK,
  updateBudget,
} from './budget-data';
import { BudgetFigures, BurnBar } from './budgets.page';
import { formatMoney } from './cost-format';
import './budget.css';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function AmountEditor({ budget, onSaved }: { budget: BudgetDetail; onSaved: () => void }) {
  const [amount, setAmount] = useState(budget.amount);
  const [error, setError] = useState<unknown>(null);
  const toast = useToast();
  return (
    <form
      className="row"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          await updateBudget(budget.id, { amount });
          toast('Budget changed.', 'success');
          onSaved();
        } catch (err) {
          setError(err);
        }
      }}
    >
      <TextField
        label={`Amount (${budget.currency})`}
        name="amount"
        value={amount}
        onChange={setAmount}
        required
      />
      <button type="submit" className="button">
        Change amount
      </button>
      <FormError error={error} />
    </form>
  );
}

/** One budget: its daily burn-up with the forecast band, the forecast's error, and the previous periods. */
export function BudgetDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { can } = useSession();
  const toast = useToast();
  const { data: b, error, reload } = useApi(`cost-budget:${id}`, (signal) => getBudget(id, signal));
  if (error) return <ProblemView error={error} onRetry={reload} heading="h1" />;
  if (!b) return <p className="loading">Loading the budget…</p>;
  const c = b.current;
  const cur = b.currency;
  const amount = Number(b.amount);
  return (
    <div className="page cost-analysis">
      <PageHeader
        title={b.name}
        description={
          <>
            {b.scopeLabel} · {PERIOD_LABEL[b.period]} budget of {formatMoney(b.amount, cur)} ·{' '}
            <Link to="/cost/budgets">All budgets</Link>
          </>
        }
        actions={
          c ? <StatusBadge status={STATUS_LOOK[c.status].status} label={STATUS_LOOK[c.status].word} /> : null
        }
      />
      <section className="panel budget-card" aria-label="This period">
        <BurnBar budget={b} />
        <BudgetFigures budget={b} />
        {b.notes ? <p className="muted">{b.notes}</p> : null}
        <p>
          <Link to={b.linesHref}>Billing lines behind the cost to date</Link>
        </p>
      </section>
      {c ? (
        <section className="panel" aria-labelledby="burn-title">
          <h2 id="burn-title">Burn-up in {c.label}</h2>
          <BandChart
            title={`Cumulative cost in ${c.label}`}
            currency={cur}
            valueLabel="Cost to date"
            expectedLabel="Forecast"
            bandLabel="80% forecast band"
            limit={{ value: amount, label: `Budget ${formatMoney(b.amount, cur)}` }}
            summary={`Spent ${formatMoney(c.actualToDate, cur)} by ${c.asOf}; forecast ${formatMoney(c.projectedTotal.toFixed(2), cur)} by the end of the period against a budget of ${formatMoney(b.amount, cur)}.`}
            points={b.daily.map((p, i) => {
              // The forecast line and its band start from the last day with data.
              const joins = p.forecast === null && b.daily[i + 1]?.forecast != null;
              return {
                date: p.date,
                value: p.cumulative,
                expected: joins ? p.cumulative : p.forecast,
                lower: joins ? p.cumulative : p.lower,
                upper: joins ? p.cumulative : p.upper,
              };
            })}
          />
          <h3>Forecast error on past data</h3>
          <p>
            Backtest over the last four weeks ({c.backtest.points} days): MASE{' '}
            <strong>{c.backtest.mase === null ? '—' : c.backtest.mase.toFixed(2)}</strong>
            {c.backtest.mase !== null
              ? c.backtest.mase < 1
                ? ' (beats “same as last week”)'
                : ' (no better than “same as last week”)'
              : ''}
            , MAPE <strong>{c.backtest.mape === null ? '—' : `${c.backtest.mape.toFixed(1)} %`}</strong>.{' '}
            <Link to={definitionHref('cost-forecast-to-period-end')}>How the forecast works</Link>
          </p>
          <p className="muted">
            Daily run rate {formatMoney(b.level.toFixed(2), cur)}; weekday factors{' '}
            {b.factors.map((f, i) => `${WEEKDAYS[i]} ${f.toFixed(2)}`).join(', ')}.
          </p>
        </section>
      ) : null}
      {b.history.length ? (
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title">Previous periods</h2>
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col" className="num">
                  Cost
                </th>
                <th scope="col" className="num">
                  Of the budget
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {b.history.map((h) => (
                <tr key={h.label}>
                  <th scope="row">{h.label}</th>
                  <td className="num">{formatMoney(h.actual, cur)}</td>
                  <td className="num">{percent(Number(h.actual) / amount)}</td>
                  <td>
                    <StatusBadge status={STATUS_LOOK[h.status].status} label={STATUS_LOOK[h.status].word} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {can(BUDGET_EDITORS) ? (
        <section className="panel stack" aria-labelledby="edit-title">
          <h2 id="edit-title">Change</h2>
          <AmountEditor key={b.amount} budget={b} onSaved={reload} />
          <div>
            <ConfirmButton
              label="Remove budget"
              question={`Remove the budget “${b.name}”?`}
              onConfirm={async () => {
                await deleteBudget(b.id);
                toast('Budget removed.', 'success');
                navigate('/cost/budgets');
              }}
            />
          </div>
        </section>
      ) : null}
    </div>
  );
}
