/**
 * Practice mode: the person does the clicks. The page reports every click to
 * the walkthrough; a click on the step's target goes through, any other is
 * held back and explained. Typing steps are filled in for the person: the
 * guide teaches where to click, not what to write.
 */
import type { Locator, Page } from 'playwright';
import type { RunHooks, StepInfo } from '../../flows/runner';
import type { Placement } from '../../flows/types';
import { showStep } from './decorations';

interface Click {
  ok: boolean;
  label: string;
}

const where: Record<Placement, string> = {
  'top-right': ' (en haut à droite)',
  'bottom-bar-rightmost': ' (en bas, le dernier onglet à droite)',
  'page-bottom': ' (tout en bas de la page)',
};

/** Call before the first navigation: the click listener is installed in every page the tab loads. */
export async function preparePractice(page: Page, onMistake: (info: StepInfo, label: string) => void): Promise<RunHooks['act']> {
  const waiting: ((click: Click) => void)[] = [];
  await page.exposeBinding('__practiceClick', (_source, ok: boolean, label: string) => waiting.shift()?.({ ok, label }));
  await page.addInitScript(installClickListener);
  const nextClick = () => new Promise<Click>((resolve) => waiting.push(resolve));

  return async (info: StepInfo, target: Locator, activePage: Page) => {
    const { step } = info;
    if (step.action === 'fill') return target.fill(step.value ?? '');
    await target.evaluate((el) => el.setAttribute('data-practice-target', ''));
    let hide = await showStep(activePage, info, undefined, 'À vous : faites ce geste vous-même.');
    for (let click = await nextClick(); !click.ok; click = await nextClick()) {
      onMistake(info, click.label);
      await hide();
      const wanted = step.target?.name ? `« ${String(step.target.name)} »` : 'la bonne commande';
      const placement = step.placement ? where[step.placement] : '';
      hide = await showStep(activePage, info, undefined, `Ce n'est pas ici : vous avez choisi « ${click.label || 'une zone vide'} ». Cherchez ${wanted}${placement}.`);
    }
    await hide();
    // The click may be navigating away: then the old page's mark is gone anyway.
    await activePage.evaluate(() => document.querySelectorAll('[data-practice-target]').forEach((el) => el.removeAttribute('data-practice-target'))).catch(() => undefined);
  };
}

/** Runs in the page: reports each click, and stops any that misses the marked target. */
function installClickListener(): void {
  document.addEventListener(
    'click',
    (event) => {
      const element = event.target instanceof Element ? event.target : null;
      const hit = element?.closest('[data-practice-target]');
      const control = element?.closest('a,button,input,textarea,select,[role]') ?? element;
      const label = (control?.getAttribute('aria-label') ?? control?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
      if (!hit) {
        event.preventDefault();
        event.stopPropagation();
      }
      (window as unknown as { __practiceClick: (ok: boolean, label: string) => void }).__practiceClick(Boolean(hit), label);
    },
    true,
  );
}
