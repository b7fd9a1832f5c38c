/** `npm run ensure-browser`: finds (or installs) a Chromium and says which one. */
import { z } from 'zod';
import { EXIT, runCommand, type CommandSpec } from '../lib/cli';

const command: CommandSpec<object> = {
  name: 'npm run ensure-browser --',
  help: `Trouve un Chromium utilisable par Playwright (CHROMIUM_PATH, celui de Playwright, puis celui du système),
ou l'installe quand c'est possible (playwright install, puis apt-get en root sur Debian/Ubuntu).`,
  options: {},
  schema: z.object({}),
};

await runCommand(command, async () => {
  // Loaded once the options are parsed (lib/cli.ts): --help and a bad option load no Playwright.
  const { describeChromium, ensureChromium } = await import('../harness/install');
  console.log(describeChromium(await ensureChromium((line) => console.log(line))));
  return EXIT.ok;
});
