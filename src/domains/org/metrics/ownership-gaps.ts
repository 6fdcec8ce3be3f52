/**
 * Ownership gaps: catalog entities nobody (still present) owns, and repositories without CODEOWNERS.
 *
 * Definition (see docs/metrics.md, "Ownership gaps"):
 * - An entity's owner is its owner team (`ownerTeamId`) and/or owner person (`ownerPersonId`), the
 *   resolved forms of its `ownerRef`. The owner is valid when the team exists and has at least one active
 *   member, or the person exists and is active. When the entity names both, one valid owner is enough.
 * - Otherwise the entity is a gap, with the first reason that applies (team checked before person):
 *   `no-owner` (no owner given, or the reference resolves to no team or person),
 *   `team-without-active-members`, `owner-is-leaver`.
 * - Gaps are listed for every entity kind (Backstage requires an owner on all of them); the summary
 *   share counts components only, leaving out `deprecated` ones (end of life: their owner matters less).
 *   `experimental` components still count: they run somewhere, and someone must answer for them.
 * - Repositories without a CODEOWNERS file are listed separately.
 *
 * Reference: Backstage's descriptor format, where `spec.owner` is required and points to the group or
 * user ultimately responsible for the entity, and `spec.lifecycle` is experimental, production or
 * deprecated; GitHub's "About code owners" (a CODEOWNERS file in the root, `docs/` or `.github/`).
 */

import { share } from './metric-helpers.js';

export interface OwnedEntityInput {
  id: number;
  kind: string;
  name: string;
  ownerTeamId: number | null;
  ownerPersonId: number | null;
  /** The owner as written in the source, e.g. `group:default/payments`. */
  ownerRef: string | null;
  lifecycle: string | null;
}

export interface OwnerTeamInput {
  id: number;
  activeMembers: number;
}

export interface OwnerPersonInput {
  id: number;
  status: 'active' | 'leaver';
}

export interface OwnedRepositoryInput {
  id: number;
  name: string;
  entityId: number | null;
  hasCodeowners: boolean;
}

export interface OwnershipGapsInput {
  entities: readonly OwnedEntityInput[];
  teams: readonly OwnerTeamInput[];
  people: readonly OwnerPersonInput[];
  repositories: readonly OwnedRepositoryInput[];
}

export type OwnershipGapReason = 'no-owner' | 'team-without-active-members' | 'owner-is-leaver';

export interface OwnershipGap {
  entityId: number;
  kind: string;
  name: string;
  lifecycle: string | null;
  ownerRef: string | null;
  reason: OwnershipGapReason;
  /** One sentence for people: what is wrong with the owner. */
  detail: string;
}

export interface RepositoryWithoutCodeowners {
  id: number;
  name: string;
  entityId: number | null;
}

export interface OwnershipGapsSummary {
  /** Components counted: kind `component`, lifecycle not `deprecated`. */
  components: number;
  componentsWithValidOwner: number;
  /** Share (0–1); null without counted components. */
  validOwnerShare: number | null;
  /** Gaps per reason, over all entities listed. */
  byReason: Record<OwnershipGapReason, number>;
  repositories: number;
  repositoriesWithCodeowners: number;
  /** Share (0–1); null without repositories. */
  codeownersShare: number | null;
}

export interface OwnershipGapsOutput {
  /** In input order. */
  gaps: OwnershipGap[];
  repositoriesWithoutCodeowners: RepositoryWithoutCodeowners[];
  summary: OwnershipGapsSummary;
}

type Verdict = { valid: true } | { valid: false; reason: OwnershipGapReason; detail: string };

const isDeprecated = (lifecycle: string | null): boolean => lifecycle?.trim().toLowerCase() === 'deprecated';

/** Ownership gaps and CODEOWNERS coverage (definition in the file comment). */
export function ownershipGaps(input: OwnershipGapsInput): OwnershipGapsOutput {
  const teams = new Map<number, OwnerTeamInput>();
  for (const t of input.teams) if (!teams.has(t.id)) teams.set(t.id, t);
  const people = new Map<number, OwnerPersonInput>();
  for (const p of input.people) if (!people.has(p.id)) people.set(p.id, p);

  const judge = (e: OwnedEntityInput): Verdict => {
    const failures: Verdict[] = [];
    if (e.ownerTeamId !== null) {
      const team = teams.get(e.ownerTeamId);
      if (!team) {
        failures.push({
          valid: false,
          reason: 'no-owner',
          detail: `owner team ${e.ownerTeamId} does not exist`,
        });
      } else if (team.activeMembers <= 0) {
        failures.push({
          valid: false,
          reason: 'team-without-active-members',
          detail: `owner team ${team.id} has no active members`,
        });
      } else return { valid: true };
    }
    if (e.ownerPersonId !== null) {
      const person = people.get(e.ownerPersonId);
      if (!person) {
        failures.push({
          valid: false,
          reason: 'no-owner',
          detail: `owner person ${e.ownerPersonId} does not exist`,
        });
      } else if (person.status !== 'active') {
        failures.push({
          valid: false,
          reason: 'owner-is-leaver',
          detail: `owner person ${person.id} has left`,
        });
      } else return { valid: true };
    }
    const ref = e.ownerRef?.trim();
    return (
      failures[0] ?? {
        valid: false,
        reason: 'no-owner',
        detail: ref ? `owner "${ref}" matches no team or person` : 'no owner given',
      }
    );
  };

  const gaps: OwnershipGap[] = [];
  const byReason: Record<OwnershipGapReason, number> = {
    'no-owner': 0,
    'team-without-active-members': 0,
    'owner-is-leaver': 0,
  };
  let components = 0;
  let componentsWithValidOwner = 0;
  for (const e of input.entities) {
    const verdict = judge(e);
    const counted = e.kind === 'component' && !isDeprecated(e.lifecycle);
    if (counted) components += 1;
    if (verdict.valid) {
      if (counted) componentsWithValidOwner += 1;
      continue;
    }
    byReason[verdict.reason] += 1;
    gaps.push({
      entityId: e.id,
      kind: e.kind,
      name: e.name,
      lifecycle: e.lifecycle,
      ownerRef: e.ownerRef,
      reason: verdict.reason,
      detail: verdict.detail,
    });
  }

  const repositoriesWithoutCodeowners = input.repositories
    .filter((r) => !r.hasCodeowners)
    .map(({ id, name, entityId }) => ({ id, name, entityId }));
  const repositoriesWithCodeowners = input.repositories.length - repositoriesWithoutCodeowners.length;

  return {
    gaps,
    repositoriesWithoutCodeowners,
    summary: {
      components,
      componentsWithValidOwner,
      validOwnerShare: share(componentsWithValidOwner, components),
      byReason,
      repositories: input.repositories.length,
      repositoriesWithCodeowners,
      codeownersShare: share(repositoriesWithCodeowners, input.repositories.length),
    },
  };
}
