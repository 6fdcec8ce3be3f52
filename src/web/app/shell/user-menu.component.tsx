import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useToast } from '../../ui/toast/toast.component';
import { useSession, useUser } from '../session/session.context';

const ROLE_LABEL = { admin: 'Admin', executive: 'Executive', manager: 'Manager', member: 'Member' } as const;

/** The account menu: who you are (name, role, grants), your API tokens, and sign-out. */
export function UserMenu() {
  const user = useUser();
  const { signOut } = useSession();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  const items = useCallback(
    () => [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])],
    [],
  );
  const close = (focusButton = true) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, items]);

  const onMenuKey = (e: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      all[(at + step + all.length) % all.length]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      (e.key === 'Home' ? all[0] : all[all.length - 1])?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button--ghost user-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {user.name.slice(0, 1).toUpperCase()}
        </span>
        {user.name}
        <span aria-hidden="true" className="user-menu__caret">
          ▾
        </span>
      </button>
      {open ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: keyboard handling of the menu inside
        <div className="user-menu__popup" onKeyDown={onMenuKey}>
          <div className="user-menu__who">
            <strong>{user.name}</strong>
            <span className="muted">{user.email}</span>
            <span>
              Role: <strong>{ROLE_LABEL[user.role]}</strong>
            </span>
            <span>
              Grants: {user.grants.length > 0 ? user.grants.join(', ') : <span className="muted">none</span>}
            </span>
          </div>
          <div id={menuId} role="menu" aria-label={`${user.name}: account`} className="user-menu__list">
            <Link role="menuitem" tabIndex={-1} to="/settings/tokens" onClick={() => close(false)}>
              API tokens
            </Link>
            <button
              role="menuitem"
              tabIndex={-1}
              type="button"
              onClick={() => {
                close(false);
                signOut().catch(() =>
                  toast('Signing out failed; the session may have ended already.', 'error'),
                );
              }}
            >
              Sign out
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
