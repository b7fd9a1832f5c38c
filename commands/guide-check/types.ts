/** The shapes the guide check passes between its parts: the parsed guide, problems, the traceability rows. */

export type { GuideItem, GuideParagraph, Marker, ParsedGuide, Quote, Segment } from '../../harness/guide-markdown';

export type CheckName = 'flows' | 'site' | 'claims' | 'tests';

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
