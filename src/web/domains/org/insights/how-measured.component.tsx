import type { ReactNode } from 'react';

/**
 * "How this is measured": the definition of the page's numbers, quoted from docs/metrics.md (the
 * section named), so a reader can check a number without leaving the page.
 */
export function HowMeasured({ section, children }: { section: string; children: ReactNode }) {
  return (
    <details className="how-measured panel">
      <summary>How this is measured</summary>
      <div className="how-measured__body">
        {children}
        <p className="muted">
          The full definition, with its sources, is in the project documentation: <code>docs/metrics.md</code>
          , section “{section}”.
        </p>
      </div>
    </details>
  );
}
