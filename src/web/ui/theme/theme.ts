import { useCallback, useSyncExternalStore } from 'react';

/**
 * Light and dark themes. The app follows the system (`prefers-color-scheme`) until someone picks a
 * theme with the toggle; the pick is remembered in localStorage. CSS reads `data-theme` on <html>.
 */
export type Theme = 'light' | 'dark';
export type ThemeChoice = Theme | 'system';

const STORAGE_KEY = 'quarterdeck.theme';
const CHANGE_EVENT = 'quarterdeck:theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function storedThemeChoice(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function effectiveTheme(): Theme {
  const choice = storedThemeChoice();
  if (choice !== 'system') return choice;
  return darkQuery().matches ? 'dark' : 'light';
}

/** Puts the effective theme on <html>; call once before the first render, then on every change. */
export function applyTheme(): void {
  const theme = effectiveTheme();
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Private browsing without storage: the choice lasts for this page only.
  }
  applyTheme();
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  const media = darkQuery();
  const onSystemChange = () => {
    applyTheme();
    onChange();
  };
  media.addEventListener('change', onSystemChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onSystemChange);
  return () => {
    media.removeEventListener('change', onSystemChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onSystemChange);
  };
}

/** The theme in effect now, re-rendering when it changes (charts repaint with it). */
export function useTheme(): { theme: Theme; choice: ThemeChoice; setChoice: (choice: ThemeChoice) => void } {
  const theme = useSyncExternalStore(subscribe, effectiveTheme);
  const choice = useSyncExternalStore(subscribe, storedThemeChoice);
  const setChoice = useCallback((next: ThemeChoice) => setThemeChoice(next), []);
  return { theme, choice, setChoice };
}
