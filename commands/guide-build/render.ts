/**
 * The illustrated guide as HTML (self-contained: inline CSS, images beside it,
 * web and app side by side) and as Markdown. Every sentence is the guide's
 * own (a step's through its marker, a rule's through its rule marker); the
 * build adds only titles and the boundary captions. Text is escaped: a page
 * should never trust its inputs.
 */
import type { BoundaryShot } from './boundary-shots';
import type { CapturedFlow } from './capture';
import { guideIntro, guideTitle, surfaceTitles } from './content';
import { escapeHtml } from '../../lib/html';

export interface GuideContent {
  main: CapturedFlow[];
  rules: CapturedFlow[];
  limits: BoundaryShot[];
  ruleSentence: (ruleId: string) => string | undefined;
}

/** A rule as the illustrated guide shows it: the guide's sentence, its flows' pictures, its two boundary pictures. */
interface RuleSection {
  ruleId: string;
  sentence: string;
  flows: CapturedFlow[];
  limits: BoundaryShot[];
}

export function renderHtml(content: GuideContent): string {
  const columns = content.main
    .map(
      (c) =>
        `<section class="surface surface-${c.flow.surface}"><h2>${escapeHtml(surfaceTitles[c.flow.surface])}</h2><ol>${c.steps.map((s) => `<li><p>${escapeHtml(s.sentence)}</p><img src="${escapeHtml(s.image)}" alt="${escapeHtml(`Étape ${s.number} : ${s.sentence}`)}" loading="lazy"></li>`).join('')}</ol></section>`,
    )
    .join('');
  const figure = (image: string, caption: string) =>
    `<figure><img src="${escapeHtml(image)}" alt="${escapeHtml(caption)}" loading="lazy"><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
  const ruleItems = sections(content)
    .map(
      (r) =>
        `<article><p>${escapeHtml(r.sentence)}</p><p class="rule">Règle : <code>${escapeHtml(r.ruleId)}</code></p>${r.flows.map((f) => (f.finalImage ? figure(f.finalImage, f.flow.title) : '')).join('')}${r.limits.length > 0 ? `<div class="limits">${r.limits.map((l) => figure(l.image, l.caption)).join('')}</div>` : ''}</article>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(guideTitle)}</title><style>${css}</style></head><body><header><h1>${escapeHtml(guideTitle)}</h1><p>${escapeHtml(guideIntro)}</p></header><main><div class="surfaces">${columns}</div><section><h2>Les règles à connaître</h2><div class="rules">${ruleItems}</div></section></main></body></html>\n`;
}

export function renderMarkdown(content: GuideContent): string {
  const lines = [`# ${guideTitle}`, '', guideIntro, ''];
  for (const c of content.main) {
    lines.push(`## ${surfaceTitles[c.flow.surface]}`, '');
    for (const s of c.steps) lines.push(`${s.number}. ${s.sentence}`, '', `   ![Étape ${s.number}](${s.image})`, '');
  }
  lines.push('## Les règles à connaître', '');
  for (const r of sections(content)) {
    lines.push(`### \`${r.ruleId}\``, '', r.sentence, '');
    for (const f of r.flows) if (f.finalImage) lines.push(`![${f.flow.title}](${f.finalImage})`, '', `*${f.flow.title}*`, '');
    for (const l of r.limits) lines.push(`![${l.caption}](${l.image})`, '', `*${l.caption}*`, '');
  }
  return lines.join('\n');
}

/** One section per rule, in the order the rule flows come; a flow showing two rules sits under its first. */
function sections(content: GuideContent): RuleSection[] {
  const byRule = new Map<string, RuleSection>();
  const section = (ruleId: string) => {
    const known = byRule.get(ruleId);
    if (known) return known;
    const created: RuleSection = { ruleId, sentence: content.ruleSentence(ruleId) ?? '', flows: [], limits: [] };
    byRule.set(ruleId, created);
    return created;
  };
  for (const captured of content.rules) {
    const ruleId = captured.flow.rules?.[0];
    if (ruleId) section(ruleId).flows.push(captured);
  }
  for (const limit of content.limits) section(limit.ruleId).limits.push(limit);
  return [...byRule.values()];
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
figure{margin:12px 0}figcaption{color:#555;font-size:14px}
.rules{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:20px}
.limits{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.rule{color:#555;font-size:14px}
.surface-app img{max-width:340px}
`;
