import type { KeyboardEvent } from 'react';
import { Link, NavLink, type To } from 'react-router';
import './tabs.css';

/** One link of a tab strip. */
export interface TabItem {
  /** Where the tab leads (a path, or a path with its query). */
  to: To;
  label: string;
  /** Active on exactly `to`'s path only (NavLink's `end`); default true. */
  end?: boolean;
  /**
   * Whether the tab is the current page, for tabs that differ only by their query (`?tab=…`), which the
   * router cannot tell apart. When left out, the tab is current when the URL's path matches.
   */
  current?: boolean;
}

/**
 * A strip of links between the views of one area (a `<nav>` named by `label`), drawn as tabs. The current
 * one carries `aria-current="page"`. Links are reached with Tab; once on the strip, the arrow keys, Home
 * and End move between them, and Enter opens one. `search` is added to every link that has no query of
 * its own (pass the query to keep, e.g. the scope: range, team, step).
 */
export function Tabs({
  label,
  items,
  search,
  className,
}: {
  label: string;
  items: readonly TabItem[];
  search?: string;
  /** An extra class on the `<nav>` (a page's own spacing or print rules). */
  className?: string;
}) {
  return (
    <nav className={className ? `tabs ${className}` : 'tabs'} aria-label={label}>
      <ul onKeyDown={moveFocus}>
        {items.map((t) => {
          const to = withSearch(t.to, search);
          const key = typeof t.to === 'string' ? t.to : `${t.to.pathname ?? ''}${t.to.search ?? ''}`;
          return (
            <li key={key}>
              {t.current === undefined ? (
                <NavLink to={to} end={t.end ?? true} className="tabs__link">
                  {t.label}
                </NavLink>
              ) : (
                <Link to={to} className="tabs__link" aria-current={t.current ? 'page' : undefined}>
                  {t.label}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function withSearch(to: To, search: string | undefined): To {
  if (!search) return to;
  if (typeof to === 'string') return to.includes('?') ? to : { pathname: to, search };
  return to.search ? to : { ...to, search };
}

/** Left/Right (and Up/Down), Home and End move the focus between the links of the strip. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
  if (!keys.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.tabs__link'));
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  const last = links.length - 1;
  const back = event.key === 'ArrowLeft' || event.key === 'ArrowUp';
  let next = back ? at - 1 : at + 1;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = last;
  else if (next < 0) next = last;
  else if (next > last) next = 0;
  event.preventDefault();
  links[next]?.focus();
}
