import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { useScope } from '../../scope/use-scope.hook';
import { definitionHref } from '../../ui/format/metric-links';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { percent } from './budget-data';
import { formatMoney } from './cost-format';
import { getSavings, type Savings } from './savings-data';
import './budget.css';

/** Rows shown per table (the API sends up to 100, largest first). */
const TOP = 15;

function Table({
  title,
  head,
  children,
  total,
}: {
  title: string;
  head: ReactNode;
  children: ReactNode;
  total?: number;
}) {
  const id = `savings-${title.toLowerCase().replaceAll(' ', '-')}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {total !== undefined && total > TOP ? (
        <p className="muted">
          The {TOP} largest of {total}.
        </p>
      ) : null}
      <div className="analysis-table-wrap">
        <table className="simple-table">
          <thead>{head}</thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </section>
  );
}

function Opportunities({ data }: { data: Savings }) {
  return (
    <ul className="savings-grid" aria-label="Savings opportunities">
      {data.opportunities.map((o) => (
        <li key={o.kind} className="panel savings-card">
          <h2>{o.title}</h2>
          {o.available && o.amounts.length ? (
            o.amounts.map((a) => (
              <p key={a.currency} className="savings-card__amount">
                {formatMoney(a.annual, a.currency)}
                <span className="muted"> a year</span>
              </p>
            ))
          ) : (
            <p className="savings-card__amount">{o.available ? formatMoney('0', 'USD') : '—'}</p>
          )}
          <p className="muted">{o.description}</p>
          {o.href && o.available ? (
            <p>
              <Link to={o.href}>
                {o.kind === 'unused-seats' ? 'Open the tool register' : 'Show the billing lines'}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Where money goes without use: seats, idle and unowned resources, unused commitments, non-production. */
export function SavingsPage() {
  const { team } = useScope();
  const { data, error, loading, reload } = useApi(`cost-savings:${team ?? ''}`, (signal) =>
    getSavings({ team }, signal),
  );
  return (
    <div className="page cost-analysis">
      <PageHeader
        title="Savings"
        description={
          <>
            Opportunities with their annual amount
            {data?.window
              ? `, from the ${data.window.days} days ${data.window.from} to ${data.window.to}`
              : ''}
            . <Link to={definitionHref('savings-opportunities')}>How each is measured</Link>
          </>
        }
      />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {loading && !data ? <p className="loading">Looking for savings…</p> : null}
      {data ? (
        <>
          <Opportunities data={data} />
          {data.unusedSeats.length ? (
            <Table
              title="Unused seats"
              total={data.unusedSeats.length}
              head={
                <tr>
                  <th scope="col">Tool</th>
                  <th scope="col" className="num">
                    Unused seats
                  </th>
                  <th scope="col" className="num">
                    A year
                  </th>
                </tr>
              }
            >
              {data.unusedSeats.slice(0, TOP).map((s) => (
                <tr key={`${s.toolId}-${s.currency}`}>
                  <th scope="row">
                    {s.toolId ? <Link to={`/cost/tools/${s.toolId}`}>{s.name}</Link> : s.name}
                  </th>
                  <td className="num">{s.unusedSeats}</td>
                  <td className="num">{formatMoney(s.annual, s.currency)}</td>
                </tr>
              ))}
            </Table>
          ) : null}
          {data.idleResources.length ? (
            <Table
              title="Idle resources"
              total={data.idleResources.length}
              head={
                <tr>
                  <th scope="col">Resource</th>
                  <th scope="col">Cloud service</th>
                  <th scope="col">Account</th>
                  <th scope="col" className="num">
                    In the window
                  </th>
                  <th scope="col" className="num">
                    A year
                  </th>
                </tr>
              }
            >
              {data.idleResources.slice(0, TOP).map((r) => (
                <tr key={`${r.resourceId}-${r.currency}`}>
                  <th scope="row">
                    <code>{r.resourceName ?? r.resourceId}</code>
                  </th>
                  <td>{r.serviceName ?? '—'}</td>
                  <td>{r.account ?? '—'}</td>
                  <td className="num">{formatMoney(r.cost, r.currency)}</td>
                  <td className="num">{formatMoney(r.annual, r.currency)}</td>
                </tr>
              ))}
            </Table>
          ) : null}
          {data.unallocated.length ? (
            <Table
              title="Unallocated resources"
              total={data.unallocated.length}
              head={
                <tr>
                  <th scope="col">Resource</th>
                  <th scope="col">Cloud service</th>
                  <th scope="col">Tags</th>
                  <th scope="col" className="num">
                    In the window
                  </th>
                  <th scope="col" className="num">
                    A year
                  </th>
                </tr>
              }
            >
              {data.unallocated.slice(0, TOP).map((r) => (
                <tr key={`${r.resourceId ?? r.serviceName}-${r.currency}`}>
                  <th scope="row">
                    {r.resourceId ? (
                      <code>{r.resourceId}</code>
                    ) : (
                      <span className="muted">no resource id</span>
                    )}
                  </th>
                  <td>{r.serviceName ?? '—'}</td>
                  <td>{r.untagged ? 'Untagged' : 'Tagged, no rule matches'}</td>
                  <td className="num">{formatMoney(r.cost, r.currency)}</td>
                  <td className="num">{formatMoney(r.annual, r.currency)}</td>
                </tr>
              ))}
            </Table>
          ) : null}
          {data.commitments.items.length || data.commitments.coverage.length ? (
            <section className="panel stack" aria-labelledby="savings-commitments">
              <h2 id="savings-commitments">Commitment discounts</h2>
              <div className="analysis-table-wrap">
                <table className="simple-table">
                  <caption>
                    Utilization: used ÷ (used + unused) commitment cost.{' '}
                    <Link to={definitionHref('commitment-utilization-and-coverage')}>Definitions</Link>
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Commitment</th>
                      <th scope="col">Type</th>
                      <th scope="col" className="num">
                        Used
                      </th>
                      <th scope="col" className="num">
                        Unused
                      </th>
                      <th scope="col" className="num">
                        Utilization
                      </th>
                      <th scope="col" className="num">
                        Unused a year
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.commitments.items.map((c) => (
                      <tr key={`${c.commitmentId}-${c.currency}`}>
                        <th scope="row">
                          <code>{c.commitmentId}</code>
                        </th>
                        <td>{[c.type, c.category].filter(Boolean).join(', ') || '—'}</td>
                        <td className="num">{formatMoney(c.used, c.currency)}</td>
                        <td className="num">{formatMoney(c.unused, c.currency)}</td>
                        <td className="num">{percent(c.utilization)}</td>
                        <td className="num">{formatMoney(c.annualUnused, c.currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="analysis-table-wrap">
                <table className="simple-table">
                  <caption>
                    Coverage: usage paid by commitments ÷ usage a commitment could have covered (on-demand
                    equivalent).
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Provider and category</th>
                      <th scope="col" className="num">
                        Covered
                      </th>
                      <th scope="col" className="num">
                        Eligible
                      </th>
                      <th scope="col" className="num">
                        Coverage
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.commitments.coverage.map((c) => (
                      <tr key={`${c.provider}-${c.serviceCategory}-${c.currency}`}>
                        <th scope="row">
                          {c.provider} · {c.serviceCategory ?? '—'}
                        </th>
                        <td className="num">{formatMoney(c.covered, c.currency)}</td>
                        <td className="num">{formatMoney(c.eligible, c.currency)}</td>
                        <td className="num">{percent(c.coverage)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
          {data.environments.length ? (
            <Table
              title="Cost by environment"
              head={
                <tr>
                  <th scope="col">Environment</th>
                  <th scope="col" className="num">
                    In the window
                  </th>
                  <th scope="col" className="num">
                    A year
                  </th>
                </tr>
              }
            >
              {data.environments.map((e) => (
                <tr key={`${e.environment}-${e.currency}`}>
                  <th scope="row">
                    {e.environment ?? 'No environment tag'}
                    {e.production ? ' (production)' : ''}
                  </th>
                  <td className="num">{formatMoney(e.cost, e.currency)}</td>
                  <td className="num">{formatMoney(e.annual, e.currency)}</td>
                </tr>
              ))}
            </Table>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
