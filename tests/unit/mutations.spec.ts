/** Each mutation npm run mutate applies still finds its text, exactly once, so none silently stops applying. */
import { readFileSync } from 'node:fs';
import { test, expect } from '../../fixtures/test';
import { mutations } from '../../dev/mutation/mutations';

for (const mutation of mutations) {
  test(`mutation ${mutation.id} applies to ${mutation.file}`, () => {
    const source = readFileSync(mutation.file, 'utf8');
    expect(source.split(mutation.from)).toHaveLength(2);
    expect(source.replace(mutation.from, mutation.to)).not.toBe(source);
  });
}

test('mutation ids are unique', () => {
  const ids = mutations.map((m) => m.id);
  expect(new Set(ids).size).toBe(ids.length);
});
