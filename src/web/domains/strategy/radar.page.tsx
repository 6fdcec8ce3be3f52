import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { SelectField } from '../../ui/form/fields.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { RADAR_EDITORS, type RadarData, type RadarEntryData } from './radar.types';
import { type PlacedBlip, RadarChart, ringColor, useBlips } from './radar-chart.component';
import { EntryForm } from './radar-forms.component';
import { RadarTabs } from './radar-tabs.component';
import './radar.css';

/** Legend sections in the order of the picture's corners: top left, top right, bottom left, bottom right. */
const CORNER_ORDER = [3, 0, 2, 1];

function MovedMark({ e }: { e: RadarEntryData }) {
  if (e.isNew)
    return (
      <span className="radar-mark" title="New">
        ◎ <span className="visually-hidden">new</span>
      </span>
    );
  if (e.moved > 0)
    return (
      <span className="radar-mark" title="Moved in">
        ▲ <span className="visually-hidden">moved in</span>
      </span>
    );
  if (e.moved < 0)
    return (
      <span className="radar-mark" title="Moved out">
        ▼ <span className="visually-hidden">moved out</span>
      </span>
    );
  return null;
}

function Legend({
  radar,
  blips,
  position,
  onActive,
  active,
}: {
  radar: RadarData;
  blips: PlacedBlip[];
  position: number;
  onActive: (key: string | null) => void;
  active: string | null;
}) {
  const quadrant = radar.quadrants.find((q) => q.position === position);
  if (!quadrant) return null;
  const mine = blips.filter((b) => b.entry.quadrantId === quadrant.id);
  return (
    <section className={`radar-legend radar-legend--${position}`} aria-labelledby={`radar-q-${quadrant.id}`}>
      <h2 id={`radar-q-${quadrant.id}`}>
        {quadrant.name} <span className="muted">({mine.length})</span>
      </h2>
      {mine.length === 0 ? <p className="muted">No entries match.</p> : null}
      {radar.rings.map((ring) => {
        const inRing = mine.filter((b) => b.entry.ringId === ring.id);
        if (inRing.length === 0) return null;
        return (
          <div key={ring.id} className="radar-legend__ring">
            <h3>
              <span
                className="radar-swatch"
                style={{ background: ringColor(radar, ring.id) }}
                aria-hidden="true"
              />
              {ring.name}
            </h3>
            <ol className="radar-legend__list">
              {inRing.map((b) => (
                <li key={b.key} value={b.number} className={active === b.key ? 'is-active' : undefined}>
                  <Link
                    to={`/strategy/radar/${encodeURIComponent(b.key)}`}
                    onMouseEnter={() => onActive(b.key)}
                    onMouseLeave={() => onActive(null)}
                    onFocus={() => onActive(b.key)}
                    onBlur={() => onActive(null)}
                  >
                    {b.name}
                  </Link>{' '}
                  <MovedMark e={b.entry} />
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}

/** The tech radar: the picture, its legend by quadrant and ring, filters in the URL, exports and editing. */
export function RadarPage() {
  const { can } = useSession();
  const editor = can(RADAR_EDITORS);
  const [params, setParams] = useSearchParams();
  const [active, setActive] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { data, error, reload } = useApi('strategy-radar', (signal) =>
    unwrap(api.GET('/api/v1/strategy/radar', { signal })),
  );
  const quadrantKey = params.get('quadrant') ?? '';
  const ringKey = params.get('ring') ?? '';
  const setFilter = (name: 'quadrant' | 'ring', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const empty: RadarData = { quadrants: [], rings: [], entries: [] };
  const radar = data ?? empty;
  const blips = useBlips(radar);
  const quadrant = radar.quadrants.find((q) => q.key === quadrantKey);
  const ring = radar.rings.find((r) => r.key === ringKey);
  const matches = (e: RadarEntryData) =>
    (!quadrant || e.quadrantId === quadrant.id) && (!ring || e.ringId === ring.id);
  const shown = blips.filter((b) => matches(b.entry));

  return (
    <div className="radar-page">
      <PageHeader
        title="Tech radar"
        description="Which technologies teams adopt, trial, assess or hold — and how that changed. Numbers on the picture match the lists."
        actions={
          <>
            <a
              className="button button--small"
              href="/api/v1/strategy/radar/export?format=backstage"
              download
            >
              Export Backstage JSON
            </a>
            <a className="button button--small" href="/api/v1/strategy/radar/export?format=byor" download>
              Export BYOR CSV
            </a>
            {editor ? (
              <>
                <Link className="button button--small" to="/org/import?kind=radar">
                  Import
                </Link>
                <button
                  type="button"
                  className="button button--small button--primary"
                  onClick={() => setAdding((a) => !a)}
                  aria-expanded={adding}
                >
                  Add an entry
                </button>
              </>
            ) : null}
          </>
        }
      />
      <RadarTabs />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {adding && data ? (
        <section className="panel radar-add" aria-labelledby="radar-add">
          <h2 id="radar-add">Add an entry</h2>
          <EntryForm
            radar={data}
            onDone={() => {
              setAdding(false);
              reload();
            }}
            onCancel={() => setAdding(false)}
          />
        </section>
      ) : null}
      {data && data.entries.length === 0 ? (
        <EmptyState title="The radar has no entries yet" command="quarterdeck import radar tech-radar.json">
          <p>
            Import a Backstage or Zalando tech-radar JSON, or a Thoughtworks “Build Your Own Radar” CSV
            (columns name, ring, quadrant, isNew, description).
            {editor ? ' Or add the first entry with “Add an entry”.' : ''}
          </p>
        </EmptyState>
      ) : null}
      {data && data.entries.length > 0 ? (
        <>
          <section className="radar-filters row" aria-label="Filter the radar">
            <SelectField
              label="Quadrant"
              name="quadrant"
              value={quadrant?.key ?? ''}
              onChange={(v) => setFilter('quadrant', v)}
              options={[
                { value: '', label: 'All quadrants' },
                ...radar.quadrants.map((q) => ({ value: q.key, label: q.name })),
              ]}
            />
            <SelectField
              label="Ring"
              name="ring"
              value={ring?.key ?? ''}
              onChange={(v) => setFilter('ring', v)}
              options={[
                { value: '', label: 'All rings' },
                ...radar.rings.map((r) => ({ value: r.key, label: r.name })),
              ]}
            />
            <p className="muted radar-filters__count" aria-live="polite">
              {shown.length} of {blips.length} entries
            </p>
          </section>
          <div className="radar-layout">
            <div className="radar-layout__picture">
              <RadarChart
                radar={radar}
                blips={blips}
                active={active}
                onActive={setActive}
                matches={matches}
              />
              <p className="radar-key muted">
                <span aria-hidden="true">●</span> no change · <span aria-hidden="true">◎</span> new ·{' '}
                <span aria-hidden="true">▲</span> moved in · <span aria-hidden="true">▼</span> moved out. Tab
                to a blip and press Enter to open it.
              </p>
            </div>
            {CORNER_ORDER.map((position) => (
              <Legend
                key={position}
                radar={radar}
                blips={shown}
                position={position}
                onActive={setActive}
                active={active}
              />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
