import { type ReactNode, useEffect } from 'react';

/** Sets the browser tab's title: "People · Quarterdeck". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Quarterdeck`;
  }, [title]);
}

/** A page's one <h1>, its short description and its main actions; also names the browser tab. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {description ? <p>{description}</p> : null}
      </div>
      {actions ? <div className="row">{actions}</div> : null}
    </header>
  );
}
