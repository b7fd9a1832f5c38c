/**
 * Markers that survive MDX: `{/* step: … *\/}` and `{/* rule: … *\/}` read like
 * the HTML comments, keep their lines, stay out of the sentence, and a typo in
 * one is reported, not ignored.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '../../fixtures/test';
import { parseGuide } from '../../commands/guide-check/guide';

const GUIDE = 'guide/annuler-un-litige.md';

test('the real guide written with MDX markers parses exactly as with HTML comments', () => {
  const markdown = readFileSync(GUIDE, 'utf8');
  // Markers only: the guide's opening comment (a note to writers) stays an HTML comment.
  const mdx = markdown.replace(/<!--\s*((?:step|rule)\s*:[^>]*?)\s*-->/g, '{/* $1 */}');
  expect(mdx).not.toContain('<!-- step:');
  expect(mdx).not.toContain('<!-- rule:');
  const original = parseGuide(markdown, GUIDE);
  const converted = parseGuide(mdx, GUIDE);
  expect(original.items.length).toBeGreaterThan(10);
  expect(converted).toEqual(original);
});

test('step and rule markers in MDX form, with their lines and without their text in the sentence', () => {
  const guide = parseGuide(
    [
      '# Guide',
      '',
      '1. Ouvrez le menu « Compte ». {/* step: annuler-litige-web/compte */}',
      '2. Cliquez sur',
      '   « Mes commandes ». {/*step: annuler-litige-web/mes-commandes*/}',
      '',
      'Un litige résolu est définitif. {/* rule: resolved.final */}',
    ].join('\n'),
    'brouillon.mdx',
  );
  expect(guide.strayMarkers).toEqual([]);
  expect(guide.items.map((item) => ({ line: item.line, sentence: item.sentence, markers: item.markers }))).toEqual([
    {
      line: 3,
      sentence: 'Ouvrez le menu « Compte ».',
      markers: [{ kind: 'step', flowId: 'annuler-litige-web', stepId: 'compte', line: 3 }],
    },
    {
      line: 4,
      // Without spaces, `/*step…*/` would be emphasis to Markdown: it must still be a marker, not text.
      sentence: 'Cliquez sur « Mes commandes ».',
      markers: [{ kind: 'step', flowId: 'annuler-litige-web', stepId: 'mes-commandes', line: 5 }],
    },
    { line: 7, sentence: 'Un litige résolu est définitif.', markers: [{ kind: 'rule', ruleId: 'resolved.final', line: 7 }] },
  ]);
  expect(guide.items[1]?.quotes).toEqual([{ text: 'Mes commandes', line: 5 }]);
});

test('a marker spread over two lines keeps the lines after it true', () => {
  const guide = parseGuide(
    [
      'Cliquez sur « Compte ». {/*',
      '  step: annuler-litige-web/compte */}',
      '',
      'Puis sur « Mes commandes ». <!-- step: annuler-litige-web/mes-commandes -->',
    ].join('\n'),
    'brouillon.mdx',
  );
  expect(guide.items.map((item) => [item.line, item.markers[0]?.line])).toEqual([
    [1, 1],
    [4, 4],
  ]);
});

test('a malformed or standalone MDX marker is a stray marker; other expression comments are left alone', () => {
  const guide = parseGuide(
    [
      'Ouvrez « Compte ». {/* step annuler-litige-web/compte */}',
      '',
      '{/* rule: resolved.final */}',
      '',
      'Une remarque. {/* note : à relire */}',
    ].join('\n'),
    'brouillon.mdx',
  );
  expect(guide.items).toEqual([]);
  expect(guide.strayMarkers.map((s) => [s.line, s.reason.split(' :')[0]])).toEqual([
    [1, 'repère illisible'],
    [3, 'repère isolé'],
  ]);
});
