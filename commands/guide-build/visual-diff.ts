/**
 * Visual drift of the illustrated guide: each new picture against its
 * accepted reference (guide/illustrations/ by default). Builds are
 * byte-identical on one machine, so equal bytes settle most pictures without
 * decoding; the others are decoded and compared with pixelmatch, with a
 * tolerance for anti-aliasing and faint colour noise. `acceptPictures` makes
 * the new pictures the reference (`--update`).
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** pixelmatch's colour distance under which two pixels count as equal (its default). */
const PIXEL_THRESHOLD = 0.1;
/** A picture has changed when more than this share of its pixels differ (0.02 %: about 200 pixels of a desktop shot). */
export const CHANGED_SHARE = 0.0002;
/** Where the diff page keeps the reference and difference pictures, inside the guide's folder. */
export const DIFF_DIR = 'diff';

export interface PictureChange {
  image: string;
  /** changed: differs from its reference; new: has none yet; removed: a reference the build no longer makes. */
  kind: 'changed' | 'new' | 'removed';
  /** Share of pixels that differ (0 to 1); 1 when the size changed. */
  share: number;
  /** `1280×800 → 1280×900` when the size changed. */
  resized?: string;
  /** The reference and difference pictures, relative to the guide's folder, for the diff page. */
  referenceCopy?: string;
  diffImage?: string;
}

export interface VisualDiff {
  referenceDir: string;
  compared: number;
  changes: PictureChange[];
  durationMs: number;
}

export async function compareWithReference(outDir: string, images: readonly string[], referenceDir: string): Promise<VisualDiff> {
  const started = performance.now();
  const references = await pngsIn(referenceDir);
  const compared = await Promise.all(
    images.map((image): Promise<PictureChange | undefined> | PictureChange =>
      references.has(image) ? comparePicture(outDir, image, referenceDir) : { image, kind: 'new', share: 1 },
    ),
  );
  const changes = compared.filter((change) => change !== undefined);
  const built = new Set(images);
  for (const image of [...references].filter((r) => !built.has(r)).sort()) {
    const referenceCopy = await keepReference(outDir, image, referenceDir);
    changes.push({ image, kind: 'removed', share: 1, referenceCopy });
  }
  return { referenceDir, compared: images.length, changes, durationMs: performance.now() - started };
}

/** Copies the new pictures into the reference and drops the references no picture matches any more. */
export async function acceptPictures(
  outDir: string,
  images: readonly string[],
  referenceDir: string,
): Promise<{ written: number; removed: string[] }> {
  await mkdir(referenceDir, { recursive: true });
  await Promise.all(images.map((image) => copyFile(join(outDir, image), join(referenceDir, image))));
  const built = new Set(images);
  const removed = [...(await pngsIn(referenceDir))].filter((r) => !built.has(r));
  await Promise.all(removed.map((image) => rm(join(referenceDir, image))));
  return { written: images.length, removed };
}

async function comparePicture(outDir: string, image: string, referenceDir: string): Promise<PictureChange | undefined> {
  const [fresh, reference] = await Promise.all([readFile(join(outDir, image)), readFile(join(referenceDir, image))]);
  if (fresh.equals(reference)) return undefined;
  const a = PNG.sync.read(reference);
  const b = PNG.sync.read(fresh);
  if (a.width !== b.width || a.height !== b.height) {
    const referenceCopy = await keepReference(outDir, image, referenceDir);
    return { image, kind: 'changed', share: 1, resized: `${a.width}×${a.height} → ${b.width}×${b.height}`, referenceCopy };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  // A mask (changed pixels only, the rest transparent): tiny and quick to write; the diff page lays it over the new picture.
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD, diffMask: true });
  const share = differing / (a.width * a.height);
  if (share <= CHANGED_SHARE) return undefined;
  const referenceCopy = await keepReference(outDir, image, referenceDir);
  const diffImage = `${DIFF_DIR}/${image.replace(/\.png$/, '.difference.png')}`;
  await writeFile(join(outDir, diffImage), PNG.sync.write(diff, { deflateLevel: 1 }));
  return { image, kind: 'changed', share, referenceCopy, diffImage };
}

/** The diff page shows the reference beside the new picture, so a copy travels with the guide's folder. */
async function keepReference(outDir: string, image: string, referenceDir: string): Promise<string> {
  const copy = `${DIFF_DIR}/${image.replace(/\.png$/, '.reference.png')}`;
  await mkdir(join(outDir, DIFF_DIR), { recursive: true });
  await copyFile(join(referenceDir, image), join(outDir, copy));
  return copy;
}

async function pngsIn(dir: string): Promise<Set<string>> {
  const files = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return new Set(files.filter((f) => f.endsWith('.png')));
}
