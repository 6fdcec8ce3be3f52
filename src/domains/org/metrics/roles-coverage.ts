/**
 * Roles coverage: does every team have an engineering manager and a tech lead, how many people each
 * team has, where they work from, and how many engineers there are per manager.
 *
 * Definition (see docs/metrics.md, "Roles coverage"):
 * - Only `active` people count; memberships of leavers, or of unknown people or teams, are ignored.
 * - Teams are the rows of kind `team` (departments and groups are not teams).
 * - Has engineering manager: a member with role `engineering manager`, or a lead (`isLead`) whose role is
 *   any management role (engineering manager, engineering director, head of engineering, cto) — a director
 *   who leads a team directly is its manager.
 * - Has tech lead: a member with role `tech lead`.
 * - Headcount: people whose home team this is. The home team is the primary membership; a person with
 *   no primary membership and exactly one membership belongs to that one; anyone else has no home team.
 *   A person in several teams is counted once, in their home team only. Work modes are counted over the
 *   same people (`unknown` when not recorded).
 * - Organization: share of teams with both a manager and a tech lead; managers (roles engineering
 *   manager, engineering director, head of engineering, cto) and engineers (roles engineer, tech lead)
 *   over all active people, and engineers per manager; remote share = remote / people with a known work
 *   mode.
 *
 * Reference: role names follow the org import (`PersonRole`); the manager-to-engineer ratio is the inverse
 * of span of control as used by Will Larson, "An Elegant Puzzle" (2019), section "Sizing teams".
 */

import { share } from './metric-helpers.js';

export interface CoverageTeamInput {
  id: number;
  kind: string;
  parentId: number | null;
}

export interface CoverageMembershipInput {
  teamId: number;
  personId: number;
  isPrimary: boolean;
  isLead: boolean;
}

export interface CoveragePersonInput {
  id: number;
  role: string;
  status: 'active' | 'leaver';
  workMode: 'remote' | 'office' | 'hybrid' | null;
}

export interface WorkModeMix {
  remote: number;
  office: number;
  hybrid: number;
  unknown: number;
}

export interface TeamCoverage {
  teamId: number;
  parentId: number | null;
  /** People whose home team this is. */
  headcount: number;
  hasEngineeringManager: boolean;
  hasTechLead: boolean;
  /** Who makes the two checks true (members and leads, any membership), by id. */
  engineeringManagerIds: number[];
  techLeadIds: number[];
  workModes: WorkModeMix;
}

export interface RolesCoverageSummary {
  teams: number;
  teamsWithManagerAndTechLead: number;
  /** Share (0–1) of teams with both; null without teams. */
  managerAndTechLeadShare: number | null;
  teamsWithoutManager: number[];
  teamsWithoutTechLead: number[];
  activePeople: number;
  managers: number;
  engineers: number;
  /** engineers / managers; null without managers. */
  engineersPerManager: number | null;
  workModes: WorkModeMix;
  /** remote / people with a known work mode; null when nobody's is known. */
  remoteShare: number | null;
  /** Active people with no home team (no membership, or several and none primary), by id. */
  withoutHomeTeam: number[];
}

export interface RolesCoverageOutput {
  /** Teams of kind `team`, in input order. */
  teams: TeamCoverage[];
  summary: RolesCoverageSummary;
}

export const MANAGER_ROLES: readonly string[] = [
  'engineering manager',
  'engineering director',
  'head of engineering',
  'cto',
];
export const ENGINEER_ROLES: readonly string[] = ['engineer', 'tech lead'];

const emptyMix = (): WorkModeMix => ({ remote: 0, office: 0, hybrid: 0, unknown: 0 });

function addMode(mix: WorkModeMix, mode: CoveragePersonInput['workMode']): void {
  mix[mode ?? 'unknown'] += 1;
}

