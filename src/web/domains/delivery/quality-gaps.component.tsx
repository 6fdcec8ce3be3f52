import { useId } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../app/session/session.context';
import { RichText } from '../../ui/format/rich-text.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { plural } from './delivery-data';
import { type GapRow, gapRows, type Quality } from './quality-data';

function Gap({ row, context }: { row: GapRow; context?: string | undefined }) {
  const titleId = useId();
  const { can } = useSession();
  const { info, count } = row;
  const ok = count === 0;
  return (
    <li
      className={`quality-gap${ok ? ' quality-gap--ok' : ''}`}
      aria-labelledby={titleId}
      data-gap={info.key}
    >
      <div className="quality-gap__head">
        <StatusBadge status={ok ? 'good' : 'watch'} label={ok ? 'OK' : 'Missing'} />
        <h3 id={titleId} className="quality-gap__title">
          <span className="quality-gap__count">{count.toLocaleString()}</span>{' '}
          {count === 1 ? info.one : info.label}
        </h3>
      </div>
      {context ? <p className="quality-gap__context muted">{context}</p> : null}
      {!ok && info.meaning ? (
        <dl className="quality-gap__body">
          <div>
            <dt>What it means for the numbers</dt>
            <dd>
              {info.meaning}
              {info.affects.length ? <span className="muted"> ({info.affects.join(', ')})</span> : null}
            </dd>
          </div>
          <div>
            <dt>What to do</dt>
            <dd>
              <RichText text={info.action} />
              {info.link && can(info.link.roles) ? (
                <>
                  {' '}
                  <Link to={info.link.href}>
                    {info.link.label}
                    <span aria-hidden="true"> →</span>
                  </Link>
                </>
              ) : null}
            </dd>
          </div>
        </dl>
      ) : null}
    </li>
  );
}

/** "What is missing": each gap of the delivery data with its count, what it bends, and what to do. */
export function QualityGaps({ data }: { data: Quality }) {
  const rows = gapRows(data.gaps);
  const found = rows.filter((r) => r.count > 0).length;
  const commits = data.gaps.commits ?? 0;
  const identities = data.gaps.authorIdentitiesWithoutPerson ?? 0;
  const contextOf = (key: string) =>
    key === 'commitsWithoutPerson' && commits > 0
      ? `Of ${plural(commits, 'commit')} authored in the last ${data.days} days${
          identities ? `, from ${plural(identities, 'author identity', 'author identities')} to match` : ''
        }.`
      : undefined;
  return (
    <section className="panel quality-section" aria-labelledby="quality-missing">
      <h2 id="quality-missing">What is missing</h2>
      <p className={`callout ${found ? 'callout--watch' : 'callout--good'}`}>
        {found
          ? `${plural(found, 'kind of gap', 'kinds of gap')} in the delivery data of the last ${data.days} days. Each one bends the figures named with it; what to do is below.`
          : `Nothing is missing in the delivery data of the last ${data.days} days: every check below is OK.`}
      </p>
      <ul className="quality-gaps">
        {rows.map((r) => (
          <Gap key={r.info.key} row={r} context={contextOf(r.info.key)} />
        ))}
      </ul>
    </section>
  );
}
