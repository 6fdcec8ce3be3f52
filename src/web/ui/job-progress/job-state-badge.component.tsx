import type { JobState } from '../../api/types';
import '../status/status-badge.css';

const LOOK: Record<JobState, { icon: string; word: string; tone: string }> = {
  queued: { icon: '…', word: 'Queued', tone: 'no-data' },
  running: { icon: '▸', word: 'Running', tone: 'info' },
  succeeded: { icon: '✓', word: 'Succeeded', tone: 'good' },
  failed: { icon: '✕', word: 'Failed', tone: 'bad' },
  cancelled: { icon: '⊘', word: 'Cancelled', tone: 'no-data' },
};

/** A job's state as an icon and a word, coloured by how it went. */
export function JobStateBadge({ state, cancelling = false }: { state: JobState; cancelling?: boolean }) {
  const look = LOOK[state];
  return (
    <span className={`status-badge status-badge--${look.tone}`}>
      <span className="status-badge__icon" aria-hidden="true">
        {look.icon}
      </span>
      {look.word}
      {cancelling && state === 'running' ? ' (cancelling)' : ''}
    </span>
  );
}