/** Roles coverage per team and for the organization (definition in the file comment). */
export function rolesCoverage(
  teams: readonly CoverageTeamInput[],
  memberships: readonly CoverageMembershipInput[],
  people: readonly CoveragePersonInput[],
): RolesCoverageOutput {
  const active = new Map<number, CoveragePersonInput>();
  for (const p of people) if (p.status === 'active' && !active.has(p.id)) active.set(p.id, p);
  const teamIds = new Set(teams.map((t) => t.id));

  const byPerson = new Map<number, CoverageMembershipInput[]>();
  const byTeam = new Map<number, CoverageMembershipInput[]>();
  for (const m of memberships) {
    if (!active.has(m.personId) || !teamIds.has(m.teamId)) continue;
    const mine = byPerson.get(m.personId) ?? [];
    if (mine.some((x) => x.teamId === m.teamId)) continue; // the same membership twice
    mine.push(m);
    byPerson.set(m.personId, mine);
    const theirs = byTeam.get(m.teamId) ?? [];
    theirs.push(m);
    byTeam.set(m.teamId, theirs);
  }

  const home = new Map<number, number>();
  const withoutHomeTeam: number[] = [];
  for (const id of active.keys()) {
    const mine = byPerson.get(id) ?? [];
    const primary = mine.find((m) => m.isPrimary) ?? (mine.length === 1 ? mine[0] : undefined);
    if (primary) home.set(id, primary.teamId);
    else withoutHomeTeam.push(id);
  }

  const residents = new Map<number, { headcount: number; workModes: WorkModeMix }>();
  for (const [personId, teamId] of home) {
    const r = residents.get(teamId) ?? { headcount: 0, workModes: emptyMix() };
    r.headcount += 1;
    addMode(r.workModes, active.get(personId)!.workMode);
    residents.set(teamId, r);
  }

  const result: TeamCoverage[] = [];
  const seen = new Set<number>();
  for (const t of teams) {
    if (t.kind !== 'team' || seen.has(t.id)) continue;
    seen.add(t.id);
    const members = byTeam.get(t.id) ?? [];
    const engineeringManagerIds: number[] = [];
    const techLeadIds: number[] = [];
    for (const m of members) {
      const role = active.get(m.personId)!.role;
      if (role === 'engineering manager' || (m.isLead && MANAGER_ROLES.includes(role))) {
        engineeringManagerIds.push(m.personId);
      }
      if (role === 'tech lead') techLeadIds.push(m.personId);
    }
    const homed = residents.get(t.id);
    result.push({
      teamId: t.id,
      parentId: t.parentId,
      headcount: homed?.headcount ?? 0,
      hasEngineeringManager: engineeringManagerIds.length > 0,
      hasTechLead: techLeadIds.length > 0,
      engineeringManagerIds: engineeringManagerIds.sort((a, b) => a - b),
      techLeadIds: techLeadIds.sort((a, b) => a - b),
      workModes: homed?.workModes ?? emptyMix(),
    });
  }

  const workModes = emptyMix();
  let managers = 0;
  let engineers = 0;
  for (const p of active.values()) {
    addMode(workModes, p.workMode);
    if (MANAGER_ROLES.includes(p.role)) managers += 1;
    if (ENGINEER_ROLES.includes(p.role)) engineers += 1;
  }
  const both = result.filter((t) => t.hasEngineeringManager && t.hasTechLead).length;

  return {
    teams: result,
    summary: {
      teams: result.length,
      teamsWithManagerAndTechLead: both,
      managerAndTechLeadShare: share(both, result.length),
      teamsWithoutManager: result.filter((t) => !t.hasEngineeringManager).map((t) => t.teamId),
      teamsWithoutTechLead: result.filter((t) => !t.hasTechLead).map((t) => t.teamId),
      activePeople: active.size,
      managers,
      engineers,
      engineersPerManager: share(engineers, managers),
      workModes,
      remoteShare: share(workModes.remote, active.size - workModes.unknown),
      withoutHomeTeam: withoutHomeTeam.sort((a, b) => a - b),
    },
  };
}
