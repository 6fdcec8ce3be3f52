import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { formatDate } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { formatValue, type Goal, type KeyResult, pct } from './direction-data';
import { DirectionTabs, ProgressBar } from './direction-tabs.component';
import { CheckinForm } from './goal-checkin.component';
import './direction.css';

function KeyResultRow({
  kr,
  mayChange,
  onChanged,
}: {
  kr: KeyResult;
  mayChange: boolean;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const last = kr.checkins[0];
  return (
    <li className="direction-kr">
      <div className="direction-kr__main">
        <span className="direction-kr__title">{kr.title}</span>
        <span className="direction-kr__values">
          {formatValue(kr.current, kr.unit)}{' '}
          <span className="muted">
            from {formatValue(kr.start, kr.unit)} to {formatValue(kr.target, kr.unit)}
          </span>
        </span>
        <ProgressBar value={kr.progress} label={`Progress of ${kr.title}`} />
        <span className="direction-kr__confidence" title="How likely the target is met">
          confidence {pct(kr.confidence)}
        </span>
      </div>
      <div className="direction-kr__meta">
        {kr.metric ? (
          <span>
            Live: <Link to={kr.metric.href}>{kr.metric.label}</Link>, last 30 days
          </span>
        ) : last ? (
          <span>
            Checked in {formatDate(last.at)} by {last.by}
            {last.note ? `: “${last.note}”` : ''}
          </span>
        ) : (
          'Not checked in yet'
        )}
        {mayChange ? (
          <button
            type="button"
            className="button button--small button--ghost"
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
          >
            Check in
          </button>
        ) : null}
      </div>
      {open ? (
        <CheckinForm
          kr={kr}
          onDone={() => {
            setOpen(false);
            onChanged();
          }}
        />
      ) : null}
    </li>
  );
}

function GoalNode({
  goal,
  below,
  onChanged,
}: {
  goal: Goal;
  below: (id: number) => Goal[];
  onChanged: () => void;
}) {
  const children = below(goal.id);
  const headingId = useId();
  return (
    <li className="direction-goal">
      <article className="panel direction-goal__card" aria-labelledby={headingId}>
        <header className="direction-goal__head">
          <h2 id={headingId}>{goal.title}</h2>
          <span className="direction-goal__who">
            {goal.team ? goal.team.name : 'Organization'}
            {goal.owner ? ` · ${goal.owner.name}` : ''}
          </span>
          <ProgressBar value={goal.progress} label={`Progress of ${goal.title}`} />
        </header>
        {goal.description ? <p className="muted">{goal.description}</p> : null}
        {goal.keyResults.length ? (
          <ul className="direction-krs">
            {goal.keyResults.map((kr) => (
              <KeyResultRow key={kr.id} kr={kr} mayChange={goal.mayChange} onChanged={onChanged} />
            ))}
          </ul>
        ) : (
          <p className="callout callout--watch">No key results: this goal cannot be measured yet.</p>
        )}
      </article>
      {children.length ? (
        <ul
          className="direction-goals direction-goals--nested"
          aria-label={`Goals rolling up to ${goal.title}`}
        >
          {children.map((c) => (
            <GoalNode key={c.id} goal={c} below={below} onChanged={onChanged} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** `/strategy/goals`: the goals of a period as a tree, with live key results. */
export function GoalsPage() {
  const [params, setParams] = useSearchParams();
  const period = params.get('period');
  const team = params.get('team') ?? '';
  const { data, error, loading, reload } = useApi(`goals:${period ?? ''}`, (signal) =>
    unwrap(api.GET('/api/v1/strategy/goals', { params: { query: period ? { period } : {} }, signal })),
  );
  const items = data?.items ?? [];
  const teams = [...new Map(items.filter((g) => g.team).map((g) => [g.team!.id, g.team!])).values()];
  const shown =
    team === 'org'
      ? items.filter((g) => !g.team)
      : team
        ? items.filter((g) => String(g.team?.id) === team)
        : items;
  const ids = new Set(shown.map((g) => g.id));
  const roots = shown.filter((g) => g.parentId === null || !ids.has(g.parentId));
  const below = (id: number) => shown.filter((g) => g.parentId === id);
  const set = (key: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const measurable = items.filter((g) => g.keyResults.length > 0).length;
  return (
    <div className="page direction-page">
      <PageHeader
        title="Goals"
        description="Objectives of the organization and its teams, with key results. Key results bound to a delivery figure update themselves."
      />
      <DirectionTabs />
      <section className="direction-toolbar" aria-label="Which goals">
        <label>
          Period
          <select value={data?.period ?? ''} onChange={(e) => set('period', e.target.value)}>
            {(data?.periods ?? []).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          Goals of
          <select value={team} onChange={(e) => set('team', e.target.value)}>
            <option value="">Everyone</option>
            <option value="org">The organization</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        {data && items.length ? (
          <p className="muted">
            {measurable} of {items.length} goals have key results.
          </p>
        ) : null}
      </section>
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {loading && !data ? <p className="loading">Loading the goals…</p> : null}
      {data && items.length === 0 ? (
        <EmptyState title="No goals yet">
          <p>
            Leaders set organization goals and managers their teams’ goals, each with key results, through the
            API (<code>POST /api/v1/strategy/goals</code>, docs/api.md). A key result can be bound to a
            delivery figure such as lead time or review coverage so that it updates itself.
          </p>
        </EmptyState>
      ) : null}
      {data && items.length > 0 && shown.length === 0 ? (
        <p className="muted">No goals match this choice.</p>
      ) : null}
      <ul className="direction-goals">
        {roots.map((g) => (
          <GoalNode key={g.id} goal={g} below={below} onChanged={reload} />
        ))}
      </ul>
    </div>
  );
}
