/**
 * What a person watching sees: the step's caption (« Étape n/N » and the guide
 * sentence) and the target framed, drawn with Playwright's own screencast
 * decorations (showOverlay, showChapter, showActions). The overlays carry
 * inline styles, so walkthrough contexts run with bypassCSP (the simulator
 * itself forbids inline styles).
 */
import type { Locator, Page } from 'playwright';
import type { StepInfo } from '../../flows/runner';
import { escapeHtml } from '../../lib/html';

const RED = '#ff4747';

export async function announceFlow(page: Page, title: string, steps: number): Promise<void> {
  await page.screencast.showChapter(title, { description: `${steps} étapes`, duration: 1200 });
  // The action title would show Playwright's locator syntax: the caption already says it in the guide's words.
  await page.screencast.showActions({ duration: 900, style: { highlight: `outline: 3px solid ${RED}; background: rgba(255,71,71,.12)`, title: 'display: none' } });
}

/** Shows the caption and frames the target; returns a disposer that removes both. */
export async function showStep(page: Page, info: StepInfo, target: Locator | undefined, note?: string): Promise<() => Promise<void>> {
  const disposables = [await page.screencast.showOverlay(captionHtml(info, note))];
  if (target) {
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (box) disposables.push(await page.screencast.showOverlay(frameHtml(box)));
  }
  return async () => {
    for (const disposable of disposables) await disposable[Symbol.asyncDispose]();
  };
}

function captionHtml(info: StepInfo, note?: string): string {
  const style = [
    'position:fixed',
    'left:50%',
    'bottom:88px',
    'transform:translateX(-50%)',
    'width:max-content',
    'max-width:min(92vw,760px)',
    'box-sizing:border-box',
    'background:rgba(20,20,20,.92)',
    'color:#fff',
    'padding:12px 18px',
    'border-radius:12px',
    'font:17px/1.4 system-ui,sans-serif',
    'box-shadow:0 6px 24px rgba(0,0,0,.3)',
    'pointer-events:none',
  ].join(';');
  const extra = note ? `<div style="margin-top:6px;color:#ffd2c8">${escapeHtml(note)}</div>` : '';
  return `<div style="${style}"><strong style="color:${RED}">Étape ${info.number}/${info.total}</strong> — ${escapeHtml(info.sentence)}${extra}</div>`;
}

function frameHtml(box: { x: number; y: number; width: number; height: number }): string {
  const pad = 6;
  const style = [
    'position:fixed',
    `left:${box.x - pad}px`,
    `top:${box.y - pad}px`,
    `width:${box.width + 2 * pad}px`,
    `height:${box.height + 2 * pad}px`,
    `outline:3px solid ${RED}`,
    'border-radius:10px',
    'box-shadow:0 0 0 9999px rgba(0,0,0,.18)',
    'pointer-events:none',
  ].join(';');
  return `<div style="${style}"></div>`;
}

