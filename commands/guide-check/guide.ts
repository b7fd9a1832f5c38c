/**
 * Reads the guide with a real Markdown parser (mdast), so every marker and
 * every quoted label keeps its line. A marker is an HTML comment at the end of
 * the list item or paragraph it proves: invisible once rendered, and it stays
 * with its sentence when the guide is edited.
 *
 *   1. Cliquez sur « Annuler la demande ». <!-- step: annuler-litige-web/annuler-la-demande -->
 *   Un litige résolu est définitif. <!-- rule: resolved.final -->
 *
 * For a guide kept in MDX, `{/* step: … *\/}` and `{/* rule: … *\/}` work too (mdx-markers.ts).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Html, Nodes, Paragraph, Parent } from 'mdast';
import { mdxMarkersAsComments } from './mdx-markers';
import type { GuideItem, Marker, ParsedGuide, Quote } from './types';

const MARKER = /^<!--\s*(step|rule)\s*:\s*(\S+?)\s*-->$/;
/** A comment that looks like it wants to be a marker (caught so a typo is not silently ignored). */
const MARKER_LIKE = /^<!--\s*(step|rule)\b/;
/** « label »: French quotes, with the (non-breaking) spaces French typography puts inside. */
const QUOTED = /«\s*([^«»]+?)\s*»/g;
const STANDALONE = 'repère isolé : placez-le à la fin de la phrase ou de l’élément de liste qu’il relie';
const MALFORMED =
  'repère illisible : écrivez <!-- step: parcours/étape --> ou <!-- rule: id.de.règle --> (en MDX : {/* step: parcours/étape */})';

export function parseGuide(markdown: string, file: string): ParsedGuide {
  const guide: ParsedGuide = { file, items: [], strayMarkers: [] };
  visit(fromMarkdown(mdxMarkersAsComments(markdown)), guide);
  return guide;
}

/** Whitespace as a person reads it: line breaks and non-breaking spaces are spaces. */
export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function visit(node: Nodes, guide: ParsedGuide): void {
  if (node.type === 'paragraph') {
    const item = readParagraph(node, guide);
    if (item) guide.items.push(item);
    return;
  }
  if (node.type === 'html' && MARKER_LIKE.test(node.value)) {
    guide.strayMarkers.push({ line: lineOf(node), text: node.value, reason: STANDALONE });
    return;
  }
  if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes, guide);
}

/** A paragraph with markers becomes a guide item; a list item's sentence is its first paragraph. */
function readParagraph(paragraph: Paragraph, guide: ParsedGuide): GuideItem | undefined {
  const markers: Marker[] = [];
  const segments: { text: string; line: number }[] = [];
  collect(paragraph, { markers, segments, stray: guide.strayMarkers });
  if (markers.length === 0) return undefined;
  return {
    line: lineOf(paragraph),
    sentence: normalizeLabel(segments.map((s) => s.text).join('')),
    markers,
    quotes: segments.flatMap(quotesIn),
  };
}

interface Collected {
  markers: Marker[];
  segments: { text: string; line: number }[];
  stray: ParsedGuide['strayMarkers'];
}

function collect(node: Nodes, into: Collected): void {
  if (node.type === 'html') {
    const marker = readMarker(node);
    if (marker) into.markers.push(marker);
    else if (MARKER_LIKE.test(node.value)) into.stray.push({ line: lineOf(node), text: node.value, reason: MALFORMED });
    return;
  }
  if (node.type === 'text' || node.type === 'inlineCode') {
    into.segments.push({ text: node.value, line: lineOf(node) });
    return;
  }
  if (node.type === 'break') into.segments.push({ text: '\n', line: lineOf(node) });
  if ('children' in node) for (const child of (node as Parent).children) collect(child as Nodes, into);
}

function readMarker(node: Html): Marker | undefined {
  const match = MARKER.exec(node.value.trim());
  if (!match?.[2]) return undefined;
  const line = lineOf(node);
  if (match[1] === 'rule') return { kind: 'rule', ruleId: match[2], line };
  const [flowId = '', stepId = ''] = match[2].split('/');
  return { kind: 'step', flowId, stepId, line };
}

/**
 * Quotes inside one text node, each with its own line: a sentence wrapped over
 * several lines reports the line the label is on. A label split by emphasis
 * (« **Compte** ») is not a label: the guide quotes labels as plain text.
 */
function quotesIn(segment: { text: string; line: number }): Quote[] {
  return [...segment.text.matchAll(QUOTED)].map((match) => ({
    text: normalizeLabel(match[1] ?? ''),
    line: segment.line + (segment.text.slice(0, match.index).match(/\n/g)?.length ?? 0),
  }));
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 0;
}
