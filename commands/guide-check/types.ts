/** The shapes the guide check passes between its parts: the parsed guide, problems, the traceability rows. */

/** A marker ties a guide sentence to what proves it: a flow step or a policy rule. */
export type Marker = { kind: 'step'; flowId: string; stepId: string; line: number } | { kind: 'rule'; ruleId: string; line: number };

/** A label the guide quotes « like this », with the line it sits on. */
export interface Quote {
  text: string;
  line: number;
}

/** A list item or paragraph of the guide that carries at least one marker. */
export interface GuideItem {
  /** The line the item starts on. */
  line: number;
  /** Its text as a person reads it, markers left out, whitespace collapsed. */
  sentence: string;
  markers: Marker[];
  quotes: Quote[];
}

export interface ParsedGuide {
  /** The path as the user gave it, used in every report line. */
  file: string;
  items: GuideItem[];
  /** Markers the check cannot use (standalone, malformed): each is a problem. */
  strayMarkers: { line: number; text: string; reason: string }[];
}

export type CheckName = 'flows' | 'site' | 'tests';

/** One thing that is wrong, pinned to a guide line. */
export interface Problem {
  check: CheckName;
  line: number;
  /** « Étape 5 (site web) », « Règle reopen.window »… */
  subject: string;
  /** The guide's sentence, as a person reads it. */
  sentence: string;
  /** What the flows, the site or the tests show instead, in French. */
  message: string;
}

/** A guide step or rule, what proves it and how that went (out/traceability.md). */
export interface TraceRow {
  line: number;
  subject: string;
  sentence: string;
  /** Flow step ids (`flow/step`) or, for a rule, the flows that show it. */
  proof: string[];
  /** Tests that ran for it: `[project] title`. */
  tests: string[];
  result: 'ok' | 'échec' | 'non vérifié';
}
