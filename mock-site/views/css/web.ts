/** Desktop website: full-width white header, content column up to 1200px. */
export const webCss = `
.site-header { background: #fff; border-bottom: 1px solid var(--line); }
.site-header-inner { max-width: 1200px; margin: 0 auto; padding: 12px 24px; display: flex; align-items: center; gap: 28px; }
.wordmark { font-size: 28px; font-weight: 800; letter-spacing: -0.5px; color: var(--red-text); text-decoration: none; }
.wordmark:hover { color: var(--red-text); }
.search { flex: 1; max-width: 640px; display: flex; border: 2px solid var(--red-button); border-radius: 999px; overflow: hidden; background: #fff; }
.search input { border: 0; border-radius: 0; max-width: none; padding: 9px 18px; }
.search input:focus-visible { outline-offset: -3px; }
.search button { border: 0; background: var(--red-button); color: #fff; font: inherit; font-weight: 600; padding: 0 24px; cursor: pointer; }
.search button:focus-visible { outline-offset: -4px; outline-color: #fff; }
.account-button { margin-left: auto; font: inherit; font-weight: 600; background: #fff; border: 1px solid var(--field); border-radius: 999px; padding: 8px 18px; cursor: pointer; }
/* The popover opens under the top-right button rather than centred. */
.account-menu[popover] { position: fixed; inset: auto; top: 62px; right: max(24px, calc((100vw - 1200px) / 2 + 24px)); margin: 0; width: 240px; padding: 14px 16px; border: 1px solid var(--line); border-radius: 10px; background: #fff; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.16); }
.account-menu .account-name { font-weight: 700; border-bottom: 1px solid var(--line); padding-bottom: 8px; }
.account-menu ul { list-style: none; margin: 0; padding: 0; }
.account-menu a { display: block; padding: 7px 0; text-decoration: none; }

/* A column as tall as the window keeps the footer at the bottom of short pages. */
body.surface-web { display: flex; flex-direction: column; min-height: 100vh; }
.surface-web main { flex: 1; width: 100%; max-width: 1200px; margin: 24px auto 0; padding: 0 24px; }
.site-footer { background: #fff; border-top: 1px solid var(--line); margin-top: 40px; }
.site-footer-inner { max-width: 1200px; margin: 0 auto; padding: 16px 24px; display: flex; flex-wrap: wrap; gap: 8px 28px; color: var(--muted); font-size: 14px; }
.site-footer p { margin: 0; }

.hero { background: linear-gradient(110deg, #c41e00, var(--brand) 55%, var(--brand-bright)); color: #fff; border-radius: 12px; padding: 34px 36px; margin-bottom: 24px; }
.hero h1 { font-size: 34px; margin: 0 0 6px; }
.hero p { font-size: 18px; margin: 0; }
.surface-web .product-grid { grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 16px; }

.surface-web .order-list { display: flex; flex-direction: column; gap: 14px; }
.order-card { display: flex; justify-content: space-between; gap: 24px; margin: 0; }
.order-card h2 { font-size: 17px; margin: 0 0 6px; }
.order-card .order-side { text-align: right; display: flex; flex-direction: column; align-items: flex-end; gap: 8px; flex-shrink: 0; }
.order-card .order-meta { color: var(--muted); font-size: 14px; margin: 0 0 4px; }
.breadcrumb { margin: 0 0 8px; }
.two-columns { display: grid; grid-template-columns: minmax(0, 1fr) 400px; gap: 16px; align-items: start; }
`;
