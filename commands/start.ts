/**
 * `npm start`, the main job: makes sure a browser is there, replays both main
 * flows (headed when a display exists), builds the illustrated guide, and says
 * where everything is. Exit 0 only if every step matched the guide.
 */
import { z } from 'zod';
import { runCommand, type CommandSpec } from '../lib/cli';

const command: CommandSpec<object> = {
  name: 'npm start --',
  help: `Le travail principal : s'assure qu'un navigateur est là, rejoue le guide sur le site web puis dans
l'application (avec fenêtre quand un écran est disponible), construit le guide illustré et dit où il est.`,
  options: {},
  schema: z.object({}),
};

// The job is loaded once the options are parsed (lib/cli.ts): --help and a bad option load no browser.
await runCommand(command, async () => (await import('./main-job')).runMainJob());
