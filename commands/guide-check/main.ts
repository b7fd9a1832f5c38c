/**
 * `npm run guide:check`: is the French guide still true? Exit 0 when it is,
 * 1 with every problem pinned to a guide line, 2 when the check could not
 * run (bad option, no browser, unreadable file). Progress goes to stderr so
 * that `--json` leaves stdout to the JSON document alone.
 */
import { runCommand } from '../../lib/cli';
import { guideCheckCommand } from './args';

// The check itself (browser, simulator, Playwright) is loaded only once the options are parsed (lib/cli.ts).
await runCommand(guideCheckCommand, async (options) => (await import('./check-guide')).checkGuide(options));
// Exit explicitly: a browser or a child test run must not keep the check alive.
process.exit();
