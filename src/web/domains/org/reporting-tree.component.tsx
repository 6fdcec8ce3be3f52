import { Link } from 'react-router';
import type { Person } from '../../api/types';

function byManager(people: Person[]): Map<number, Person[]> {
  const map = new Map<number, Person[]>();
  for (const p of people) {
    if (p.managerId === null) continue;
    map.set(p.managerId, [...(map.get(p.managerId) ?? []), p]);
  }
  for (const list of map.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return map;
}

function Branch({
  managerId,
  reports,
  depth,
}: {
  managerId: number;
  reports: Map<number, Person[]>;
  depth: number;
}) {
  const direct = reports.get(managerId) ?? [];
  if (direct.length === 0 || depth > 12) return null;
  return (
    <ul className="reporting-tree__list">
      {direct.map((p) => {
        const count = reports.get(p.id)?.length ?? 0;
        return (
          <li key={p.id}>
            <Link to={`/org/people/${p.id}`}>{p.name}</Link>
            <span className="muted">
              {p.title ? ` · ${p.title}` : ''}
              {count > 0 ? ` · ${count} direct report${count === 1 ? '' : 's'}` : ''}
              {p.status !== 'active' ? ` · ${p.status === 'leaver' ? 'left' : p.status}` : ''}
            </span>
            <Branch managerId={p.id} reports={reports} depth={depth + 1} />
          </li>
        );
      })}
    </ul>
  );
}

/** Everyone below a person, as a nested list of reporting lines. */
export function ReportingTree({ rootId, people }: { rootId: number; people: Person[] }) {
  const reports = byManager(people);
  const direct = reports.get(rootId)?.length ?? 0;
  if (people.length === 0) return <p className="muted">Nobody reports to this person.</p>;
  return (
    <div className="reporting-tree">
      <p>
        {direct} direct report{direct === 1 ? '' : 's'}; {people.length} people in the whole subtree.
      </p>
      <Branch managerId={rootId} reports={reports} depth={0} />
    </div>
  );
}
