// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Boundaries, after Playwright's DEPS.list: per folder, the folders its code
 * may not import. Dependencies point one way:
 *   tests → commands, dev → flows, fixtures → harness → mock-site → lib
 * A relative import is matched by the top folder it climbs to (`../../flows/x`).
 * tests/guide/boundaries.spec.ts proves that a forbidden import fails lint.
 */
const top = (folder) => `^(\\.\\./)+${folder}(/|$)`;
const within = (folder) => `^(\\.\\.?/)+${folder}(/|$)`;

/** @type {Record<string, { forbidden: string[], why: string }>} */
const boundaries = {
  'lib/**': {
    forbidden: ['mock-site', 'flows', 'harness', 'fixtures', 'commands', 'dev', 'tests'],
    why: 'lib/ is the base every folder uses: it imports none of them.',
  },
  'mock-site/**': {
    forbidden: ['flows', 'harness', 'fixtures', 'commands', 'dev', 'tests'],
    why: 'the simulator knows nothing of the flows, the harness or the commands that drive it.',
  },
  'harness/**': {
    forbidden: ['flows', 'fixtures', 'commands', 'dev', 'tests'],
    why: 'the harness sits under the flows and commands: it knows only the simulator and lib/.',
  },
  'flows/**': {
    forbidden: ['fixtures', 'commands', 'dev', 'tests'],
    why: 'flows are data and their runner: commands and tests use them, not the other way round.',
  },
  'fixtures/**': {
    forbidden: ['commands', 'dev', 'tests'],
    why: 'the Playwright fixtures serve the tests; they use the harness and the flows.',
  },
  'commands/**': {
    forbidden: ['fixtures', 'dev', 'tests'],
    why: "the product's commands use the harness, not the test fixtures or the development tools.",
  },
  'dev/**': { forbidden: ['tests'], why: 'development tools may drive everything but the specs.' },
};

/** Inside mock-site: pure rules, dumb views, and an HTTP layer that is handed its renderer. */
const inner = {
  'mock-site/http/**': {
    forbidden: ['presenters', 'routes'],
    why: 'the HTTP layer is handed the error-page renderer (createApp passes it in).',
  },
  'mock-site/domain/**': {
    forbidden: ['http', 'views', 'presenters', 'routes', 'sessions', 'shop', 'app', 'server'],
    why: 'the rules are pure: no HTTP, no views, no session store.',
  },
  'mock-site/views/**': {
    forbidden: ['http', 'presenters', 'routes', 'sessions', 'shop'],
    why: 'views only lay out the props they are given.',
  },
};

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** The one import lib/ makes of the simulator: config validates POLICY_EDITION against the rules' own list of editions. */
const configException = {
  files: ['lib/config.ts'],
  rules: restrict([
    ...boundaries['lib/**'].forbidden
      .filter((folder) => folder !== 'mock-site')
      .map((folder) => ({ regex: top(folder), message: `Import interdit : ${boundaries['lib/**'].why}` })),
    { regex: '^(\\.\\./)+mock-site/(?!domain/editions/index$)', message: `Import interdit : ${boundaries['lib/**'].why}` },
  ]),
};
const outer = (glob) =>
  boundaries[glob].forbidden.map((folder) => ({ regex: top(folder), message: `Import interdit : ${boundaries[glob].why}` }));

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'test-results/', 'playwright-report/', 'blob-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      // process.env belongs to lib/config.ts alone, so every variable is validated in one place.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings from lib/config.ts.' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['lib/config.ts'], rules: { 'no-restricted-properties': 'off' } },
  // Commands and development tools talk to a person on the terminal.
  { files: ['commands/**', 'dev/**'], rules: { 'no-console': 'off' } },
  ...Object.keys(boundaries).map((glob) => ({ files: [glob], rules: restrict(outer(glob)) })),
  configException,
  // Later entries replace the rule for their files, so each repeats mock-site's own list.
  ...Object.entries(inner).map(([glob, { forbidden, why }]) => ({
    files: [glob],
    rules: restrict([
      ...outer('mock-site/**'),
      ...forbidden.map((folder) => ({ regex: within(folder), message: `Import interdit : ${why}` })),
      // The HTTP layer may read the views' props as types (the error page's contract), never render a view itself.
      ...(glob === 'mock-site/http/**' ? [{ regex: within('views'), allowTypeImports: true, message: `Import interdit : ${why}` }] : []),
    ]),
  })),
);
