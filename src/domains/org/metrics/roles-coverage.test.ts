import { describe, expect, it } from 'vitest';
import {
  type CoverageMembershipInput,
  type CoveragePersonInput,
  type CoverageTeamInput,
  rolesCoverage,
} from './roles-coverage.js';

const person = (
  id: number,
  role: string,
  workMode: CoveragePersonInput['workMode'],
  status: 'active' | 'leaver' = 'active',
): CoveragePersonInput => ({ id, role, status, workMode });
const member = (
  teamId: number,
  personId: number,
  isPrimary: boolean,
  isLead = false,
): CoverageMembershipInput => ({
  teamId,
  personId,
  isPrimary,
  isLead,
});

const teams: CoverageTeamInput[] = [
  { id: 1, kind: 'department', parentId: null },
  { id: 2, kind: 'group', parentId: 1 },
  { id: 10, kind: 'team', parentId: 2 },
  { id: 11, kind: 'team', parentId: 2 },
  { id: 12, kind: 'team', parentId: 2 },
];
const people: CoveragePersonInput[] = [
  person(1, 'cto', 'office'),
  person(2, 'engineering director', 'hybrid'),
  person(3, 'engineering manager', 'office'),
  person(4, 'tech lead', 'remote'),
  person(5, 'engineer', 'remote'),
  person(6, 'engineer', null),
  person(7, 'tech lead', 'hybrid'),
  person(8, 'engineering manager', 'office', 'leaver'),
  person(10, 'engineer', 'remote'),
  person(11, 'engineer', 'remote'),
  person(12, 'product manager', 'office'),
];
const memberships: CoverageMembershipInput[] = [
  member(1, 1, true),
  member(2, 2, true),
  member(12, 2, false, true), // the director leads team 12 directly
  member(10, 3, true, true),
  member(10, 4, true),
  member(10, 5, true),
  member(11, 5, false), // 5 is in two teams: counted in 10 only
  member(11, 6, true),
  member(11, 7, true),
  member(11, 8, true, true), // a leaver: ignored, so team 11 has no manager
  member(12, 10, true),
  member(10, 11, false), // 11 is in two teams, none primary: no home team
  member(12, 11, false),
  member(10, 12, true),
  member(99, 6, false), // unknown team: ignored
];

describe('rolesCoverage', () => {
  it('a small org by hand', () => {
    const out = rolesCoverage(teams, memberships, people);
    expect(out.teams).toEqual([
      {
        teamId: 10,
        parentId: 2,
        headcount: 4, // 3, 4, 5, 12
        hasEngineeringManager: true,
        hasTechLead: true,
        engineeringManagerIds: [3],
        techLeadIds: [4],
        workModes: { remote: 2, office: 2, hybrid: 0, unknown: 0 },
      },
      {
        teamId: 11,
        parentId: 2,
        headcount: 2, // 6, 7
        hasEngineeringManager: false,
        hasTechLead: true,
        engineeringManagerIds: [],
        techLeadIds: [7],
        workModes: { remote: 0, office: 0, hybrid: 1, unknown: 1 },
      },
      {
        teamId: 12,
        parentId: 2,
        headcount: 1, // 10
        hasEngineeringManager: true,
        hasTechLead: false,
        engineeringManagerIds: [2],
        techLeadIds: [],
        workModes: { remote: 1, office: 0, hybrid: 0, unknown: 0 },
      },
    ]);
    expect(out.summary).toEqual({
      teams: 3,
      teamsWithManagerAndTechLead: 1,
      managerAndTechLeadShare: 1 / 3,
      teamsWithoutManager: [11],
      teamsWithoutTechLead: [12],
      activePeople: 10,
      managers: 3, // cto, director, EM 3 (8 left)
      engineers: 6, // 4, 5, 6, 7, 10, 11
      engineersPerManager: 2,
      workModes: { remote: 4, office: 3, hybrid: 2, unknown: 1 },
      remoteShare: 4 / 9,
      withoutHomeTeam: [11],
    });
  });

  it('a person in several teams is counted once (no double counting)', () => {
    const out = rolesCoverage(
      [
        { id: 1, kind: 'team', parentId: null },
        { id: 2, kind: 'team', parentId: null },
        { id: 3, kind: 'team', parentId: null },
      ],
      [member(1, 7, false), member(2, 7, true), member(3, 7, false), member(3, 8, false)],
      [person(7, 'engineer', 'office'), person(8, 'engineer', 'remote')],
    );
    expect(out.teams.map((t) => [t.teamId, t.headcount])).toEqual([
      [1, 0],
      [2, 1],
      [3, 1], // 8's only membership is their home team
    ]);
    const total = out.teams.reduce((sum, t) => sum + t.headcount, 0);
    expect(total).toBe(2);
  });

  it('a non-lead director does not make a team managed; a lead engineer does not either', () => {
    const out = rolesCoverage(
      [{ id: 1, kind: 'team', parentId: null }],
      [member(1, 1, false), member(1, 2, true, true)],
      [person(1, 'engineering director', null), person(2, 'engineer', null)],
    );
    expect(out.teams[0]!.hasEngineeringManager).toBe(false);
  });

  it('empty input gives no data rather than zeros', () => {
    expect(rolesCoverage([], [], []).summary).toEqual({
      teams: 0,
      teamsWithManagerAndTechLead: 0,
      managerAndTechLeadShare: null,
      teamsWithoutManager: [],
      teamsWithoutTechLead: [],
      activePeople: 0,
      managers: 0,
      engineers: 0,
      engineersPerManager: null,
      workModes: { remote: 0, office: 0, hybrid: 0, unknown: 0 },
      remoteShare: null,
      withoutHomeTeam: [],
    });
  });
});
