import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { definitionHref, headingSlug } from '../../../ui/format/metric-links';

/**
 * "How this is measured": the definition of the page's numbers, quoted from docs/metrics.md (the
 * section named, linked on `/help/metrics`), so a reader can check a number without leaving the app.
 */
export function HowMeasured({ section, children }: { section: string; children: ReactNode }) {
  return (
    <details className="how-measured panel">
      <summary>How this is measured</summary>
      <div className="how-measured__body">
        {children}
        <p className="muted">
          The full definition, with its sources, is in the metric definitions (<code>docs/metrics.md</code>),
          section <Link to={definitionHref(headingSlug(section))}>{section}</Link>.
        </p>
      </div>
    </details>
  );
}
