import { useId } from 'react';
import { useTeams } from '../../scope/use-teams.hook';
import { useServices } from '../delivery/use-services.hook';
import { ECOSYSTEMS, RINGS, type StackParams } from './stack-data';

/** Team, service, ecosystem and ring filters of the stack explorer; each choice goes into the URL. */
export function StackFilters({
  state,
  set,
}: {
  state: StackParams;
  set: (change: Record<string, string | number | undefined>) => void;
}) {
  const id = useId();
  const { teams } = useTeams();
  const { services } = useServices();
  const field = (
    name: string,
    label: string,
    value: string | number | undefined,
    options: { value: string; label: string }[],
    all: string,
  ) => (
    <div className="stack-filters__field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select
        id={`${id}-${name}`}
        value={value ?? ''}
        onChange={(e) => set({ [name]: e.target.value || undefined })}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const ecosystemLabel = state.tab === 'eol' ? 'Runtime' : 'Ecosystem';
  // Languages and scans have no ecosystem; runtimes, languages and scans have no radar ring.
  const showEcosystem = state.tab !== 'languages' && state.tab !== 'scans';
  const showRing = showEcosystem && state.tab !== 'eol';
  const ecosystems =
    state.tab === 'eol'
      ? [
          'nodejs',
          'python',
          'go',
          'eclipse-temurin',
          'ruby',
          'php',
          'postgresql',
          'mysql',
          'redis',
          'mongodb',
        ]
      : ECOSYSTEMS;
  return (
    <section className="stack-filters" aria-label="Filters">
      {field(
        'teamId',
        'Team',
        state.teamId,
        (teams ?? []).map((t) => ({ value: String(t.id), label: t.name })),
        'All teams',
      )}
      {field(
        'serviceId',
        'Service',
        state.serviceId,
        (services ?? []).map((s) => ({ value: String(s.id), label: s.title ?? s.name })),
        'All services',
      )}
      {showEcosystem
        ? field(
            'ecosystem',
            ecosystemLabel,
            state.ecosystem,
            ecosystems.map((e) => ({ value: e, label: e })),
            'All',
          )
        : null}
      {showRing
        ? field(
            'ring',
            'Radar ring',
            state.ring,
            RINGS.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) })),
            'All rings',
          )
        : null}
      {state.teamId || state.serviceId || state.ecosystem || state.ring || state.entry ? (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() =>
            set({
              teamId: undefined,
              serviceId: undefined,
              ecosystem: undefined,
              ring: undefined,
              entry: undefined,
              pkg: undefined,
            })
          }
        >
          Clear filters
        </button>
      ) : null}
    </section>
  );
}
