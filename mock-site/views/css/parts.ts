/** Pieces used on both surfaces: order tabs, timeline, messages, warning, dialog, tiles. */
export const partsCss = `
.tabs ul { display: flex; flex-wrap: wrap; gap: 4px 20px; list-style: none; margin: 0 0 16px; padding: 0 4px; border-bottom: 1px solid var(--line); }
.tabs a { display: inline-block; padding: 8px 2px; text-decoration: none; color: var(--muted); border-bottom: 3px solid transparent; }
.tabs a[aria-current="page"] { color: var(--red-text); font-weight: 700; border-bottom-color: var(--brand); }

.order-list, .product-grid, .link-list, .dispute-links, .items { list-style: none; margin: 0; padding: 0; }
.items li { padding: 10px 0; border-bottom: 1px solid var(--line); }
.items li:last-child { border-bottom: 0; }
.item-title { font-weight: 600; display: block; }
.dispute-links li { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; padding: 6px 0; }
.dispute-links a { font-weight: 600; color: var(--red-text); }

.timeline { list-style: none; margin: 0; padding: 0 0 0 18px; border-left: 2px solid var(--line); }
.timeline li { position: relative; padding: 0 0 12px 8px; }
.timeline li::before { content: ""; position: absolute; left: -25px; top: 6px; width: 12px; height: 12px; border-radius: 50%; background: var(--brand); border: 2px solid #fff; }
.timeline time { display: block; font-size: 13px; color: var(--muted); }

.messages { list-style: none; margin: 0 0 12px; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.messages li { max-width: 85%; border-radius: 10px; padding: 8px 12px; background: #f4f4f4; }
.messages li.from-buyer { align-self: flex-end; background: var(--red-soft); }
.messages li.from-aliexpress { align-self: center; background: #eef3fb; }
.msg-meta { font-size: 13px; color: var(--muted); margin: 0 0 2px; }
.msg-meta strong { color: var(--ink); }

/* The simulator's own advice: dashed, blue-grey, badged, so nobody takes it for AliExpress's page. */
.coach { background: #eef3f8; border: 2px dashed #4a6a8a; border-radius: 8px; padding: 12px 16px; margin: 0 0 14px; font-family: system-ui, sans-serif; }
.coach h2 { margin-top: 4px; color: #21405f; font-size: 1.05rem; }
.coach-badge { margin: 0; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; color: #21405f; }
.choice { display: flex; flex-wrap: wrap; gap: 10px; }
blockquote { margin: 8px 0 0; padding: 8px 12px; border-left: 4px solid #b9b9b9; background: #fff; font-style: italic; }

dialog { border: 0; border-radius: 14px; padding: 20px; width: min(92vw, 380px); box-shadow: 0 8px 30px rgba(0, 0, 0, 0.25); }
dialog::backdrop { background: rgba(0, 0, 0, 0.55); }
.dialog-actions { display: flex; flex-direction: column; gap: 10px; margin-top: 14px; }
.dialog-actions form, .dialog-actions button { width: 100%; }

.product-grid { display: grid; gap: 12px; }
.tile { background: #fff; border-radius: 10px; overflow: hidden; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.07); }
.tile-visual { aspect-ratio: 1 / 1; }
.tile h3 { font-size: 14px; font-weight: 500; margin: 8px 10px 2px; }
.tile .price { margin: 0 10px 10px; font-size: 17px; }
`;

/** The simulator's control page (/__sim). */
export const simCss = `
.surface-sim main { max-width: 1100px; margin: 24px auto; padding: 0 24px; }
.sim-table { width: 100%; border-collapse: collapse; }
.sim-table th, .sim-table td { text-align: left; vertical-align: top; padding: 10px 12px; border-bottom: 1px solid var(--line); }
.sim-table thead th { color: var(--muted); font-size: 14px; }
.sim-table code { white-space: nowrap; }
.sim-links a { display: inline-block; margin: 0 10px 4px 0; font-weight: 600; color: var(--red-text); white-space: nowrap; }
.sim-controls { display: flex; flex-wrap: wrap; gap: 16px 40px; align-items: flex-end; margin-top: 16px; }
.sim-controls input { max-width: 160px; }
`;
