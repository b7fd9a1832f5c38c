/**
 * What a surface is called and where its pages are, without Playwright's
 * devices (harness/surfaces.ts adds them): the flows read these, and a
 * command's --help lists the flows without loading Playwright.
 */
import type { Surface } from '../mock-site/urls';

export { SURFACES, basePath, paths, surfaceOf, type Surface } from '../mock-site/urls';

/** How the guide and the messages name each surface: « Étape 5/6 (site web) ». */
export const frenchNames = { web: 'site web', app: 'application' } as const satisfies Record<Surface, string>;
