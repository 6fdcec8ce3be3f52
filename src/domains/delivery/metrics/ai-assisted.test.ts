import { describe, expect, it } from 'vitest';
import { isAiAssistedCommit, isAiAssistedPr, parseCoAuthor, splitByAi } from './ai-assisted.js';

describe('isAiAssistedCommit', () => {
  it('recognises assistants among the co-authors', () => {
    expect(isAiAssistedCommit([], [{ name: 'Claude', email: 'noreply@anthropic.com' }])).toBe(true);
    expect(isAiAssistedCommit([], [{ name: 'Claude Opus 4.5', email: 'noreply@anthropic.com' }])).toBe(true);
    expect(
      isAiAssistedCommit(
        [],
        [
          {
            name: 'devin-ai-integration[bot]',
            email: '158243242+devin-ai-integration[bot]@users.noreply.github.com',
          },
        ],
      ),
    ).toBe(true);
    expect(
      isAiAssistedCommit([], [{ name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' }]),
    ).toBe(true);
    expect(isAiAssistedCommit([], [{ login: 'gemini-code-assist[bot]' }])).toBe(true);
    expect(isAiAssistedCommit([], [{ name: 'Jane Doe (aider)', email: 'jane@example.com' }])).toBe(true);
  });

  it('does not take people for assistants', () => {
    expect(isAiAssistedCommit([], [{ name: 'Claude Monet', email: 'claude@monet.fr' }])).toBe(false);
    expect(isAiAssistedCommit([], [{ name: 'Devin Smith', email: 'devin@example.com' }])).toBe(false);
    expect(isAiAssistedCommit([{ key: 'Reviewed-by', value: 'Claude <noreply@anthropic.com>' }], [])).toBe(
      false,
    );
    expect(isAiAssistedCommit([], [])).toBe(false);
  });

  it('reads Co-authored-by trailers and marker trailers', () => {
    expect(
      isAiAssistedCommit([{ key: 'Co-authored-by', value: 'aider (gpt-4o) <noreply@aider.chat>' }], []),
    ).toBe(true);
    expect(isAiAssistedCommit([{ key: 'ASSISTED-BY', value: 'GitHub Copilot' }], [])).toBe(true);
    expect(isAiAssistedCommit([{ key: 'Generated-by', value: 'Claude Code' }], [])).toBe(true);
    expect(isAiAssistedCommit([{ key: 'AI-assisted', value: 'yes' }], [])).toBe(true);
    expect(isAiAssistedCommit([{ key: 'AI-assisted', value: 'No' }], [])).toBe(false);
  });

  it('takes other pattern lists', () => {
    const patterns = { coAuthorPatterns: ['*@robots.example'], trailerKeys: ['X-Bot'] };
    expect(isAiAssistedCommit([], [{ name: 'R', email: 'r2@robots.example' }], patterns)).toBe(true);
    expect(isAiAssistedCommit([], [{ name: 'Claude', email: 'noreply@anthropic.com' }], patterns)).toBe(
      false,
    );
    expect(isAiAssistedCommit([{ key: 'x-bot', value: 'y' }], [], patterns)).toBe(true);
  });

  it('parses a co-author trailer value', () => {
    expect(parseCoAuthor(' Bob Builder <bob@example.com> ')).toEqual({
      name: 'Bob Builder',
      email: 'bob@example.com',
    });
    expect(parseCoAuthor('Bob')).toEqual({ name: 'Bob' });
  });
});

describe('isAiAssistedPr and splitByAi', () => {
  it('a label or any AI-assisted commit', () => {
    expect(isAiAssistedPr(['AI-Assisted'], [])).toBe(true);
    expect(isAiAssistedPr(['ai:copilot'], [])).toBe(true);
    expect(isAiAssistedPr(['bug'], [false, true])).toBe(true);
    expect(isAiAssistedPr(['bug', 'maintain', 'aid'], [false])).toBe(false);
    expect(isAiAssistedPr(['robot'], [], ['robot'])).toBe(true);
  });

  it('splits in input order', () => {
    const items = [
      { id: 1, ai: true },
      { id: 2, ai: false },
      { id: 3, ai: true },
    ];
    const { aiAssisted, other } = splitByAi(items, (i) => i.ai);
    expect(aiAssisted.map((i) => i.id)).toEqual([1, 3]);
    expect(other.map((i) => i.id)).toEqual([2]);
  });
});
