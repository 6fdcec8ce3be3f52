import { Fragment } from 'react';
import { SmartLink } from '../link/smart-link.component';
import { metricRefParts } from './metric-links';

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

/** Plain text, with its references to docs/metrics.md as links to the definitions page. */
function Linked({ text, code = false }: { text: string; code?: boolean }) {
  const parts = metricRefParts(text);
  let at = 0;
  return (
    <>
      {parts.map((p) => {
        const key = at;
        at += p.text.length;
        if (p.href) {
          return (
            <SmartLink key={key} href={p.href}>
              {code ? <code>{p.text}</code> : p.text}
            </SmartLink>
          );
        }
        return code ? <code key={key}>{p.text}</code> : <Fragment key={key}>{p.text}</Fragment>;
      })}
    </>
  );
}

/**
 * Text from the API where `backticks` mark commands and names: shown as code, everything else as text.
 * References to the metric definitions (`docs/metrics.md#lead-time-for-changes`) link to `/help/metrics`.
 */
export function RichText({ text }: { text: string }) {
  if (!text.includes('`')) return <Linked text={text} />;
  return (
    <>
      {segments(text).map((s) =>
        s.code ? <Linked key={s.at} text={s.text} code /> : <Linked key={s.at} text={s.text} />,
      )}
    </>
  );
}
