/**
 * Strategy's answer on the scorecard: do we follow our own radar? The share of scanned repositories that
 * use a technology the radar puts on hold, with runtimes past end of life as context. Thresholds and
 * definition: docs/metrics.md#radar-followed.
 */
import { noData } from '../../platform/checks.js';
import type { CheckDefinition } from '../../platform/modules.js';
import { stackEndOfLife } from './stack-versions.service.js';
import { stackCompliance } from './stack-views.service.js';

/** At most this share of repositories on hold technologies is good; up to WATCH is watch; above, bad. */
export const RADAR_GOOD = 0.05;
export const RADAR_WATCH = 0.2;

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export const radarFollowedCheck: CheckDefinition = {
  id: 'strategy.radar-followed',
  group: 'vision',
  title: 'Do we follow our own radar?',
  explanation:
    'Share of scanned repositories that use at least one technology in a hold ring of the tech radar (from their manifests, lockfiles and SBOMs). ' +
    `Good at or below ${pct(RADAR_GOOD)}, watch up to ${pct(RADAR_WATCH)}, bad above; repositories on runtimes past end of life are shown beside it. Definition: docs/metrics.md#radar-followed.`,
  async evaluate({ db, to, teamId }) {
    const scope = { teamId: teamId ?? undefined };
    const c = await stackCompliance(db, scope);
    const q = teamId ? `&teamId=${teamId}` : '';
    if (c.scanned === 0 || c.shareOnHold === null) {
      return noData(
        'No repository has been scanned for the technologies it uses.',
        'Scan local clones with `quarterdeck import stack <clone>` (or `. -o clones=all`), or import a CycloneDX SBOM with `quarterdeck import sbom <file> -o repository=owner/name`.',
        { href: '/strategy/stack', label: 'Stack' },
      );
    }
    const eol = await stackEndOfLife(db, scope, to.toISOString().slice(0, 10));
    const share = c.shareOnHold;
    return {
      status: share <= RADAR_GOOD ? 'good' : share <= RADAR_WATCH ? 'watch' : 'bad',
      value: Math.round(share * 1000) / 10,
      unit: '%',
      display: `${pct(share)} of ${c.scanned} repositories use a hold technology · ${eol.repositoriesPastEol} on a runtime past end of life`,
      target: `≤ ${pct(RADAR_GOOD)} of repositories on hold technologies`,
      trend: [],
      evidence: {
        href: `/strategy/stack?tab=compliance${q}`,
        label: `${c.repositoriesOnHold} repositories on ${c.hold.length} hold technologies`,
      },
      noData: null,
    };
  },
};
