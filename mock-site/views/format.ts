/**
 * French formatting of money and dates. The formatters are built once: every
 * page formats dozens of values, and building an Intl formatter is costly.
 * Dates are always shown in Paris time so pages do not depend on the host's zone.
 */
const TIME_ZONE = 'Europe/Paris';

/**
 * Built at first use, not at import: every Playwright runner process imports the views (through the
 * fixtures) to list the tests and renders no page, and the three cost 30–45 ms of CPU in a fresh process.
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
const price = once(() => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }));
const date = once(() => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }));
const time = once(() => new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }));

/**
 * 1234 → « 12,34 € ». Intl puts a no-break space (U+00A0) before « € » and a
 * narrow no-break space (U+202F) between thousands, so amounts never wrap.
 */
export function formatPrice(cents: number): string {
  return price().format(cents / 100);
}

/** « 15 mars 2026 » */
export function formatDate(iso: string): string {
  return date().format(new Date(iso));
}

/** « 15 mars 2026 à 10:00 ». Composed by hand: ICU versions disagree on the joining word. */
export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  return `${date().format(at)} à ${time().format(at)}`;
}

/** For <input type="number" max>: cents as a plain decimal, « 12.34 ». */
export function centsToInputValue(cents: number): string {
  return (cents / 100).toFixed(2);
}
