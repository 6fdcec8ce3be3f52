import { useMeta } from '../session/meta.context';

/** Says plainly that the numbers are generated, whenever the installation holds the demo organization. */
export function DemoBanner() {
  const meta = useMeta();
  if (!meta?.demo) return null;
  return (
    <div className="demo-banner" role="note" aria-label="Demo data">
      <strong>
        <span aria-hidden="true">⚑ </span>Demo data
      </strong>{' '}
      — the organization shown here is generated: its people, teams and their figures are not real.
    </div>
  );
}
