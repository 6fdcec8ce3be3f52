/**
 * Case-insensitive glob patterns for user-editable rules: `*` matches any run of characters (also none);
 * every other character matches itself; the pattern must match the whole text (`bug` matches the label
 * `Bug`, not `debug`; `*bug*` matches both). Surrounding spaces of the text are ignored.
 */

const cache = new Map<string, RegExp>();

/** The regular expression of a glob pattern (anchored, case-insensitive). */
export function globToRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern
      .trim()
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`, 'isu');
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

/** Whether `text` matches the glob `pattern`. */
export function globMatch(pattern: string, text: string): boolean {
  return globToRegExp(pattern).test(text.trim());
}

/** Whether `text` matches any of `patterns`. */
export function matchesAny(patterns: readonly string[], text: string): boolean {
  return patterns.some((p) => globMatch(p, text));
}
