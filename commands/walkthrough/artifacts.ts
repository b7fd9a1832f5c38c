/** The walkthrough's files on request: a video of each flow (ffmpeg), a Playwright trace. */
import type { BrowserContext, Page } from 'playwright';
import type { Logger } from '../../lib/logger';
import type { WalkthroughResult } from './play';

export async function startVideo(
  page: Page,
  path: string,
  log: Logger,
  result: WalkthroughResult,
): Promise<(() => Promise<void>) | undefined> {
  try {
    await page.screencast.start({ path, size: page.viewportSize() ?? undefined });
  } catch (error) {
    log.warn(
      `Vidéo impossible (${firstLine(error)}). Il faut ffmpeg : « apt-get install -y ffmpeg », puis le lien décrit dans .ci/run. La visite continue sans vidéo.`,
    );
    return undefined;
  }
  return async () => {
    await page.screencast.stop();
    result.artifacts.push(path);
  };
}

export async function saveTrace(context: BrowserContext, path: string, result: WalkthroughResult) {
  await context.tracing.stop({ path });
  result.artifacts.push(path);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
