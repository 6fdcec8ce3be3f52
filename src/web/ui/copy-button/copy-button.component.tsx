import { useState } from 'react';
import './copy-button.css';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies a text to the clipboard and says so. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy-button">
      <button
        type="button"
        className="button button--small"
        onClick={async () => {
          setState((await copyText(text)) ? 'copied' : 'failed');
          window.setTimeout(() => setState('idle'), 4000);
        }}
      >
        {label}
      </button>
      <span role="status" className="copy-button__status">
        {state === 'copied'
          ? '✓ Copied'
          : state === 'failed'
            ? 'Copy failed: select the text and copy it'
            : ''}
      </span>
    </span>
  );
}
