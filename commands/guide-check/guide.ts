/** The guide check reads the guide with the parser every consumer shares. */
export { lineAt, normalizeLabel, parseGuide } from '../../harness/guide-markdown';
