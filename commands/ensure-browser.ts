/** `npm run ensure-browser`: finds (or installs) a Chromium and says which one. */
import { describeChromium, ensureChromium } from '../harness/install';

try {
  console.log(describeChromium(await ensureChromium((line) => console.log(line))));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
