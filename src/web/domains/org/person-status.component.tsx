import { StatusBadge } from '../../ui/status/status-badge.component';

/** Active or left, in words (and a neutral colour: leaving is not "bad"). */
export function PersonStatus({ status }: { status: string }) {
  if (status === 'active') return <StatusBadge status="good" label="Active" />;
  if (status === 'leaver') return <StatusBadge status="no-data" label="Left" />;
  return <span>{status}</span>;
}
