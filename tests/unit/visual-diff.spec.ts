/**
 * The picture comparison on small synthetic PNGs: equal bytes and faint noise
 * are no change, a visible block is, with its share of pixels; a new, a
 * removed and a resized picture are named; --update makes the new pictures the
 * reference.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { test, expect } from '../../fixtures/test';
import { acceptPictures, CHANGED_SHARE, compareWithReference } from '../../commands/guide-build/visual-diff';
import { describeChange, renderDiffPage } from '../../commands/guide-build/diff-page';

/** A white picture with the given pixels painted green. */
function png(width: number, height: number, painted: [number, number][] = []): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(255);
  for (const [x, y] of painted) image.data.set([10, 125, 40, 255], (y * width + x) * 4);
  return PNG.sync.write(image);
}

function block(x0: number, y0: number, size: number): [number, number][] {
  return Array.from({ length: size * size }, (_, i) => [x0 + (i % size), y0 + Math.floor(i / size)] as [number, number]);
}

async function folders(files: { reference: Record<string, Buffer>; fresh: Record<string, Buffer> }) {
  const root = test.info().outputPath();
  const referenceDir = join(root, 'reference');
  const outDir = join(root, 'out');
  await mkdir(referenceDir, { recursive: true });
  await mkdir(outDir, { recursive: true });
  for (const [name, data] of Object.entries(files.reference)) await writeFile(join(referenceDir, name), data);
  for (const [name, data] of Object.entries(files.fresh)) await writeFile(join(outDir, name), data);
  return { referenceDir, outDir, images: Object.keys(files.fresh) };
}

test('equal pictures and noise under the tolerance report nothing', async () => {
  // One pixel in 100×100 is 0.01 %: under the 0.02 % tolerance.
  expect(1 / 10_000).toBeLessThan(CHANGED_SHARE);
  const { referenceDir, outDir, images } = await folders({
    reference: { 'f-01-a.png': png(100, 100), 'f-02-b.png': png(100, 100) },
    fresh: { 'f-01-a.png': png(100, 100), 'f-02-b.png': png(100, 100, [[5, 5]]) },
  });
  const diff = await compareWithReference(outDir, images, referenceDir);
  expect(diff.changes).toEqual([]);
  expect(diff.compared).toBe(2);
  expect(renderDiffPage(diff)).toContain('Les 2 images sont identiques à la référence');
});

test('a changed, a new, a removed and a resized picture are each named, with the share of pixels changed', async () => {
  const { referenceDir, outDir, images } = await folders({
    reference: { 'f-01-a.png': png(100, 100), 'f-02-b.png': png(100, 100), 'f-03-c.png': png(100, 100), 'g-resultat.png': png(100, 100) },
    fresh: {
      'f-01-a.png': png(100, 100, block(10, 10, 10)),
      'f-02-b.png': png(100, 120),
      'f-04-d.png': png(100, 100),
      'g-resultat.png': png(100, 100),
    },
  });
  const diff = await compareWithReference(outDir, images, referenceDir);
  expect(diff.changes.map((c) => [c.image, c.kind, c.share])).toEqual([
    ['f-01-a.png', 'changed', 0.01],
    ['f-02-b.png', 'changed', 1],
    ['f-04-d.png', 'new', 1],
    ['f-03-c.png', 'removed', 1],
  ]);
  expect(diff.changes.map(describeChange)).toEqual([
    'f/a (étape 1) : 1 % des pixels',
    'f/b (étape 2) : taille changée, 100×100 → 100×120',
    'f/d (étape 4) : nouvelle image, sans référence',
    "f/c (étape 3) : n'est plus produite",
  ]);
  // The diff page's pictures travel with the guide's folder: the reference copy and the difference mask.
  const [changed] = diff.changes;
  expect(await readFile(join(outDir, changed?.referenceCopy ?? '-'))).toEqual(await readFile(join(referenceDir, 'f-01-a.png')));
  const mask = PNG.sync.read(await readFile(join(outDir, changed?.diffImage ?? '-')));
  const opaque = Array.from({ length: mask.width * mask.height }, (_, i) => mask.data[i * 4 + 3] ?? 0).filter((alpha) => alpha > 0);
  expect(opaque).toHaveLength(100);
  const page = renderDiffPage(diff);
  for (const change of diff.changes) expect(page).toContain(describeChange(change));
  expect(page).toContain(`src="${changed?.diffImage}"`);
});

test('--update makes the new pictures the reference and drops the ones no longer made', async () => {
  const { referenceDir, outDir, images } = await folders({
    reference: { 'f-01-a.png': png(100, 100), 'f-03-c.png': png(100, 100) },
    fresh: { 'f-01-a.png': png(100, 100, block(0, 0, 20)), 'f-04-d.png': png(100, 100) },
  });
  expect(await acceptPictures(outDir, images, referenceDir)).toEqual({ written: 2, removed: ['f-03-c.png'] });
  expect((await readdir(referenceDir)).sort()).toEqual(['f-01-a.png', 'f-04-d.png']);
  expect((await compareWithReference(outDir, images, referenceDir)).changes).toEqual([]);
});
