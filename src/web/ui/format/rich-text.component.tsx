import { Fragment } from 'react';

interface Segment {
  at: number;
  text: string;
  code: boolean;
}

/** Splits "Run `quarterdeck import --list` first" into text and code segments (keyed by position). */
function segments(text: string): Segment[] {
  const parts = text.split('`');
  const out: Segment[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    // Odd parts sit between backticks; an unmatched last backtick stays plain text.
    const code = i % 2 === 1 && i < parts.length - 1;
    out.push({ at, text: i % 2 === 1 && !code ? `\`${part}` : part, code });
    at += part.length + 1;
  });
  return out;
}

/** Text from the API where `backticks` mark commands and names: shown as code, everything else as text. */
export function RichText({ text }: { text: string }) {
  if (!text.includes('`')) return <>{text}</>;
  return (
    <>
      {segments(text).map((s) =>
        s.code ? <code key={s.at}>{s.text}</code> : <Fragment key={s.at}>{s.text}</Fragment>,
      )}
    </>
  );
}
