import { describe, expect, it } from 'vitest';
import { type OwnedEntityInput, ownershipGaps } from './ownership-gaps.js';

const entity = (
  id: number,
  name: string,
  owner: { team?: number; person?: number; ref?: string },
  lifecycle: string | null = 'production',
  kind = 'component',
): OwnedEntityInput => ({
  id,
  kind,
  name,
  ownerTeamId: owner.team ?? null,
  ownerPersonId: owner.person ?? null,
  ownerRef: owner.ref ?? null,
  lifecycle,
});

const teams = [
  { id: 10, activeMembers: 3 },
  { id: 11, activeMembers: 0 },
];
const people = [
  { id: 1, status: 'active' as const },
  { id: 2, status: 'leaver' as const },
];
const entities = [
  entity(100, 'checkout', { team: 10, ref: 'group:default/checkout' }),
  entity(101, 'payments', { team: 11, ref: 'group:default/payments' }),
  entity(102, 'search', { person: 2, ref: 'user:default/bob' }),
  entity(103, 'legacy', {}, 'deprecated'),
  entity(104, 'ghost', { ref: 'group:default/ghosts' }, 'experimental'),
  entity(105, 'profile', { person: 1 }, null),
  entity(106, 'checkout-api', { team: 99 }, 'production', 'api'),
  entity(107, 'mixed', { team: 11, person: 1 }),
  entity(108, 'shop', { team: 11, person: 2 }, 'production', 'system'),
  entity(109, 'old', { team: 10 }, 'Deprecated '),
];
const repositories = [
  { id: 1, name: 'acme/checkout', entityId: 100, hasCodeowners: true },
  { id: 2, name: 'acme/payments', entityId: 101, hasCodeowners: false },
  { id: 3, name: 'acme/scratch', entityId: null, hasCodeowners: false },
];

describe('ownershipGaps', () => {
  it('a small catalog by hand', () => {
    const out = ownershipGaps({ entities, teams, people, repositories });
    expect(out.gaps.map((g) => [g.entityId, g.reason, g.detail])).toEqual([
      [101, 'team-without-active-members', 'owner team 11 has no active members'],
      [102, 'owner-is-leaver', 'owner person 2 has left'],
      [103, 'no-owner', 'no owner given'],
      [104, 'no-owner', 'owner "group:default/ghosts" matches no team or person'],
      [106, 'no-owner', 'owner team 99 does not exist'],
      [108, 'team-without-active-members', 'owner team 11 has no active members'],
    ]);
    expect(out.gaps[1]).toEqual({
      entityId: 102,
      kind: 'component',
      name: 'search',
      lifecycle: 'production',
      ownerRef: 'user:default/bob',
      reason: 'owner-is-leaver',
      detail: 'owner person 2 has left',
    });
    expect(out.repositoriesWithoutCodeowners).toEqual([
      { id: 2, name: 'acme/payments', entityId: 101 },
      { id: 3, name: 'acme/scratch', entityId: null },
    ]);
    expect(out.summary).toEqual({
      components: 6, // 100, 101, 102, 104, 105, 107 (103 and 109 are deprecated)
      componentsWithValidOwner: 3, // 100, 105, 107
      validOwnerShare: 0.5,
      byReason: { 'no-owner': 3, 'team-without-active-members': 2, 'owner-is-leaver': 1 },
      repositories: 3,
      repositoriesWithCodeowners: 1,
      codeownersShare: 1 / 3,
    });
  });

  it('an owner person that does not exist is no owner', () => {
    const out = ownershipGaps({
      entities: [entity(1, 'x', { person: 42 })],
      teams: [],
      people: [],
      repositories: [],
    });
    expect(out.gaps[0]).toMatchObject({ reason: 'no-owner', detail: 'owner person 42 does not exist' });
    expect(out.summary.validOwnerShare).toBe(0);
  });

  it('empty input gives no data rather than zeros', () => {
    expect(ownershipGaps({ entities: [], teams: [], people: [], repositories: [] })).toEqual({
      gaps: [],
      repositoriesWithoutCodeowners: [],
      summary: {
        components: 0,
        componentsWithValidOwner: 0,
        validOwnerShare: null,
        byReason: { 'no-owner': 0, 'team-without-active-members': 0, 'owner-is-leaver': 0 },
        repositories: 0,
        repositoriesWithCodeowners: 0,
        codeownersShare: null,
      },
    });
  });
});
