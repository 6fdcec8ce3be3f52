import { describe, expect, it } from 'vitest';
import { definitionHref, headingSlug, metricRefParts } from './metric-links';

describe('metric links', () => {
  it('gives headings the anchors GitHub gives them', () => {
    expect(headingSlug('Lead time for changes')).toBe('lead-time-for-changes');
    expect(headingSlug('Pull-request cycle time')).toBe('pull-request-cycle-time');
    expect(headingSlug('AI-assisted work')).toBe('ai-assisted-work');
    expect(headingSlug('Audit log intact (platform.audit-chain)')).toBe(
      'audit-log-intact-platformaudit-chain',
    );
    expect(headingSlug("Can these numbers be trusted? (Quarterdeck's own data)")).toBe(
      'can-these-numbers-be-trusted-quarterdecks-own-data',
    );
    expect(headingSlug('Operational metrics (/metrics)')).toBe('operational-metrics-metrics');
    expect(definitionHref('review-coverage')).toBe('/help/metrics#review-coverage');
    expect(definitionHref()).toBe('/help/metrics');
  });

  it('turns references to docs/metrics.md into links, with the anchors listed after one', () => {
    expect(metricRefParts('No reference here.')).toEqual([{ text: 'No reference here.' }]);
    expect(metricRefParts('')).toEqual([{ text: '' }]);
    expect(metricRefParts('Definition: docs/metrics.md#review-coverage.')).toEqual([
      { text: 'Definition: ' },
      { text: 'docs/metrics.md#review-coverage', href: '/help/metrics#review-coverage' },
      { text: '.' },
    ]);
    expect(
      metricRefParts('Definitions: docs/metrics.md#lead-time-for-changes and #deployment-frequency.'),
    ).toEqual([
      { text: 'Definitions: ' },
      { text: 'docs/metrics.md#lead-time-for-changes', href: '/help/metrics#lead-time-for-changes' },
      { text: ' and ' },
      { text: '#deployment-frequency', href: '/help/metrics#deployment-frequency' },
      { text: '.' },
    ]);
    expect(metricRefParts('See docs/metrics.md, and #not-a-link.')).toEqual([
      { text: 'See ' },
      { text: 'docs/metrics.md', href: '/help/metrics' },
      { text: ', and #not-a-link.' },
    ]);
  });
});
