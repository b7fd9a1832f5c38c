/**
 * Reads the guide with a real Markdown parser (mdast), so every marker, every
 * quoted label and every piece of text keeps its line. A marker is an HTML
 * comment at the end of the list item or paragraph it proves: invisible once
 * rendered, and it stays with its sentence when the guide is edited.
 *
 *   1. Cliquez sur « Annuler la demande ». <!-- step: annuler-litige-web/annuler-la-demande -->
 *   Un litige résolu est définitif. <!-- rule: resolved.final -->
 *
 * Every consumer reads the guide through this one parser: the guide check,
 * and (through flows/guide-text.ts) the runner's step titles, the
 * walkthrough and the illustrated guide. For a guide kept in MDX,
 * `{/* step: … *\/}` and `{/* rule: … *\/}` work too (mdx-markers.ts).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Html, Nodes, Paragraph, Parent } from 'mdast';
import { mdxMarkersAsComments } from './mdx-markers';

/** A marker ties a guide sentence to what proves it: a flow step or a policy rule. */
export type Marker = { kind: 'step'; flowId: string; stepId: string; line: number } | { kind: 'rule'; ruleId: string; line: number };

/** A label the guide quotes « like this », with the line it sits on. */
export interface Quote {
  text: string;
  line: number;
}

/** A run of text as written, with the line it starts on (quantities and quotes are found in these). */
export interface Segment {
  text: string;
  line: number;
}

/** A paragraph of the guide (a list item's sentence is its first paragraph). */
export interface GuideParagraph {
  /** The line the paragraph starts on. */
  line: number;
  /** Its text as a person reads it, markers left out, whitespace collapsed. */
  sentence: string;
  segments: Segment[];
}

/** A paragraph that carries at least one marker. */
export interface GuideItem extends GuideParagraph {
  markers: Marker[];
  quotes: Quote[];
}

export interface ParsedGuide {
  /** The path as the user gave it, used in every report line. */
  file: string;
  items: GuideItem[];
  /** Paragraphs without a marker: what they claim is tied to nothing (a number there is reported). */
  unmarked: GuideParagraph[];
  /** Markers the check cannot use (standalone, malformed): each is a problem. */
  strayMarkers: { line: number; text: string; reason: string }[];
}

const MARKER = /^<!--\s*(step|rule)\s*:\s*(\S+?)\s*-->$/;
/** A comment that looks like it wants to be a marker (caught so a typo is not silently ignored). */
const MARKER_LIKE = /^<!--\s*(step|rule)\b/;
/** « label »: French quotes, with the (non-breaking) spaces French typography puts inside. */
const QUOTED = /«\s*([^«»]+?)\s*»/g;
const STANDALONE = 'repère isolé : placez-le à la fin de la phrase ou de l’élément de liste qu’il relie';
const MALFORMED =
  'repère illisible : écrivez <!-- step: parcours/étape --> ou <!-- rule: id.de.règle --> (en MDX : {/* step: parcours/étape */})';

export function parseGuide(markdown: string, file: string): ParsedGuide {
  const guide: ParsedGuide = { file, items: [], unmarked: [], strayMarkers: [] };
  visit(fromMarkdown(mdxMarkersAsComments(markdown)), guide);
  return guide;
}

/** Whitespace as a person reads it: line breaks and non-breaking spaces are spaces. */
export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function visit(node: Nodes, guide: ParsedGuide): void {
  if (node.type === 'paragraph') {
    readParagraph(node, guide);
    return;
  }
  if (node.type === 'html' && MARKER_LIKE.test(node.value)) {
    guide.strayMarkers.push({ line: lineOf(node), text: node.value, reason: STANDALONE });
    return;
  }
  if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes, guide);
}

/** A paragraph with markers becomes a guide item; one without goes to `unmarked`. */
function readParagraph(paragraph: Paragraph, guide: ParsedGuide): void {
  const markers: Marker[] = [];
  const segments: Segment[] = [];
  collect(paragraph, { markers, segments, stray: guide.strayMarkers });
  const read: GuideParagraph = { line: lineOf(paragraph), sentence: normalizeLabel(segments.map((s) => s.text).join('')), segments };
  if (markers.length === 0) guide.unmarked.push(read);
  else guide.items.push({ ...read, markers, quotes: segments.flatMap(quotesIn) });
}

interface Collected {
  markers: Marker[];
  segments: Segment[];
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
function quotesIn(segment: Segment): Quote[] {
  return [...segment.text.matchAll(QUOTED)].map((match) => ({
    text: normalizeLabel(match[1] ?? ''),
    line: lineAt(segment, match.index),
  }));
}

/** The line of a character of a segment (segments may span several lines). */
export function lineAt(segment: Segment, index: number): number {
  return segment.line + (segment.text.slice(0, index).match(/\n/g)?.length ?? 0);
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 0;
}
