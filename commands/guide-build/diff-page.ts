/**
 * The visual diff as a person reads it: one line per changed picture, named
 * by its flow step, and out/guide/diff.html with the reference, the new
 * picture and their difference side by side.
 */
import type { PictureChange, VisualDiff } from './visual-diff';

/** `annuler-litige-web/annuler-la-demande (étape 5)` from `annuler-litige-web-05-annuler-la-demande.png`. */
export function pictureName(image: string): string {
  const step = /^(.+)-(\d{2})-(.+)\.png$/.exec(image);
  if (step) return `${step[1]}/${step[3]} (étape ${Number(step[2])})`;
  const final = /^(.+)-resultat\.png$/.exec(image);
  return final ? `${final[1]} (image finale)` : image;
}

/** One line per change, e.g. `annuler-litige-web/annuler-la-demande (étape 5) : 1,8 % des pixels`. */
export function describeChange(change: PictureChange): string {
  const what = {
    changed: change.resized ? `taille changée, ${change.resized}` : `${percent(change.share)} des pixels`,
    new: 'nouvelle image, sans référence',
    removed: "n'est plus produite",
  }[change.kind];
  return `${pictureName(change.image)} : ${what}`;
}

export function renderDiffPage(diff: VisualDiff): string {
  const body =
    diff.changes.length === 0
      ? `<p class="same">Les ${diff.compared} images sont identiques à la référence (<code>${esc(diff.referenceDir)}</code>).</p>`
      : `<p>${diff.changes.length} image${diff.changes.length > 1 ? 's diffèrent' : ' diffère'} de la référence (<code>${esc(diff.referenceDir)}</code>), sur ${diff.compared}. Si le changement est voulu : <code>npm run guide:build -- --update</code>.</p>${diff.changes.map(section).join('')}`;
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Guide illustré : changements d'images</title><style>${css}</style></head><body><h1>Guide illustré : changements d'images</h1>${body}</body></html>\n`;
}

function section(change: PictureChange): string {
  const figure = (caption: string, src: string | undefined) =>
    src
      ? `<figure><img src="${esc(src)}" alt="${esc(`${caption} : ${pictureName(change.image)}`)}"><figcaption>${esc(caption)}</figcaption></figure>`
      : `<figure class="none"><figcaption>${esc(caption)} : aucune</figcaption></figure>`;
  return `<section><h2>${esc(describeChange(change))}</h2><div class="side">${figure('Référence', change.referenceCopy)}${figure('Nouvelle', change.kind === 'removed' ? undefined : change.image)}${difference(change)}</div></section>`;
}

/** The changed pixels in red over the faded new picture. */
function difference(change: PictureChange): string {
  if (!change.diffImage)
    return `<figure class="none"><figcaption>Différence : ${change.resized ? 'tailles différentes' : 'aucune'}</figcaption></figure>`;
  const alt = `Différence : ${pictureName(change.image)}`;
  return `<figure><div class="overlay"><img class="under" src="${esc(change.image)}" alt=""><img class="mask" src="${esc(change.diffImage)}" alt="${esc(alt)}"></div><figcaption>Différence (pixels changés en rouge)</figcaption></figure>`;
}

function percent(share: number): string {
  return `${(share * 100).toLocaleString('fr-FR', { maximumFractionDigits: share < 0.01 ? 2 : 1 })} %`;
}

function esc(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

const css = `
body{margin:0;padding:24px 32px;font:16px/1.5 system-ui,sans-serif;color:#1d1d1f;background:#f4f4f4}
section{background:#fff;border-radius:12px;padding:12px 20px;margin-bottom:24px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{font-size:18px}.side{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;align-items:start}
figure{margin:0}img{max-width:100%;height:auto;border:1px solid #ddd;border-radius:6px}
figcaption{font-weight:600;margin-top:4px}
.overlay{position:relative;display:inline-block;line-height:0}.overlay .under{display:block;opacity:.3}.overlay .mask{position:absolute;inset:0;width:100%;height:100%;border-color:transparent}.none{color:#777}.same{color:#176c2c}
`;
