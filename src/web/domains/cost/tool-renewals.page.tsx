import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { CalendarSubscribe } from '../../ui/calendar-feed/calendar-subscribe.component';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { formatMoney, ICS_URL, type RenewalsData, toolName, toolsApi } from './tool-data';
import { ToolTabs } from './tool-tabs.component';
import { RenewalBadge } from './tool-widgets.component';
import './tools.css';

type Item = RenewalsData['items'][number];
type Entry = { kind: 'renewal' | 'notice'; day: string; item: Item };

const monthKey = (day: string) => day.slice(0, 7);
const monthName = (key: string) =>
  new Date(`${key}-01T00:00:00Z`).toLocaleDateString(undefined, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The twelve months from today's, each with its renewals and notice deadlines. */
function byMonth(data: RenewalsData): { key: string; entries: Entry[] }[] {
  const start = new Date(`${data.today}T00:00:00Z`);
  const months = Array.from({ length: 12 }, (_, i) =>
    new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1)).toISOString().slice(0, 7),
  );
  const entries: Entry[] = data.items.flatMap((item) => [
    { kind: 'notice' as const, day: item.noticeDeadline, item },
    { kind: 'renewal' as const, day: item.renewalDate, item },
  ]);
  return months.map((key) => ({
    key,
    entries: entries
      .filter((e) => monthKey(e.day) === key && e.day >= data.today)
      .sort((a, b) => a.day.localeCompare(b.day) || a.kind.localeCompare(b.kind)),
  }));
}

/** `/cost/tools/renewals`: renewals and notice deadlines of the next twelve months, and the .ics feed. */
export function ToolRenewalsPage() {
  const { data, error, reload } = useApi('cost-tools-renewals', (signal) => toolsApi.renewals(signal));
  const passed = data?.items.filter((i) => i.status === 'notice-passed') ?? [];
  const soon = data?.items.filter((i) => i.status === 'act-soon') ?? [];
  const [subscribing, setSubscribing] = useState(false);
  return (
    <div className="tools-page">
      <PageHeader
        title="Renewal calendar"
        description="When each tool renews and the last day to cancel or renegotiate it (the renewal date minus the notice period)."
        actions={
          <>
            <button
              type="button"
              className="button button--small"
              aria-expanded={subscribing}
              onClick={() => setSubscribing((v) => !v)}
            >
              Subscribe…
            </button>
            <a className="button button--small" href={ICS_URL} download="tool-renewals.ics">
              Download calendar (.ics)
            </a>
          </>
        }
      />
      <ToolTabs />
      {subscribing ? (
        <CalendarSubscribe
          feedPath={ICS_URL}
          tokenName="Renewal calendar feed"
          onClose={() => setSubscribing(false)}
        />
      ) : null}
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {data && data.items.length === 0 ? (
        <EmptyState
          title="No renewals in the next twelve months"
          command="quarterdeck import tools tools.csv"
        >
          <p>
            Give the register’s tools a renewal date (or contract end) and a notice period to see them here.
          </p>
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <section className="tools-alerts" aria-label="Needs a decision">
            {passed.length ? (
              <div className="callout callout--bad">
                <strong>Notice passed for {passed.length}:</strong>{' '}
                {passed.map((i, n) => (
                  <span key={i.tool.id}>
                    {n ? ', ' : ''}
                    <Link to={`/cost/tools/${i.tool.id}`}>{i.tool.product}</Link> (renews {i.renewalDate})
                  </span>
                ))}
                . They renew on their current terms unless the vendor agrees otherwise.
              </div>
            ) : null}
            {soon.length ? (
              <div className="callout callout--watch">
                <strong>Act within 30 days for {soon.length}:</strong>{' '}
                {soon.map((i, n) => (
                  <span key={i.tool.id}>
                    {n ? ', ' : ''}
                    <Link to={`/cost/tools/${i.tool.id}`}>{i.tool.product}</Link> (by {i.noticeDeadline})
                  </span>
                ))}
                .
              </div>
            ) : null}
            <p className="muted">
              Subscribe your calendar app to the feed (or import the <a href={ICS_URL}>.ics file</a>) to be
              reminded a week before each notice deadline.
            </p>
          </section>
          <ol className="renewal-months">
            {byMonth(data).map((m) => (
              <li key={m.key} className="panel renewal-month">
                <h2>{monthName(m.key)}</h2>
                {m.entries.length === 0 ? (
                  <p className="muted">Nothing renews or falls due.</p>
                ) : (
                  <ul className="renewal-entries">
                    {m.entries.map((e) => (
                      <li
                        key={`${e.kind}-${e.item.tool.id}`}
                        className={`renewal-entry renewal-entry--${e.kind} renewal-entry--${e.item.status}`}
                      >
                        <span className="renewal-entry__day">{e.day.slice(8)}</span>
                        <span>
                          <Link to={`/cost/tools/${e.item.tool.id}`}>
                            {toolName(e.item.tool.vendor, e.item.tool.product)}
                          </Link>{' '}
                          {e.kind === 'notice' ? (
                            <>
                              <strong>notice deadline</strong> (renews {e.item.renewalDate}){' '}
                              <RenewalBadge renewal={e.item} />
                            </>
                          ) : (
                            <span className="muted">
                              {e.item.tool.autoRenew ? 'renews' : 'contract ends'} ·{' '}
                              {formatMoney(e.item.tool.annualCost, e.item.tool.currency)} a year
                            </span>
                          )}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
