/**
 * The two surfaces as every browser consumer drives them: the device a
 * person uses, the context options, the base path and the French name. The
 * Playwright config, the fixtures, the walkthrough, the guide build, the guide
 * check and the bench read them here; nothing else picks a device.
 */
// From @playwright/test, not `playwright`: see harness/browser.ts.
import { devices } from '@playwright/test';
import type { BrowserContextOptions } from 'playwright';
import { basePath, type BasePath, type Surface } from '../mock-site/urls';

export { SURFACES, basePath, frenchNames, paths, surfaceOf, type Surface } from './surface-names';

export interface SurfaceFacts {
  /** Playwright's device: a desktop for the website, a phone (touch) for the app. */
  device: (typeof devices)[string];
  base: BasePath;
}

export const surfaces: Readonly<Record<Surface, SurfaceFacts>> = {
  web: { device: devices['Desktop Chrome'], base: basePath('web') },
  app: { device: devices['Pixel 7'], base: basePath('app') },
};

/**
 * A second phone size for the guide's path only (the app's pages are the same markup on every phone): the
 * device's screen, scale, touch and user agent, on the project's Chromium. Its browser type is left out: a
 * browser option in a test's `use` would start workers, and a browser, of their own.
 */
export const secondPhone = { name: 'iPhone 14', options: withoutBrowserType(devices['iPhone 14']) } as const;

function withoutBrowserType<T extends { defaultBrowserType: string }>(device: T): Omit<T, 'defaultBrowserType'> {
  const options: Omit<T, 'defaultBrowserType'> & { defaultBrowserType?: string } = { ...device };
  delete options.defaultBrowserType;
  return options;
}

/** What every context shares: French, Paris time. */
export const localeOptions = { locale: 'fr-FR', timezoneId: 'Europe/Paris' } as const;

/**
 * The options of a browser context on a surface. `pictures: true` is the
 * illustrated guide's: a fixed viewport and scale and no motion, so that two
 * builds give the same pixels.
 */
export function contextOptions(surface: Surface, extra: BrowserContextOptions & { pictures?: boolean } = {}): BrowserContextOptions {
  const { pictures, ...rest } = extra;
  const device = surfaces[surface].device;
  const fixed: BrowserContextOptions = pictures
    ? { ...(surface === 'app' ? { deviceScaleFactor: 1 } : { viewport: { width: 1280, height: 800 } }), reducedMotion: 'reduce' }
    : {};
  return { ...device, ...localeOptions, ...fixed, ...rest };
}
