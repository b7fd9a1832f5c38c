/**
 * Rules shared by the website and the app. Colours were picked for contrast
 * (axe): text red is #c41e00 (5.9:1 on white), button red #d42a03 carries
 * white text at 5.1:1; the brand reds #e62e04 / #ff4747 are only decoration.
 * Nothing moves: screenshots taken by the tests must be identical run to run.
 */
export const baseCss = `
:root {
  color-scheme: light;
  --brand: #e62e04;
  --brand-bright: #ff4747;
  --red-text: #c41e00;
  --red-button: #d42a03;
  --red-soft: #fff1ee;
  --ink: #191919;
  --muted: #595959;
  --line: #e3e3e3;
  --field: #8c8c8c;
  --page: #f2f2f2;
  --focus: #1a56db;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
*, *::before, *::after { box-sizing: border-box; animation: none !important; transition: none !important; }
html { scroll-behavior: auto; }
body { margin: 0; font-family: var(--font); font-size: 15px; line-height: 1.5; color: var(--ink); background: var(--page); }
h1, h2, h3 { line-height: 1.25; }
h1 { font-size: 26px; margin: 0 0 16px; }
h2 { font-size: 19px; margin: 0 0 12px; }
h3 { font-size: 16px; margin: 16px 0 8px; }
p { margin: 0 0 10px; }
a { color: inherit; text-underline-offset: 2px; }
a:hover { color: var(--red-text); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; background: #ececec; padding: 1px 5px; border-radius: 4px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: 8px; top: -60px; background: #fff; padding: 8px 12px; border-radius: 6px; z-index: 10; }
.skip-link:focus { top: 8px; }
.muted { color: var(--muted); }
.price { color: var(--red-text); font-weight: 700; }

.card { background: #fff; border-radius: 10px; padding: 18px 20px; margin: 0 0 16px; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.07); }
/* Not the dialog: its auto margins are what centre it. */
.card > :last-child:not(dialog) { margin-bottom: 0; }
.badge { display: inline-block; background: var(--red-soft); color: var(--red-text); border: 1px solid #f0a898; border-radius: 4px; padding: 0 6px; font-size: 13px; font-weight: 600; }
.status { font-weight: 600; }

.btn-primary, .btn-secondary { display: inline-block; font: inherit; font-weight: 600; border-radius: 999px; padding: 9px 22px; cursor: pointer; text-decoration: none; }
.btn-primary { background: var(--red-button); color: #fff; border: 1px solid var(--red-button); }
.btn-primary:hover { background: #b3240a; color: #fff; }
.btn-secondary { background: #fff; color: var(--ink); border: 1px solid var(--field); }
.btn-secondary:hover { border-color: var(--ink); color: var(--ink); }

form.stack { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
form.stack button { margin-top: 10px; }
label { font-weight: 600; margin-top: 8px; }
input, select, textarea { font: inherit; color: var(--ink); background: #fff; border: 1px solid var(--field); border-radius: 6px; padding: 8px 10px; width: 100%; max-width: 560px; }
textarea { min-height: 96px; resize: vertical; }
.hint { font-size: 13px; color: var(--muted); margin: 0; }

.flash { background: #e9f6ec; border: 1px solid #2e7d32; color: #1b5e20; border-radius: 8px; padding: 10px 14px; font-weight: 600; }
.notices { margin: 0 0 16px; }
.note { background: #fff8e6; border-left: 4px solid #a15c00; border-radius: 6px; padding: 10px 14px; }

dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.prewrap { white-space: pre-line; overflow-wrap: anywhere; }
`;
