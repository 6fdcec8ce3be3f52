import { noData } from '../../platform/checks.js';
import type { CheckDefinition, CheckResult } from '../../platform/modules.js';
import { headcountInsight, ownershipInsight, rolesInsight, spanInsight } from './org-insights.service.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

function graded(share: number, good: number, watch: number): CheckResult['status'] {
  return share >= good ? 'good' : share >= watch ? 'watch' : 'bad';
}

const IMPORT_ORG =
  'Import your people with `quarterdeck import hr-csv <file>` or a Backstage catalog with `quarterdeck import backstage <folder>`, or upload a file under Org › Import.';

/** Managers with 4–8 direct reports: narrower spans add layers, wider ones leave no time for people. */
export const spanOfControlCheck: CheckDefinition = {
  id: 'org.span-of-control',
  group: 'people',
  title: 'Managers with a healthy span of control',
  roles: ['admin', 'executive', 'manager'],
  explanation:
    'Share of managers (anyone with an active direct report) who have 4 to 8 direct reports, after Will Larson’s “Sizing teams”. ' +
    'Good at 80% or more, watch from 60%. A manager sees their own subtree. Definition: docs/metrics.md#span-of-control.',
  async evaluate({ db, teamId, principal }) {
    const r = await spanInsight(db, { principal, teamId });
    const s = r.summary;
    if (s.managerCount === 0 || s.withinRangeShare === null) {
      return noData('No one in scope has direct reports yet.', IMPORT_ORG, {
        href: '/org/chart',
        label: 'Org chart',
      });
    }
    return {
      status: graded(s.withinRangeShare, 0.8, 0.6),
      value: Math.round(s.withinRangeShare * 1000) / 10,
      unit: '%',
      display: `${pct(s.withinRangeShare)} of ${s.managerCount} managers · median ${s.medianSpan} reports · ${s.layers} layers`,
      target: '≥ 80% with 4–8 direct reports',
      trend: [],
      evidence: {
        href: `/org/insights/span${teamId ? `?team=${teamId}` : ''}`,
        label: `${s.narrowManagers} narrow, ${s.wideManagers} wide`,
      },
      noData: null,
    };
  },
};

/** Every service has an owner who is still here: an unowned service is an incident nobody answers. */
export const ownershipCheck: CheckDefinition = {
  id: 'org.service-ownership',
  group: 'reliability',
  title: 'Services with an owner',
  explanation:
    'Share of catalog components (not deprecated) whose owner is a team with active members or a person who has not left. ' +
    'Good at 100%, watch from 90%. Definition: docs/metrics.md#ownership-gaps.',
  async evaluate({ db, teamId }) {
    const r = await ownershipInsight(db, { teamId });
    const s = r.summary;
    if (s.components === 0 || s.validOwnerShare === null) {
      return noData(
        'No services are in the catalog yet.',
        'Import a Backstage catalog with `quarterdeck import backstage <folder>` or upload catalog-info.yaml under Org › Import.',
        { href: '/org/services', label: 'Services' },
      );
    }
    const gaps = s.components - s.componentsWithValidOwner;
    return {
      status: s.validOwnerShare >= 1 ? 'good' : s.validOwnerShare >= 0.9 ? 'watch' : 'bad',
      value: Math.round(s.validOwnerShare * 1000) / 10,
      unit: '%',
      display: `${pct(s.validOwnerShare)} of ${s.components} services · ${gaps} without a valid owner`,
      target: '100% owned',
      trend: [],
      evidence: { href: '/org/insights/ownership', label: `${gaps} ownership gaps` },
      noData: null,
    };
  },
};

/** Teams with both an engineering manager and a tech lead. */
export const rolesCoverageCheck: CheckDefinition = {
  id: 'org.roles-coverage',
  group: 'health',
  title: 'Teams with a manager and a tech lead',
  roles: ['admin', 'executive', 'manager'],
  explanation:
    'Share of teams (kind team) with an engineering manager and a tech lead among their members or leads. Good at 90% or more, ' +
    'watch from 70%. Definition: docs/metrics.md#roles-coverage.',
  async evaluate({ db, teamId, principal }) {
    const r = await rolesInsight(db, { principal, teamId });
    const s = r.summary;
    if (s.teams === 0 || s.managerAndTechLeadShare === null) {
      return noData('No teams are known yet.', IMPORT_ORG, { href: '/org/teams', label: 'Teams' });
    }
    return {
      status: graded(s.managerAndTechLeadShare, 0.9, 0.7),
      value: Math.round(s.managerAndTechLeadShare * 1000) / 10,
      unit: '%',
      display: `${pct(s.managerAndTechLeadShare)} of teams (${s.teamsWithManagerAndTechLead} of ${s.teams}) · ${s.engineersPerManager === null ? '–' : s.engineersPerManager.toFixed(1)} engineers per manager`,
      target: '≥ 90% of teams',
      trend: [],
      evidence: {
        href: '/org/insights/roles',
        label: `${s.teamsWithoutManager.length} without a manager, ${s.teamsWithoutTechLead.length} without a tech lead`,
      },
      noData: null,
    };
  },
};

/** Trailing 12-month attrition, with headcount per month as the trend. */
export const attritionCheck: CheckDefinition = {
  id: 'org.attrition',
  group: 'people',
  title: 'Attrition (12 months)',
  roles: ['admin', 'executive', 'manager'],
  explanation:
    'Leavers in the trailing 12 months divided by the average month-end headcount over those months (the BLS JOLTS form). ' +
    'Good at 10% or less, watch up to 15%. The trend is headcount at each month end. Definition: docs/metrics.md#headcount-and-attrition.',
  async evaluate({ db, from, to, teamId, principal }) {
    const start = new Date(Math.min(from.getTime(), to.getTime() - 365 * 86_400_000));
    const r = await headcountInsight(db, { principal, teamId }, start, to);
    const last = r.months.at(-1);
    if (!last || last.headcount === 0 || last.attrition.rate === null) {
      return noData('No start dates are known for the people in scope.', IMPORT_ORG, {
        href: '/org/people',
        label: 'People',
      });
    }
    const rate = last.attrition.rate;
    const joiners = r.months.slice(-12).reduce((n, m) => n + m.joiners, 0);
    return {
      status: rate <= 0.1 ? 'good' : rate <= 0.15 ? 'watch' : 'bad',
      value: Math.round(rate * 1000) / 10,
      unit: '%',
      display: `${pct(rate)} · ${last.attrition.leavers} left, ${joiners} joined in 12 months · ${last.headcount} people`,
      target: '≤ 10% a year',
      trend: r.months
        .filter((m) => m.monthEnd >= from.toISOString().slice(0, 10))
        .map((m) => ({ at: m.monthEnd, value: m.headcount })),
      evidence: { href: '/org/insights/headcount', label: 'Headcount by month' },
      noData: null,
    };
  },
};
