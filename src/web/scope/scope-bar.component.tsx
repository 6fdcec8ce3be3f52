import { type FormEvent, useEffect, useId, useState } from 'react';
import { formatRange, PRESET_DAYS, type PresetDays } from './scope';
import { useScope } from './use-scope.hook';
import { teamTree, useTeams } from './use-teams.hook';
import './scope-bar.css';

const INDENT = '\u00a0\u00a0\u00a0';

/** The global scope: a time range (presets or from–to) and a team, written to the URL. */
export function ScopeBar() {
  const scope = useScope();
  const { teams } = useTeams();
  const rangeId = useId();
  const teamId = useId();
  const [custom, setCustom] = useState(scope.preset === null);
  const [from, setFrom] = useState(scope.from);
  const [to, setTo] = useState(scope.to);
  const [rangeError, setRangeError] = useState<string | null>(null);

  useEffect(() => {
    setFrom(scope.from);
    setTo(scope.to);
    if (scope.preset === null) setCustom(true);
  }, [scope.from, scope.to, scope.preset]);

  const applyCustom = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) return setRangeError('Choose both dates.');
    if (from > to) return setRangeError('“From” must not be after “To”.');
    setRangeError(null);
    scope.setRange(from, to);
  };

  return (
    <section className="scope-bar" aria-label="Scope">
      <div className="scope-bar__field">
        <label htmlFor={rangeId}>Time range</label>
        <select
          id={rangeId}
          value={custom ? 'custom' : String(scope.preset)}
          onChange={(e) => {
            if (e.target.value === 'custom') {
              setCustom(true);
            } else {
              setCustom(false);
              scope.setPreset(Number(e.target.value) as PresetDays);
            }
          }}
        >
          {PRESET_DAYS.map((d) => (
            <option key={d} value={d}>
              Last {d} days
            </option>
          ))}
          <option value="custom">Custom range…</option>
        </select>
      </div>
      {custom ? (
        <form className="scope-bar__custom" onSubmit={applyCustom} noValidate>
          <div className="scope-bar__field">
            <label htmlFor={`${rangeId}-from`}>From</label>
            <input
              id={`${rangeId}-from`}
              type="date"
              value={from}
              max={to}
              onChange={(e) => setFrom(e.target.value)}
              aria-invalid={rangeError ? true : undefined}
            />
          </div>
          <div className="scope-bar__field">
            <label htmlFor={`${rangeId}-to`}>To</label>
            <input
              id={`${rangeId}-to`}
              type="date"
              value={to}
              min={from}
              onChange={(e) => setTo(e.target.value)}
              aria-invalid={rangeError ? true : undefined}
            />
          </div>
          <button type="submit" className="button button--small">
            Apply
          </button>
          {rangeError ? (
            <p className="scope-bar__error" role="alert">
              {rangeError}
            </p>
          ) : null}
        </form>
      ) : null}
      <div className="scope-bar__field">
        <label htmlFor={teamId}>Team</label>
        <select
          id={teamId}
          value={scope.team ?? ''}
          onChange={(e) => scope.setTeam(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">All teams</option>
          {teams
            ? teamTree(teams).map(({ team, depth }) => (
                <option key={team.id} value={team.id}>
                  {INDENT.repeat(depth)}
                  {team.name}
                  {team.kind === 'team' ? '' : ` (${team.kind})`}
                </option>
              ))
            : null}
          {scope.team && !teams?.some((t) => t.id === scope.team) ? (
            <option value={scope.team}>Team {scope.team}</option>
          ) : null}
        </select>
      </div>
      <p className="scope-bar__summary" aria-live="polite">
        {formatRange(scope.from, scope.to)}
      </p>
    </section>
  );
}
