import { memo } from 'react';
import { Link } from 'react-router';
import { NODE_H, NODE_W } from './org-chart-layout';
import type { ChartPerson } from './org-chart-model';

/** The role groups the chart colours (always with the title in words beside the colour). */
export type RoleTone = 'lead' | 'manager' | 'techlead' | 'ic' | 'product';

export function roleTone(role: string): RoleTone {
  const r = role.toLowerCase();
  if (r.includes('product')) return 'product';
  if (r.includes('tech lead') || r.includes('staff') || r.includes('principal')) return 'techlead';
  if (r.includes('manager')) return 'manager';
  if (r === 'cto' || r.includes('head') || r.includes('director') || r.includes('vp') || r.includes('chief'))
    return 'lead';
  return 'ic';
}

/** One person of the chart: the name opens their page, the number shows or hides their reports. */
export const OrgChartNode = memo(function OrgChartNode({
  person,
  x,
  y,
  team,
  reports,
  below,
  expanded,
  selected,
  onToggle,
}: {
  person: ChartPerson;
  x: number;
  y: number;
  team: string | null;
  reports: number;
  below: number;
  expanded: boolean;
  selected: boolean;
  onToggle: (id: number) => void;
}) {
  const classes = [
    'oc-node',
    `oc-node--${roleTone(person.role)}`,
    selected ? 'oc-node--selected' : '',
    person.context ? 'oc-node--context' : '',
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={{ left: x, top: y, width: NODE_W, height: NODE_H }}
      data-node-id={person.id}
    >
      <Link className="oc-node__name" to={`/org/people/${person.id}`} draggable={false}>
        {person.name}
        {selected ? <span className="visually-hidden"> (found)</span> : null}
      </Link>
      <span className="oc-node__title">{person.title ?? person.role}</span>
      <span className="oc-node__foot">
        <span className="oc-node__team">
          {person.context ? 'above the chosen team' : (team ?? 'no team')}
        </span>
        {reports > 0 ? (
          <button
            type="button"
            className="oc-node__toggle"
            aria-expanded={expanded}
            aria-label={`${expanded ? 'Hide' : 'Show'} the ${reports} direct report${reports === 1 ? '' : 's'} of ${person.name}`}
            title={`${reports} direct report${reports === 1 ? '' : 's'}, ${below} in all`}
            onClick={() => onToggle(person.id)}
          >
            {reports}
            <span aria-hidden="true">{expanded ? ' ▾' : ' ▸'}</span>
          </button>
        ) : null}
      </span>
    </div>
  );
});
