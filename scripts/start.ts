/**
 * `npm start`, the main job. Until the guided walkthrough lands, it makes sure
 * a browser is there for the flows, then starts the simulator and prints its URL.
 */
import { ensureBrowser } from './ensure-browser';

await ensureBrowser();
await import('../mock-site/main');
