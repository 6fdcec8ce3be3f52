/** A duration as people read it: `45 min`, `27 h`, `3 d 4 h`. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return `${hours} h`;
  const days = Math.floor(ms / 86_400_000);
  const rest = Math.round((ms - days * 86_400_000) / 3_600_000);
  return rest ? `${days} d ${rest} h` : `${days} d`;
}
