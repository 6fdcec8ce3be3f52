import { describe, expect, it } from 'vitest';
import metricsMarkdown from '../../../../docs/metrics.md?raw';
import { renderMarkdown } from './markdown';

/** The anchors the app and the API link to (delivery tiles, org pages, scorecard explanations). */
const LINKED = [
  'deployment-frequency',
  'lead-time-for-changes',
  'change-failure-rate',
  'failed-deployment-recovery-time',
  'deployment-rework-rate',
  'dora-performance-levels',
  'pull-request-cycle-time',
  'pull-request-size',
  'time-to-first-review',
  'review-coverage',
  'work-in-progress',
  'investment-allocation',
  'ai-assisted-work',
  'delivery-data-quality',
  'who-a-figure-belongs-to',
  'span-of-control',
  'roles-coverage',
  'headcount-and-attrition',
  'ownership-gaps',
  'vision-currency',
  'initiatives',
  'decisions-recorded',
  'radar-followed',
  'cost-allocation',
  'budget-burn',
  'cost-forecast-to-period-end',
  'cost-anomalies',
  'savings-opportunities',
  'commitment-utilization-and-coverage',
  'unit-costs',
  'cost-scorecard-checks',
  'saas-and-tool-register',
  'unused-seats-and-their-cost',
  'renewals-and-notice-deadlines',
  'overlapping-tools',
];

describe('markdown for the help pages', () => {
  it('gives every heading of docs/metrics.md the anchor GitHub gives it', () => {
    const doc = renderMarkdown(metricsMarkdown, 'docs/metrics.md');
    const ids = doc.headings.map((h) => h.id);
    for (const anchor of LINKED) {
      expect(ids).toContain(anchor);
      expect(doc.html).toContain(`id="${anchor}"`);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.headings[0]).toEqual({ depth: 1, text: 'Metric definitions', id: 'metric-definitions' });
    expect(ids).toContain('can-these-numbers-be-trusted-quarterdecks-own-data');
    expect(ids).toContain('audit-log-intact-platformaudit-chain');
    // GFM tables render as tables.
    expect(doc.html).toContain('<table>');
  });

  it('numbers repeated headings and keeps inline markup in them', () => {
    const doc = renderMarkdown('## Notes\n\n## Notes\n\n### The `x` figure');
    expect(doc.headings.map((h) => h.id)).toEqual(['notes', 'notes-1', 'the-x-figure']);
    expect(doc.html).toContain('<h3 id="the-x-figure">The <code>x</code> figure</h3>');
  });

  it('shows raw HTML as text and keeps only safe links', () => {
    const doc = renderMarkdown(
      [
        '<script>alert(1)</script>',
        '',
        'Inline <img src=x onerror=alert(1)> html, [bad](javascript:alert(1)), [web](https://dora.dev/),',
        '[self](docs/metrics.md#span-of-control), [page](/delivery), ![pic](https://x.example/a.png "t")',
      ].join('\n'),
      'docs/metrics.md',
    );
    expect(doc.html).not.toMatch(/<script|<img/);
    expect(doc.html).toContain('&lt;script&gt;');
    expect(doc.html).not.toContain('javascript:');
    expect(doc.html).toContain('bad,');
    expect(doc.html).toContain('<a href="https://dora.dev/" rel="noreferrer">web</a>');
    expect(doc.html).toContain('<a href="#span-of-control">self</a>');
    expect(doc.html).toContain('<a href="/delivery">page</a>');
  });
});
