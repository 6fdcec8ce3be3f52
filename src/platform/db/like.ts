/** `%text%` for LIKE/ILIKE with the text's own `\\`, `%` and `_` escaped: a search for "50%" finds "50%". */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** `text%`: starts with the text, its wildcards escaped. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}

function escapeLike(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_');
}
