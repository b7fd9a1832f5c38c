/**
 * MDX refuses HTML comments, so a guide that lives in an MDX site writes its
 * markers as expression comments: `{/* step: flow/step *\/}`. Plain Markdown
 * reads those as text, and `{/*step: a/b*\/}` (no spaces) even as emphasis,
 * so they are rewritten as the HTML comments the parser already knows before
 * Markdown sees them. The rewrite keeps every line break, so every line
 * number stays true; a malformed one (`{/* step a/b *\/}`) becomes a
 * malformed comment and is reported as such.
 */

/** `{/* step|rule … *\/}`, on one line or several; any other expression comment is left alone. */
const MDX_MARKER = /\{\s*\/\*\s*((?:step|rule)\b[\s\S]*?)\*\/\s*\}/g;

export function mdxMarkersAsComments(markdown: string): string {
  // The comment spans as many lines as the expression did, so the text after it stays on its line.
  return markdown.replace(MDX_MARKER, (whole: string, inner: string) => `<!-- ${inner.trim()} ${'\n'.repeat(lineBreaks(whole))}-->`);
}

function lineBreaks(text: string): number {
  return text.match(/\n/g)?.length ?? 0;
}
