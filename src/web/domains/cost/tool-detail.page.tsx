import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { ConfirmButton } from '../../ui/confirm-button/confirm-button.component';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { formatDateTime } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { useToast } from '../../ui/toast/toast.component';
import { categoryLabel, formatMoney, TOOL_EDITORS, toolName, toolsApi } from './tool-data';
import { ToolForm } from './tool-form.component';
import { ToolTabs } from './tool-tabs.component';
import { RenewalBadge, SeatBar } from './tool-widgets.component';
import './tools.css';

/** `/cost/tools/:id`: one tool, its contract and its seats with their last activity. */
export function ToolDetailPage() {
  const id = Number(useParams().id);
  const { can } = useSession();
  const editor = can(TOOL_EDITORS);
  const navigate = useNavigate();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [seatFilter, setSeatFilter] = useState<'all' | 'inactive'>('all');
  const { data: tool, error, reload } = useApi(`cost-tool-${id}`, (signal) => toolsApi.get(id, signal));
  if (error) return <ProblemView error={error} onRetry={reload} heading="h1" />;
  if (!tool) return <p className="loading">Loading…</p>;
  const seats = seatFilter === 'all' ? tool.seats : tool.seats.filter((s) => !s.active);
  return (
    <div className="tools-page">
      <PageHeader
        title={toolName(tool.vendor, tool.product)}
        description={`${tool.vendor} · ${categoryLabel(tool.category)}${tool.plan ? ` · ${tool.plan}` : ''}`}
        actions={
          editor ? (
            <>
              <button
                type="button"
                className="button button--small"
                onClick={() => setEditing((e) => !e)}
                aria-expanded={editing}
              >
                Edit
              </button>
              <ConfirmButton
                label="Remove"
                question={`Remove ${tool.product} and its seats from the register?`}
                onConfirm={async () => {
                  await toolsApi.remove(tool.id);
                  toast(`${tool.product} removed`);
                  navigate('/cost/tools');
                }}
              />
            </>
          ) : null
        }
      />
      <ToolTabs />
      {editing ? (
        <section className="panel" aria-labelledby="tool-edit">
          <h2 id="tool-edit">Edit {tool.product}</h2>
          <ToolForm
            tool={tool}
            onDone={() => {
              setEditing(false);
              toast('Saved');
              reload();
            }}
            onCancel={() => setEditing(false)}
          />
        </section>
      ) : null}
      <div className="tool-detail">
        <section className="panel" aria-labelledby="tool-contract">
          <h2 id="tool-contract">Contract</h2>
          <dl className="definition-list">
            <dt>Annual cost</dt>
            <dd>{formatMoney(tool.annualCost, tool.currency)}</dd>
            <dt>Seats bought</dt>
            <dd>
              {tool.seatsBought ?? 'not sold by seat'}
              {tool.seatCost ? (
                <span className="muted"> · {formatMoney(tool.seatCost, tool.currency)} a seat</span>
              ) : null}
            </dd>
            <dt>Contract</dt>
            <dd>
              {tool.contractStart ?? '?'} – {tool.contractEnd ?? '?'}
            </dd>
            <dt>Renewal</dt>
            <dd>
              {tool.renewal
                ? `${tool.renewal.renewalDate} (${tool.autoRenew ? 'renews automatically' : 'manual renewal'})`
                : 'no date'}
            </dd>
            <dt>Notice</dt>
            <dd>
              {tool.noticeDays} days{tool.renewal ? ` · deadline ${tool.renewal.noticeDeadline} ` : ' '}
              <RenewalBadge renewal={tool.renewal} />
            </dd>
            <dt>Owner</dt>
            <dd>
              {tool.owner ? <Link to={`/org/people/${tool.owner.id}`}>{tool.owner.name}</Link> : 'nobody yet'}
            </dd>
            <dt>Teams using it</dt>
            <dd>
              {tool.teams.length
                ? tool.teams.map((t, i) => (
                    <span key={t.id}>
                      {i ? ', ' : ''}
                      <Link to={`/org/teams/${t.id}`}>{t.name}</Link>
                    </span>
                  ))
                : 'everyone'}
            </dd>
          </dl>
          {tool.notes ? <p className="tool-notes">{tool.notes}</p> : null}
        </section>
        <section className="panel" aria-labelledby="tool-usage">
          <h2 id="tool-usage">Seats in use</h2>
          <SeatBar bought={tool.seatsBought} assigned={tool.seatsAssigned} active={tool.seatsActive} />
          <dl className="definition-list">
            <dt>Assigned</dt>
            <dd>{tool.seatsAssigned}</dd>
            <dt>Active (last {tool.activeDays} days)</dt>
            <dd>{tool.seatsActive}</dd>
            <dt>Unused</dt>
            <dd>
              {tool.unusedSeats}
              {tool.unusedSeats > 0 ? ` · ${formatMoney(tool.annualUnusedCost, tool.currency)} a year` : ''}
            </dd>
          </dl>
        </section>
      </div>
      <section className="panel" aria-labelledby="tool-seats">
        <div className="row tools-section-head">
          <h2 id="tool-seats">Seats</h2>
          {tool.seats.length ? (
            <fieldset className="tools-toggle">
              <legend className="visually-hidden">Show</legend>
              <label>
                <input
                  type="radio"
                  name="seats"
                  checked={seatFilter === 'all'}
                  onChange={() => setSeatFilter('all')}
                />{' '}
                All ({tool.seats.length})
              </label>
              <label>
                <input
                  type="radio"
                  name="seats"
                  checked={seatFilter === 'inactive'}
                  onChange={() => setSeatFilter('inactive')}
                />{' '}
                Not used in {tool.activeDays} days ({tool.seats.filter((s) => !s.active).length})
              </label>
            </fieldset>
          ) : null}
        </div>
        {tool.seats.length === 0 ? (
          <EmptyState title="No seats known" command="quarterdeck import tool-seats seats.csv">
            <p>
              Import who holds a seat and when they last used it: a CSV with the columns{' '}
              <code>tool,email,last_active</code> (tool as <code>{`${tool.vendor}/${tool.product}`}</code>).
            </p>
          </EmptyState>
        ) : (
          <div className="table-scroll">
            <table className="simple-table">
              <caption className="visually-hidden">Seats of {tool.product} with their last activity</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Last active</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {seats.map((s) => (
                  <tr key={`${s.source}-${s.email}`}>
                    <th scope="row">
                      {s.personId ? (
                        <Link to={`/org/people/${s.personId}`}>{s.personName}</Link>
                      ) : (
                        <span className="muted">not matched to a person</span>
                      )}
                    </th>
                    <td>{s.email}</td>
                    <td>
                      {s.lastActiveAt ? formatDateTime(s.lastActiveAt) : 'never'}
                      {s.active ? null : <span className="tool-inactive"> · inactive</span>}
                    </td>
                    <td>{s.source === 'csv' ? 'CSV' : 'SSO'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
