import type { ReactNode } from 'react';

/**
 * "How this is measured": the definitions behind a delivery page, quoted from docs/metrics.md (the
 * sections named), so a reader can check a number without leaving the page.
 */
export function HowMeasured({ sections, children }: { sections: string[]; children: ReactNode }) {
  return (
    <details className="delivery-how panel">
      <summary>How this is measured</summary>
      <div className="delivery-how__body">
        {children}
        <p className="muted">
          The full definitions, with their sources, are in the project documentation:{' '}
          <code>docs/metrics.md</code>, “Delivery”: {sections.map((s) => `“${s}”`).join(', ')}.
        </p>
      </div>
    </details>
  );
}
