import type { ReactNode } from 'react';
import { CopyButton } from '../copy-button/copy-button.component';
import './empty-state.css';

/** Says why a view is empty and exactly how to fill it (the import command to run, the page to use). */
export function EmptyState({
  title,
  children,
  command,
  action,
}: {
  title: string;
  children?: ReactNode;
  /** A command to run, shown with a copy button, e.g. `quarterdeck import hr-csv people.csv`. */
  command?: string;
  action?: ReactNode;
}) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2 className="empty-state__title">{title}</h2>
      {children ? <div className="empty-state__body">{children}</div> : null}
      {command ? (
        <div className="empty-state__command">
          <pre>
            <code>{command}</code>
          </pre>
          <CopyButton text={command} label="Copy command" />
        </div>
      ) : null}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </section>
  );
}
