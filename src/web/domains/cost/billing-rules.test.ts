import { describe, expect, it } from 'vitest';
import { draftBody, emptyRule, parseMap, poolDraft, ruleDraft } from './billing-rules';
import type { AllocationBody } from './cost-api';

describe('allocation rules editor drafts', () => {
  it('turns saved rules into drafts and back unchanged', () => {
    const body: AllocationBody = {
      rules: [
        { kind: 'tag', keys: ['team', 'cost_center'] },
        { kind: 'account', accounts: { '1234': 'payments', '/subscriptions/abc': 'platform-core' } },
        { kind: 'resource-glob', pattern: 'arn:aws:s3:::pay-*', unit: 'payments' },
        { kind: 'ownership', owners: { 'i-0abc': 'search' }, catalog: true },
      ],
      pools: [
        {
          name: 'support',
          match: { services: ['AWS Support'], tag: { key: 'shared', value: 'yes' } },
          split: 'headcount',
          units: ['payments', 'search'],
          headcount: { payments: 8, search: 5 },
        },
      ],
    };
    const back = draftBody(
      body.rules.map(ruleDraft),
      body.pools.map((p) => poolDraft(p)),
    );
    expect(back.errors).toEqual({});
    expect(back.body).toEqual(body);
  });

  it('names the field of every mistake', () => {
    const pool = { ...poolDraft(), tagKey: 'shared' };
    const { errors } = draftBody(
      [
        { ...emptyRule('account'), kind: 'account', map: '1234 = payments\njust-an-id' } as ReturnType<
          typeof emptyRule
        >,
        emptyRule('resource-glob'),
      ],
      [pool, { ...poolDraft(), name: 'x', split: 'headcount', accounts: '1', headcount: 'payments = many' }],
    );
    expect(errors).toEqual({
      'rule-1-map': 'Line 2: write “account = team or service”.',
      'rule-2-pattern': 'Write a pattern, e.g. arn:aws:s3:::payments-*.',
      'rule-2-unit': 'Name the team or service.',
      'pool-1-name': 'Name the pool.',
      'pool-1-tag': 'Give both the tag key and value.',
      'pool-2-headcount': 'One “team = number of people” per line, whole numbers.',
    });
  });

  it('reads maps written with = or :', () => {
    expect(parseMap('a = b\n\n c: d \nbad')).toEqual({ map: { a: 'b', c: 'd' }, bad: [4] });
  });
});
