import { Link, NavLink, useLocation, useSearchParams } from 'react-router';
import { domains } from '../../domains/registry';
import { scopeSearch } from '../../scope/scope';
import { useSession } from '../session/session.context';

/** The side navigation, built from the domain registry; links keep the current scope. */
export function SideNav() {
  const { can } = useSession();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const under = (p: string) => pathname === p || pathname.startsWith(`${p}/`);
  const search = scopeSearch(params);
  const groups = domains
    .map((d) => ({ ...d, nav: d.nav.filter((item) => can(item.roles)) }))
    .filter((d) => d.nav.length > 0);
  return (
    <nav className="side-nav" aria-label="Main">
      {groups.map((d) => (
        <div key={d.id} className="side-nav__group">
          <h2 className="side-nav__heading" id={`nav-${d.id}`}>
            {d.label}
          </h2>
          <ul aria-labelledby={`nav-${d.id}`}>
            {d.nav.map((item) => (
              <li key={item.path}>
                {item.covers ? (
                  <Link
                    to={{ pathname: item.path, search }}
                    className="side-nav__link"
                    aria-current={pathname === item.path || item.covers.some(under) ? 'page' : undefined}
                  >
                    {item.label}
                  </Link>
                ) : (
                  <NavLink
                    to={{ pathname: item.path, search }}
                    end={item.path === '/'}
                    className="side-nav__link"
                  >
                    {item.label}
                  </NavLink>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
