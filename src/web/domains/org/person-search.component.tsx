import { useId, useMemo, useState } from 'react';
import { type OrgTree, type SearchHit, searchPeople } from './org-chart-model';

/**
 * "Find a person" for the org chart: a combobox (WAI-ARIA pattern) over the names already loaded, so
 * it answers as you type. Enter picks the highlighted (or first) match.
 */
export function PersonSearch({ tree, onPick }: { tree: OrgTree; onPick: (hit: SearchHit) => void }) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [openList, setOpenList] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchPeople(tree, text), [tree, text]);
  const expanded = openList && text.trim().length > 0;

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setText(hit.name);
    setOpenList(false);
    onPick(hit);
  };

  return (
    <div className="person-search">
      <label htmlFor={id}>Find a person</label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder="Name or title"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpenList(true);
        }}
        onFocus={() => setOpenList(true)}
        onBlur={() => window.setTimeout(() => setOpenList(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpenList(true);
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(hits[active] ?? hits[0]);
          } else if (e.key === 'Escape') {
            setOpenList(false);
          }
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label="Matching people"
        className="person-search__list"
        hidden={!expanded}
      >
        {hits.map((h, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (arrows, Enter)
          <div
            key={h.id}
            tabIndex={-1}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'person-search__option--active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(h)}
          >
            <span className="person-search__name">{h.name}</span>
            <span className="muted">
              {h.title ?? ''}
              {h.under ? ` · reports to ${h.under}` : ''}
            </span>
          </div>
        ))}
        {expanded && hits.length === 0 ? (
          <div role="option" tabIndex={-1} aria-selected={false} aria-disabled="true" className="muted">
            Nobody by that name in this chart
          </div>
        ) : null}
      </div>
    </div>
  );
}
