import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import metricsMarkdown from '../../../../docs/metrics.md?raw';
import { PageHeader } from '../../ui/page/page-header.component';
import { type DocHeading, renderMarkdown } from './markdown';
import './help.css';

/** The document's own title is the page's heading; the rest is rendered below it. */
const BODY = metricsMarkdown.replace(/^# [^\n]*\n/, '');

/** The sections (level 2) with their definitions (level 3), for the table of contents. */
function outline(headings: DocHeading[]) {
  const out: { head: DocHeading; children: DocHeading[] }[] = [];
  for (const h of headings) {
    if (h.depth === 2) out.push({ head: h, children: [] });
    else if (h.depth === 3) out[out.length - 1]?.children.push(h);
  }
  return out;
}

/**
 * `/help/metrics`: every metric's definition, from docs/metrics.md (the same text as in the repository),
 * with GitHub's heading anchors so `/help/metrics#lead-time-for-changes` opens at that definition.
 */
export function MetricsHelpPage() {
  const doc = useMemo(() => renderMarkdown(BODY, 'docs/metrics.md'), []);
  const toc = useMemo(() => outline(doc.headings), [doc]);
  const { hash } = useLocation();

  // The page arrives after the route's code has loaded, too late for the browser's own jump to the
  // anchor (and for `:target`): go to the heading and mark it.
  useEffect(() => {
    for (const el of document.querySelectorAll('.markdown .is-target')) el.classList.remove('is-target');
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.classList.add('is-target');
    target.scrollIntoView({ block: 'start' });
  }, [hash]);

  return (
    <div className="page help-page">
      <PageHeader
        title="Metric definitions"
        description="What every number of Quarterdeck counts, over which rows, how its status is decided, and the reference it follows."
      />
      <div className="help-layout">
        <article
          className="panel markdown"
          aria-label="Metric definitions"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered from the project's own docs/metrics.md; raw HTML in it is escaped and only web, mail and in-app links are kept (markdown.ts)
          dangerouslySetInnerHTML={{ __html: doc.html }}
        />
        <nav className="help-toc" aria-label="On this page">
          <h2 className="help-toc__title">On this page</h2>
          <ul>
            {toc.map((s) => (
              <li key={s.head.id}>
                <a href={`#${s.head.id}`}>{s.head.text}</a>
                {s.children.length ? (
                  <ul>
                    {s.children.map((c) => (
                      <li key={c.id}>
                        <a href={`#${c.id}`}>{c.text}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}
