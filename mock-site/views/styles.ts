/**
 * The one stylesheet, served at /assets/site.css for both surfaces. Split by
 * concern in ./css/ so each piece stays readable.
 */
import { appCss } from './css/app';
import { baseCss } from './css/base';
import { partsCss, simCss } from './css/parts';
import { webCss } from './css/web';

/** Product tiles get their colour from a hue; steps of 15° keep it to classes (no inline style, CSP-friendly). */
export const HUE_STEPS = 24;
export function hueClass(hue: number): string {
  const normalised = ((hue % 360) + 360) % 360;
  return `hue-${Math.round(normalised / (360 / HUE_STEPS)) % HUE_STEPS}`;
}

const tileCss = Array.from({ length: HUE_STEPS }, (_, i) => {
  const h = i * (360 / HUE_STEPS);
  return `.hue-${i} { background: linear-gradient(135deg, hsl(${h} 85% 78%), hsl(${(h + 35) % 360} 70% 46%)); }`;
}).join('\n');

export const siteCss = [baseCss, partsCss, webCss, appCss, simCss, tileCss].join('\n');
