import { useTheme } from './theme';
import './theme-toggle.css';

/** A switch between the light and the dark theme; the choice is remembered on this device. */
export function ThemeToggle() {
  const { theme, setChoice } = useTheme();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="button button--ghost theme-toggle"
      aria-pressed={dark}
      onClick={() => setChoice(dark ? 'light' : 'dark')}
    >
      <span className="theme-toggle__switch" aria-hidden="true">
        <span className="theme-toggle__knob">{dark ? '☾' : '☀'}</span>
      </span>
      Dark theme
    </button>
  );
}
