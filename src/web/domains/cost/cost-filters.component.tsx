import { useCallback, useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import type { CostFacets, CostFilterValues, CostGroupBy, CostMetric, CostStep } from './cost-api';
import { getCostFacets } from './cost-api';
import {
  activeFilters,
  type CostView,
  changedQuery,
  type FilterKey,
  facetOptions,
  GROUP_BYS,
  METRICS,
  parseCostView,
  TEXT_FILTERS,
} from './cost-query';
import './cost.css';

export type { CostView, FilterKey } from './cost-query';
export { parseCostFilters, parseCostView } from './cost-query';

/**
 * The cost view of the current URL (grouping, step, metric, filters) and a way to change it; every
 * change is a history entry, and paging (`offset`) restarts.
 */
export function useCostView(defaults: Partial<CostView> = {}) {
  const [params, setParams] = useSearchParams();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the defaults are literals of the calling page
  const view = useMemo(() => parseCostView(params, defaults), [params]);
  // From the address bar, not the last render: two changes in quick succession (before React has
  // re-rendered with the first) must both stay in the URL.
  const set = useCallback(
    (change: Record<string, string | number | undefined | null>) =>
      setParams(() => changedQuery(new URLSearchParams(window.location.search), change)),
    [setParams],
  );
  return { params, view, set };
}

/** The values with cost in the range, for the filter pickers. */
export function useCostFacets(from: string, to: string) {
  return useApi(`cost-facets:${from}:${to}`, (signal) => getCostFacets({ from, to }, signal));
}

function Select({
  label,
  value,
  options,
  all,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { id: string; label: string }[];
  all?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="cost-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {all !== undefined ? <option value="">{all}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Filter pickers for the cost views (service, provider, category, cloud service, account, environment,
 * charge category; the team is the scope bar's). Each choice goes into the URL through `onChange`.
 * `show` limits the pickers; a value in the URL that the facets do not list stays pickable.
 */
export function CostFilters({
  filters,
  facets,
  onChange,
  show,
}: {
  filters: CostFilterValues;
  facets: CostFacets | undefined;
  onChange: (change: Partial<Record<FilterKey, string | undefined>>) => void;
  show?: readonly FilterKey[];
}) {
  const pickers = TEXT_FILTERS.filter((f) => !show || show.includes(f.key));
  const labelOf = (key: FilterKey, value: string) => {
    const spec = TEXT_FILTERS.find((f) => f.key === key);
    const found = spec ? facetOptions(facets?.[spec.facet]).find((o) => o.id === value) : undefined;
    return found?.label ?? value;
  };
  const active = activeFilters(filters, labelOf).filter((a) => !show || show.includes(a.key));
  return (
    <section className="cost-filters" aria-label="Filters">
      {pickers.map((f) => {
        const current = filters[f.key];
        const options = facetOptions(facets?.[f.facet]);
        if (current !== undefined && !options.some((o) => o.id === String(current)))
          options.unshift({ id: String(current), label: String(current) });
        return (
          <Select
            key={f.key}
            label={f.label}
            value={current === undefined ? '' : String(current)}
            options={options}
            all="All"
            onChange={(v) => onChange({ [f.key]: v || undefined })}
          />
        );
      })}
      {active.length > 0 ? (
        <button
          type="button"
          className="button button--small cost-filters__clear"
          onClick={() => onChange(Object.fromEntries(active.map((a) => [a.key, undefined])))}
        >
          Clear {active.length === 1 ? 'the filter' : `${active.length} filters`}
        </button>
      ) : null}
    </section>
  );
}

/** Grouping, step and metric pickers (each optional); the choices go into the URL through `onChange`. */
export function CostViewControls({
  view,
  onChange,
  groups = GROUP_BYS.map((g) => g.id),
  showStep = true,
  showMetric = true,
}: {
  view: CostView;
  onChange: (change: { group?: CostGroupBy; step?: CostStep; metric?: CostMetric }) => void;
  groups?: readonly CostGroupBy[];
  showStep?: boolean;
  showMetric?: boolean;
}) {
  return (
    <section className="cost-filters cost-filters--view" aria-label="View">
      {groups.length > 0 ? (
        <Select
          label="Group by"
          value={view.group}
          options={GROUP_BYS.filter((g) => groups.includes(g.id))}
          onChange={(v) => onChange({ group: v as CostGroupBy })}
        />
      ) : null}
      {showStep ? (
        <Select
          label="Step"
          value={view.step}
          options={[
            { id: 'month', label: 'Month' },
            { id: 'day', label: 'Day' },
          ]}
          onChange={(v) => onChange({ step: v as CostStep })}
        />
      ) : null}
      {showMetric ? (
        <Select
          label="Cost"
          value={view.metric}
          options={METRICS.map((m) => ({
            id: m.id,
            label: `${m.label} (${m.id === 'effective' ? 'EffectiveCost' : 'BilledCost'})`,
          }))}
          onChange={(v) => onChange({ metric: v as CostMetric })}
        />
      ) : null}
    </section>
  );
}
