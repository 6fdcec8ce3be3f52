import './status-badge.css';

/** Good / watch / bad / no data: a colour, always with an icon and a word, never colour alone. */
export type Status = 'good' | 'watch' | 'bad' | 'no-data';

const LOOK: Record<Status, { icon: string; word: string }> = {
  good: { icon: '✓', word: 'Good' },
  watch: { icon: '!', word: 'Watch' },
  bad: { icon: '✕', word: 'Bad' },
  'no-data': { icon: '–', word: 'No data' },
};

export function statusWord(status: Status): string {
  return LOOK[status].word;
}

export function StatusBadge({ status, label }: { status: Status; label?: string }) {
  const look = LOOK[status];
  return (
    <span className={`status-badge status-badge--${status}`}>
      <span className="status-badge__icon" aria-hidden="true">
        {look.icon}
      </span>
      {label ?? look.word}
    </span>
  );
}
