import { describe, expect, it } from 'vitest';
import { layoutTree, NODE_H, NODE_W, nodeAt, nodesIn } from './org-chart-layout';
import {
  buildTree,
  type ChartPerson,
  expandAll,
  filterByTeams,
  initialExpanded,
  reveal,
  searchPeople,
  teamAndBelow,
  visibleRows,
} from './org-chart-model';

const person = (id: number, name: string, managerId: number | null, teamId: number | null = null) =>
  ({ id, name, title: null, managerId, teamId, role: 'engineer' }) satisfies ChartPerson;

/** A CTO, a head of engineering, `directors` directors with 6 managers of 6 engineers each. */
function bigOrg(directors: number): ChartPerson[] {
  const out = [person(1, 'Cto', null), person(2, 'Head', 1)];
  let id = 3;
  for (let d = 0; d < directors; d++) {
    const dir = id++;
    out.push(person(dir, `Director ${dir}`, 2, dir));
    for (let m = 0; m < 6; m++) {
      const mgr = id++;
      out.push(person(mgr, `Manager ${mgr}`, dir, mgr));
      for (let e = 0; e < 6; e++) out.push(person(id, `Engineer ${id++}`, mgr, mgr));
    }
  }
  return out;
}

describe('org chart model', () => {
  it('builds the tree, sorted by name, with depth and sizes', () => {
    const t = buildTree([
      person(1, 'Root', null),
      person(3, 'Zed', 1),
      person(2, 'Amy', 1),
      person(4, 'Kid', 2),
    ]);
    expect(t.roots.map((i) => t.people[i]?.name)).toEqual(['Root']);
    expect(t.children[0]?.map((i) => t.people[i]?.name)).toEqual(['Amy', 'Zed']);
    expect(t.below[0]).toBe(3);
    expect(t.maxDepth).toBe(2);
  });

  it('cuts reporting cycles and treats unknown managers as roots', () => {
    const t = buildTree([person(1, 'A', 2), person(2, 'B', 1), person(3, 'C', 99)]);
    expect(t.roots.length).toBe(2);
    expect(visibleRows(t, expandAll(t)).length).toBe(3);
  });

  it('opens two or three levels at first, and reveals a person by opening their managers', () => {
    const t = buildTree(bigOrg(111));
    const open = initialExpanded(t);
    expect([...open].sort()).toEqual([1, 2]);
    const engineer = t.people.find((p) => p.name.startsWith('Engineer'))!;
    const next = reveal(t, open, engineer.id);
    expect(next.size).toBe(4);
    expect(visibleRows(t, next).some((r) => t.people[r.index]?.id === engineer.id)).toBe(true);
    expect(reveal(t, next, engineer.id)).toBe(next);
  });

  it('finds people by the start of their name first', () => {
    const t = buildTree([person(1, 'Ada Lovelace', null), person(2, 'Grace Adams', 1)]);
    expect(searchPeople(t, 'ad').map((h) => h.name)).toEqual(['Ada Lovelace', 'Grace Adams']);
    expect(searchPeople(t, 'grace ad')[0]?.under).toBe('Ada Lovelace');
  });

  it('filters by a team and the teams below it, keeping managers above as context', () => {
    const people = [person(1, 'Boss', null, 1), person(2, 'Lead', 1, 2), person(3, 'Dev', 2, 3)];
    const ids = teamAndBelow(
      [
        { id: 1, parentId: null },
        { id: 2, parentId: 1 },
        { id: 3, parentId: 2 },
      ],
      2,
    );
    const kept = filterByTeams(people, ids);
    expect(kept.map((p) => [p.name, !!p.context])).toEqual([
      ['Boss', true],
      ['Lead', false],
      ['Dev', false],
    ]);
  });
});

describe('org chart layout', () => {
  const overlaps = (l: ReturnType<typeof layoutTree>) => {
    const found: string[] = [];
    for (let a = 0; a < l.nodes.length; a++)
      for (let b = a + 1; b < l.nodes.length; b++)
        if (Math.abs(l.x[a]! - l.x[b]!) < NODE_W && Math.abs(l.y[a]! - l.y[b]!) < NODE_H)
          found.push(`${a}/${b}`);
    return found;
  };

  it('stacks closed reports in columns and never overlaps two boxes', () => {
    const t = buildTree(bigOrg(12));
    const open = reveal(t, initialExpanded(t), t.people[t.people.length - 1]!.id);
    const l = layoutTree(t, open);
    expect(l.nodes.length).toBe(visibleRows(t, open).length);
    expect(overlaps(l)).toEqual([]);
    const k = nodeAt(l, l.x[3]! + 5, l.y[3]! + 5);
    expect(k).toBe(3);
    expect(nodesIn(l, l.x[3]!, l.y[3]!, l.x[3]! + 1, l.y[3]! + 1)).toContain(3);
  });

  it('wraps many open branches into rows, without overlaps, roughly screen-shaped', () => {
    const t = buildTree(bigOrg(12));
    const l = layoutTree(t, expandAll(t));
    expect(l.nodes.length).toBe(t.people.length);
    expect(overlaps(l)).toEqual([]);
    expect(l.width / l.height).toBeLessThan(4);
  });

  it('lays out 5,000 people, all open, in well under a frame budget per change', () => {
    const t = buildTree(bigOrg(117));
    expect(t.people.length).toBeGreaterThan(5000);
    const open = expandAll(t);
    const started = performance.now();
    const l = layoutTree(t, open);
    const ms = performance.now() - started;
    expect(l.nodes.length).toBe(t.people.length);
    expect(ms).toBeLessThan(200);
    expect(l.width / l.height).toBeLessThan(4);
  });
});
