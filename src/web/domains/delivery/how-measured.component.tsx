import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { definitionHref, headingSlug } from '../../ui/format/metric-links';

/**
 * "How this is measured": the definitions behind a delivery page, quoted from docs/metrics.md (the
 * sections named, each linking to its definition on `/help/metrics`), so a reader can check a number
 * without leaving the app.
 */
export function HowMeasured({ sections, children }: { sections: string[]; children: ReactNode }) {
  return (
    <details className="delivery-how panel">
      <summary>How this is measured</summary>
      <div className="delivery-how__body">
        {children}
        <p className="muted">
          The full definitions, with their sources, are in the{' '}
          <Link to={definitionHref('delivery-delivery-domain')}>metric definitions</Link> (
          <code>docs/metrics.md</code>), “Delivery”:{' '}
          {sections.map((s, i) => (
            <Fragment key={s}>
              {i > 0 ? ', ' : null}
              <Link to={definitionHref(headingSlug(s))}>{s}</Link>
            </Fragment>
          ))}
          .
        </p>
      </div>
    </details>
  );
}
