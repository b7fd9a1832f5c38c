/**
 * What a page offers, read from its HTML without a browser: the simulator's
 * pages are server-rendered with no script, so a button is in the markup or
 * not at all. Its accessible name is its aria-label or its text, as a screen
 * reader computes it for these plain buttons.
 */
const BUTTON = /<button\b([^>]*)>([\s\S]*?)<\/button>/gi;
const ARIA_LABEL = /\baria-label\s*=\s*"([^"]*)"/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The accessible names of the page's buttons, in order. */
export function buttonNames(html: string): string[] {
  return [...html.matchAll(BUTTON)].map((match) => {
    const label = ARIA_LABEL.exec(match[1] ?? '')?.[1];
    const text = label ?? (match[2] ?? '').replace(/<[^>]*>/g, '');
    return decode(text).replace(/\s+/g, ' ').trim();
  });
}

export function offersButton(html: string, name: string): boolean {
  return buttonNames(html).includes(name);
}

function decode(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, entity: string) => ENTITIES[entity] ?? whole);
}
