import { useNavigate } from 'react-router';
import { formatDate } from '../../ui/format/format';
import { type Initiative, STATUS_LABEL, trackState } from './direction-data';

const DAY = 86_400_000;
const WIDTH = 1000;
const LABEL = 230;
const ROW = 34;
const AXIS = 28;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const t = (d: string) => Date.parse(d.length === 10 ? `${d}T00:00:00Z` : d);

/**
 * The portfolio as a timeline: each initiative's planned span as a bar coloured by its state, the slip
 * (forecast or actual end past the plan) hatched after it, its milestones as diamonds (filled when
 * done), the span of its delivered pull requests as a line below, and today as a vertical line. Every
 * row links to the initiative.
 */
export function InitiativeGantt({ items, now = Date.now() }: { items: Initiative[]; now?: number }) {
  const navigate = useNavigate();
  if (items.length === 0) return null;
  const times = items.flatMap((i) => [
    t(i.plannedStart),
    t(i.plannedEnd),
    ...(i.state.schedule.end ? [t(i.state.schedule.end)] : []),
    ...(i.actuals.start ? [t(i.actuals.start)] : []),
  ]);
  const from = Math.min(...times, now) - 10 * DAY;
  const to = Math.max(...times, now) + 10 * DAY;
  const x = (ms: number) => LABEL + ((ms - from) / (to - from)) * (WIDTH - LABEL - 10);
  const height = AXIS + items.length * ROW + 6;
  const ticks: number[] = [];
  const start = new Date(from);
  for (let m = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); m < to; ) {
    ticks.push(m);
    const d = new Date(m);
    m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  const every = Math.ceil(ticks.length / 12);
  return (
    <figure className="gantt" aria-label="Initiatives on a timeline" aria-describedby="gantt-desc">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="gantt__svg">
        <title id="gantt-title">Initiatives on a timeline</title>
        <desc id="gantt-desc">
          Planned spans coloured by state, slips hatched after the plan, milestones as diamonds and today as a
          line.
        </desc>
        <defs>
          <pattern
            id="gantt-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="3" height="6" className="gantt__hatch" />
          </pattern>
        </defs>
        {ticks.map((m, k) => (
          <g key={m}>
            <line x1={x(m)} x2={x(m)} y1={AXIS - 6} y2={height} className="gantt__grid" />
            {k % every === 0 ? (
              <text x={x(m) + 3} y={AXIS - 10} className="gantt__tick">
                {MONTHS[new Date(m).getUTCMonth()]}
                {new Date(m).getUTCMonth() === 0 ? ` ${new Date(m).getUTCFullYear()}` : ''}
              </text>
            ) : null}
          </g>
        ))}
        <text x={8} y={AXIS - 10} className="gantt__tick">
          {new Date(from).getUTCFullYear()}
        </text>
        {items.map((i, row) => {
          const y = AXIS + row * ROW;
          const state = trackState(i);
          const ps = x(t(i.plannedStart));
          const pe = x(t(i.plannedEnd) + DAY);
          const end = i.state.schedule.end ? x(t(i.state.schedule.end) + DAY) : pe;
          const href = `/strategy/initiatives/${i.id}`;
          const label = `${i.name}: ${STATUS_LABEL[i.status]}, ${state.word}; planned ${formatDate(i.plannedStart)} to ${formatDate(i.plannedEnd)}${
            i.state.schedule.slipDays ? `, ${i.state.schedule.slipDays} days late` : ''
          }`;
          return (
            <a
              key={i.id}
              href={href}
              aria-label={label}
              className="gantt__row"
              onClick={(e) => {
                e.preventDefault();
                navigate(href);
              }}
            >
              <title>{label}</title>
              <rect x={0} y={y} width={WIDTH} height={ROW} className="gantt__band" />
              <text
                x={8}
                y={y + ROW / 2 + 4}
                className="gantt__label"
                {...(i.name.length > 30 ? { textLength: LABEL - 16, lengthAdjust: 'spacingAndGlyphs' } : {})}
              >
                {i.name}
              </text>
              <rect
                x={ps}
                y={y + 7}
                width={Math.max(2, pe - ps)}
                height={14}
                rx={3}
                className={`gantt__bar gantt__bar--${state.status}`}
              />
              {end > pe ? (
                <rect
                  x={pe}
                  y={y + 7}
                  width={end - pe}
                  height={14}
                  className="gantt__slip"
                  fill="url(#gantt-hatch)"
                />
              ) : null}
              {i.actuals.start ? (
                <line
                  x1={x(t(i.actuals.start))}
                  x2={x(i.actuals.latestDelivery ? t(i.actuals.latestDelivery) : now)}
                  y1={y + 26}
                  y2={y + 26}
                  className="gantt__actual"
                />
              ) : null}
              {i.milestones.map((m) => {
                const mx = x(t(m.dueOn) + DAY / 2);
                return (
                  <path
                    key={m.id}
                    d={`M ${mx} ${y + 9} l 5 5 l -5 5 l -5 -5 z`}
                    className={m.doneOn ? 'gantt__milestone gantt__milestone--done' : 'gantt__milestone'}
                  />
                );
              })}
            </a>
          );
        })}
        <line x1={x(now)} x2={x(now)} y1={AXIS - 6} y2={height} className="gantt__today" />
        <text x={x(now) + 3} y={height - 4} className="gantt__tick">
          today
        </text>
      </svg>
      <figcaption className="gantt__legend">
        <span>
          <span className="gantt__key gantt__bar--good" /> on track
        </span>
        <span>
          <span className="gantt__key gantt__bar--watch" /> over budget
        </span>
        <span>
          <span className="gantt__key gantt__bar--bad" /> late
        </span>
        <span>
          <span className="gantt__key gantt__bar--no-data" /> not measured
        </span>
        <span>
          <span className="gantt__key gantt__key--slip" /> slip past the plan
        </span>
        <span>◆ milestone (filled: done) · ─ delivered pull requests</span>
      </figcaption>
    </figure>
  );
}
