/** Zod's messages in French: people read them when a scenario, .env or request body is wrong. */
import { z } from 'zod';

z.config(z.locales.fr());

export { z };
