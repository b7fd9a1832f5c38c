/**
 * The illustrated guide as HTML (self-contained: inline CSS, images beside it,
 * web and app side by side) and as Markdown. Text is escaped: it comes from
 * flow definitions, but a page should never trust its inputs.
 */
import type { CapturedFlow } from './capture';
import { guideIntro, guideTitle, ruleExplanations, surfaceTitles } from './content';
import { escapeHtml } from '../../lib/html';

export function renderHtml(main: CapturedFlow[], rules: CapturedFlow[]): string {
  const columns = main
    .map((c) => `<section class="surface surface-${c.flow.surface}"><h2>${escapeHtml(surfaceTitles[c.flow.surface])}</h2><ol>${c.steps.map((s) => `<li><p>${escapeHtml(s.sentence)}</p><img src="${escapeHtml(s.image)}" alt="${escapeHtml(`Étape ${s.number} : ${s.sentence}`)}" loading="lazy"></li>`).join('')}</ol></section>`)
    .join('');
  const ruleItems = rules
    .map((r) => `<article><h3>${escapeHtml(r.flow.title)}</h3><p>${escapeHtml(explanation(r))}</p><p class="rule">Règle : <code>${escapeHtml((r.flow.rules ?? []).join(', '))}</code></p>${r.finalImage ? `<img src="${escapeHtml(r.finalImage)}" alt="${escapeHtml(r.flow.title)}" loading="lazy">` : ''}</article>`)
    .join('');
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(guideTitle)}</title><style>${css}</style></head><body><header><h1>${escapeHtml(guideTitle)}</h1><p>${escapeHtml(guideIntro)}</p></header><main><div class="surfaces">${columns}</div><section><h2>Les règles à connaître</h2><div class="rules">${ruleItems}</div></section></main></body></html>\n`;
}

export function renderMarkdown(main: CapturedFlow[], rules: CapturedFlow[]): string {
  const lines = [`# ${guideTitle}`, '', guideIntro, ''];
  for (const c of main) {
    lines.push(`## ${surfaceTitles[c.flow.surface]}`, '');
    for (const s of c.steps) lines.push(`${s.number}. ${s.sentence}`, '', `   ![Étape ${s.number}](${s.image})`, '');
  }
  lines.push('## Les règles à connaître', '');
  for (const r of rules) lines.push(`### ${r.flow.title}`, '', explanation(r), '', `Règle : \`${(r.flow.rules ?? []).join(', ')}\``, '', r.finalImage ? `![${r.flow.title}](${r.finalImage})` : '', '');
  return lines.join('\n');
}

function explanation(captured: CapturedFlow): string {
  return ruleExplanations[captured.flow.id.replace(/-(web|app)$/, '')] ?? '';
}


const css = `
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1d1d1f;background:#f4f4f4}
header{background:#e62e04;color:#fff;padding:24px 32px}header h1{margin:0 0 8px}
main{padding:24px 32px;max-width:1400px;margin:auto}
.surfaces{display:grid;grid-template-columns:3fr 2fr;gap:24px;align-items:start}
@media (max-width:900px){.surfaces{grid-template-columns:1fr}}
.surface,.rules article{background:#fff;border-radius:12px;padding:16px 20px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
ol{padding-left:1.4em}li{margin-bottom:20px}li p{font-weight:600}
img{max-width:100%;height:auto;border:1px solid #ddd;border-radius:8px}
.rules{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:20px}
.rule{color:#555;font-size:14px}
.surface-app img{max-width:340px}
`;
