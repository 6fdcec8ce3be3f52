/**
 * "Are decisions recorded?" on the scorecard: decision records accepted per quarter in the range, and
 * the share of services (catalog components) without any decision record linked. Thresholds and their
 * reasoning: docs/metrics.md#decisions-recorded.
 */

import { noData } from '../../platform/checks.js';
import type { CheckDefinition } from '../../platform/modules.js';
import { servicesOwnedBy, teamSubtree } from '../org/org-lookup.service.js';
import * as repo from './adr.repo.js';
import { acceptedPerQuarter, DECISION_TARGETS, decisionsStatus } from './adr-metrics.js';
import { missingDecisions } from './adr-query.service.js';

export const decisionsRecordedCheck: CheckDefinition = {
  id: 'strategy.decisions-recorded',
  group: 'vision',
  title: 'Are decisions recorded?',
  explanation:
    `Decision records accepted per quarter in the range (target ≥ ${DECISION_TARGETS.acceptedPerQuarter}) and the share of services with no decision record linked (target ≤ ${Math.round(DECISION_TARGETS.uncoveredShare * 100)}%). ` +
    'Good when both meet their target, watch when one does. Definition: docs/metrics.md#decisions-recorded.',
  async evaluate({ db, from, to, teamId }) {
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const [accepted, missing, all] = await Promise.all([
      repo.changesBetween(db, 'accepted', day(from), day(to)),
      missingDecisions(db, teamId),
      repo.allAdrs(db),
    ]);
    let acceptedIds = accepted.map((a) => a.adr_id);
    if (teamId !== null) {
      const services = new Set(await servicesOwnedBy(db, await teamSubtree(db, teamId)));
      const links = await repo.serviceLinks(db, [...new Set(acceptedIds)]);
      const mine = new Set(links.filter((l) => services.has(l.service_id)).map((l) => l.adr_id));
      acceptedIds = acceptedIds.filter((id) => mine.has(id));
    }
    if (all.length === 0) {
      return noData(
        'No decision records yet.',
        'Import a folder of MADR files with `quarterdeck import adr <folder>`, let the daily sync read docs/adr of your repositories, or write one under Strategy › Decisions.',
        { href: '/strategy/decisions', label: 'Decisions' },
      );
    }
    const perQuarter = acceptedPerQuarter(new Set(acceptedIds).size, from, to);
    const share = missing.services === 0 ? null : missing.items.length / missing.services;
    const status = decisionsStatus(perQuarter, share);
    const q = (n: number) => Math.round(n * 10) / 10;
    const byQuarter = new Map<string, number>();
    for (const a of accepted.filter((x) => acceptedIds.includes(x.adr_id))) {
      const d = new Date(`${a.changed_on}T00:00:00Z`);
      const key = `${d.getUTCFullYear()}-${String(Math.floor(d.getUTCMonth() / 3) * 3 + 1).padStart(2, '0')}-01`;
      byQuarter.set(key, (byQuarter.get(key) ?? 0) + 1);
    }
    return {
      status,
      value: q(perQuarter),
      unit: 'per quarter',
      display:
        `${q(perQuarter)} accepted a quarter` +
        (share === null
          ? ''
          : ` · ${Math.round(share * 100)}% of ${missing.services} services without a decision`),
      target: `≥ ${DECISION_TARGETS.acceptedPerQuarter} a quarter · ≤ ${Math.round(DECISION_TARGETS.uncoveredShare * 100)}% of services without`,
      trend: [...byQuarter.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([at, value]) => ({ at: `${at}T00:00:00.000Z`, value })),
      evidence: {
        href: `/strategy/decisions?status=accepted${teamId ? `&teamId=${teamId}` : ''}`,
        label: `${acceptedIds.length} accepted · ${missing.items.length} services without`,
      },
      noData: null,
    };
  },
};
