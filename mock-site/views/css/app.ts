/** Mobile app: a phone-wide column with a sticky top bar and bottom tab bar. */
export const appCss = `
body.surface-app { background: #dcdcdc; }
.app-shell { max-width: 430px; margin: 0 auto; min-height: 100vh; display: flex; flex-direction: column; background: var(--page); }
.app-bar { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; gap: 6px; min-height: 54px; padding: 8px 12px; background: #fff; border-bottom: 1px solid var(--line); }
.app-bar h1 { font-size: 18px; margin: 0; overflow-wrap: anywhere; }
.app-back { display: inline-flex; align-items: center; justify-content: center; width: 40px; height: 40px; margin-left: -6px; border-radius: 50%; color: var(--ink); }
.app-back svg { width: 24px; height: 24px; }
.app-main { flex: 1; padding: 12px; }
.app-main h1 { font-size: 20px; }
.app-main .card { border-radius: 12px; padding: 14px 16px; margin-bottom: 12px; }
.app-main h2 { font-size: 17px; }
.app-main dl.facts { grid-template-columns: 1fr; gap: 0; }
.app-main dl.facts dd { margin-bottom: 8px; }
.app-main .btn-primary, .app-main .btn-secondary { width: 100%; text-align: center; }
.app-main form.stack { align-items: stretch; }
.app-footer { font-size: 12px; color: var(--muted); text-align: center; margin: 16px 0 4px; }
.app-footer p { margin: 0; }

.app-tabs { position: sticky; bottom: 0; z-index: 2; background: #fff; border-top: 1px solid var(--line); }
.app-tabs ul { display: grid; grid-template-columns: repeat(4, 1fr); list-style: none; margin: 0; padding: 0; }
.app-tabs a { display: flex; flex-direction: column; align-items: center; gap: 2px; padding: 7px 0 9px; font-size: 12px; color: var(--muted); text-decoration: none; }
.app-tabs a[aria-current="page"] { color: var(--red-text); font-weight: 700; }
.app-tabs svg { width: 24px; height: 24px; }

.app-search { display: flex; gap: 6px; margin-bottom: 12px; }
.app-search input { border-radius: 999px; border-color: var(--red-button); }
.app-search button { font: inherit; font-weight: 600; border: 0; border-radius: 999px; background: var(--red-button); color: #fff; padding: 0 16px; }
.app-banner { background: linear-gradient(110deg, #c41e00, var(--brand) 60%, var(--brand-bright)); color: #fff; border-radius: 12px; padding: 16px; margin-bottom: 14px; font-size: 18px; font-weight: 700; }
.surface-app .product-grid { grid-template-columns: repeat(2, 1fr); }
.app-main .tabs ul { flex-wrap: nowrap; overflow-x: auto; gap: 16px; }
.app-main .tabs a { white-space: nowrap; }

.surface-app .order-list { display: flex; flex-direction: column; gap: 10px; }
.order-link { display: flex; flex-direction: column; gap: 2px; text-decoration: none; margin: 0; }
.order-link:hover { color: var(--ink); }
.order-link .order-title { font-weight: 700; font-size: 16px; }
.order-link .order-store, .order-link .order-date { color: var(--muted); font-size: 14px; }
.order-link .badge { align-self: flex-start; margin-top: 4px; }
.account-greeting { font-size: 18px; font-weight: 700; }
.link-list li { display: flex; align-items: center; gap: 10px; border-bottom: 1px solid var(--line); }
.link-list li:last-child { border-bottom: 0; }
.link-list a { flex: 1; padding: 13px 0; text-decoration: none; font-weight: 600; }
.link-list .count { color: var(--muted); font-size: 14px; }
`;
