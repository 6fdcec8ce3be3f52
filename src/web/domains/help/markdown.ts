import { Marked, type Tokens } from 'marked';
import { headingSlug } from '../../ui/format/metric-links';

/** A heading of a rendered document, for its table of contents. */
export interface DocHeading {
  depth: number;
  text: string;
  id: string;
}

export interface RenderedDoc {
  html: string;
  headings: DocHeading[];
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function unescapeHtml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** Where a link may go: the web (http, https), mail, this page's anchors, or a page of the app. */
function safeHref(href: string, self: string): string | null {
  const h = href.trim();
  if (h.startsWith(`${self}#`)) return h.slice(self.length);
  if (/^(https?:|mailto:)/i.test(h)) return h;
  if (h.startsWith('#') || (h.startsWith('/') && !h.startsWith('//'))) return h;
  return null;
}

/**
 * Renders one of the project's markdown documents (GitHub-flavoured: tables, lists, code) as HTML for the
 * help pages. Headings get GitHub's anchors (`lead-time-for-changes`; a repeated heading `-1`, `-2`…),
 * so links written for the repository work in the app too. Raw HTML in the markdown is shown as text,
 * never as markup; links keep only web, mail and in-app targets, and links to `self` (the document's own
 * path, as `docs/metrics.md#x`) become anchors of the page.
 */
export function renderMarkdown(markdown: string, self = ''): RenderedDoc {
  const headings: DocHeading[] = [];
  const seen = new Map<string, number>();
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(text);
      },
      heading({ tokens, depth }: Tokens.Heading) {
        const inner = this.parser.parseInline(tokens);
        const text = unescapeHtml(this.parser.parseInline(tokens, this.parser.textRenderer));
        const base = headingSlug(text) || 'section';
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const id = n === 0 ? base : `${base}-${n}`;
        headings.push({ depth, text, id });
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const target = self ? safeHref(href, self) : safeHref(href, '\u0000');
        if (target === null) return inner;
        const external = /^https?:/i.test(target);
        const t = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a href="${escapeHtml(target)}"${t}${external ? ' rel="noreferrer"' : ''}>${inner}</a>`;
      },
      image({ text }: Tokens.Image) {
        // The documents have no pictures the app could serve; their description stands in.
        return escapeHtml(text);
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, headings };
}
