/** parseConfig: defaults, empty means unset, every bad variable listed at once, a frozen result. */
import { test, expect } from '../../fixtures/test';
import { ConfigError, parseConfig } from '../../lib/config';

test('no variables → the documented defaults', () => {
  expect(parseConfig({})).toEqual({
    PORT: 4173,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'auto',
    SESSION_TTL_MINUTES: 120,
    SESSION_MAX: 2000,
    POLICY_EDITION: '2026',
    GUIDE_PATH: 'guide/annuler-un-litige.md',
    DEFAULT_SCENARIO: 'litige-en-attente',
    CONTROL_API: true,
    BODY_LIMIT_BYTES: 16_384,
    DISPUTE_MAX_MESSAGES: 100,
    SESSION_MAX_KB: 64,
    PAGE_CACHE_MB: 16,
    FAULT_LATENCY_MS: 0,
    LABEL_OVERRIDES: {},
    STYLE_OVERRIDES: '',
    GITHUB_ACTIONS: false,
    RELAXED_RULES: [],
  });
});

test('an empty string means unset, so the default applies', () => {
  const empty = { PORT: '', HOST: '', LOG_LEVEL: '', POLICY_EDITION: '', CONTROL_API: '', CHROMIUM_PATH: '' };
  expect(parseConfig(empty)).toEqual(parseConfig({}));
});

test('set values are read and coerced', () => {
  expect(parseConfig({ PORT: '8080', HOST: '0.0.0.0', POLICY_EDITION: '2016' })).toMatchObject({
    PORT: 8080,
    HOST: '0.0.0.0',
    POLICY_EDITION: '2016',
  });
});

const switches: [string, boolean][] = [
  ['false', false],
  ['true', true],
  ['0', false],
  ['1', true],
];
for (const [value, expected] of switches) {
  test(`CONTROL_API '${value}' → ${expected}`, () => {
    expect(parseConfig({ CONTROL_API: value }).CONTROL_API).toBe(expected);
  });
}

test('several bad variables → one ConfigError listing each of them', () => {
  let error: unknown;
  try {
    parseConfig({ PORT: 'abc', LOG_LEVEL: 'loud', SESSION_TTL_MINUTES: '-5', HOST: 'localhost' });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const { problems, message } = error as ConfigError;
  expect(problems).toHaveLength(3);
  expect(problems).toEqual([
    expect.stringMatching(/^PORT: .*\(valeur reçue : "abc"\)$/),
    expect.stringMatching(/^LOG_LEVEL: .*\(valeur reçue : "loud"\)$/),
    expect.stringMatching(/^SESSION_TTL_MINUTES: .*\(valeur reçue : "-5"\)$/),
  ]);
  for (const problem of problems) expect(message).toContain(problem);
  expect(message).toMatch(/^Configuration invalide/);
});

const invalid: [string, string][] = [
  ['PORT', '70000'],
  ['SESSION_MAX', '1.5'],
  ['POLICY_EDITION', '2020'],
  ['CONTROL_API', 'peut-être'],
  ['LOG_FORMAT', 'xml'],
];
for (const [name, value] of invalid) {
  test(`${name}=${value} is refused, naming the variable`, () => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(new RegExp(`- ${name}: .*"${value}"`));
  });
}

test('the result is frozen', () => {
  const config = parseConfig({});
  expect(Object.isFrozen(config)).toBe(true);
  expect(() => {
    (config as { PORT: number }).PORT = 1;
  }).toThrow(TypeError);
  expect(config.PORT).toBe(4173);
});
