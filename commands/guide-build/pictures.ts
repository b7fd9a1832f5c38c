/**
 * After a build: compare its pictures with the reference and write the diff
 * page, or, with --update, accept them. Says which steps changed; the build's
 * exit code is main.ts's business.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from '../../lib/logger';
import type { GuideBuildArgs } from './args';
import type { GuideBuildResult } from './build';
import { describeChange, renderDiffPage } from './diff-page';
import { acceptPictures, compareWithReference, type PictureChange } from './visual-diff';

export interface PicturesOutcome {
  changes: PictureChange[];
  /** out/guide/diff.html, when compared. */
  diffPage?: string;
  /** How long the comparison took (what it adds to the build). */
  durationMs?: number;
}

export async function checkPictures(result: GuideBuildResult, args: GuideBuildArgs, log: Logger): Promise<PicturesOutcome> {
  const outDir = dirname(result.htmlPath);
  if (args.update) {
    // A build that missed a flow would drop that flow's references: keep them all instead.
    if (!result.ok) {
      log.warn(`Références inchangées (${args.reference}) : le guide n'a pas été entièrement construit.`);
      return { changes: [] };
    }
    const accepted = await acceptPictures(outDir, result.images, args.reference);
    const removed = accepted.removed.length > 0 ? `, ${accepted.removed.length} retirée(s) : ${accepted.removed.join(', ')}` : '';
    log.info(`Références mises à jour : ${accepted.written} images dans ${args.reference}${removed}.`);
    return { changes: [] };
  }
  const diff = await compareWithReference(outDir, result.images, args.reference);
  const diffPage = join(outDir, 'diff.html');
  await writeFile(diffPage, renderDiffPage(diff));
  const took = `${Math.round(diff.durationMs)} ms`;
  if (diff.changes.length === 0) {
    log.info(`Images identiques à la référence (${diff.compared}, ${args.reference}, comparées en ${took}).`);
  } else {
    log.warn(
      `${diff.changes.length} image(s) diffèrent de la référence (${args.reference}, comparées en ${took}) :\n${diff.changes.map((c) => `  - ${describeChange(c)}`).join('\n')}\nVoir ${diffPage} ; si c'est voulu : npm run guide:build -- --update`,
    );
  }
  return { changes: diff.changes, diffPage, durationMs: diff.durationMs };
}
