/**
 * Hostile text typed into the real forms (a message, evidence, a new
 * dispute's reason) is shown as text and never runs. The CSP is bypassed
 * here, so what is proven is the escaping alone, not the CSP behind it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../../fixtures/test';

test.use({ bypassCSP: true });

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '"><script>window.__pwned=1</script>';
const HOSTILE = `Regardez ${IMG} puis ${SCRIPT} fin.`;

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

/** Shown literally, nothing ran, and the server's HTML carries it escaped. */
async function expectInert(page: Page, text: string): Promise<void> {
  await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
  // After `load`, a failed image's onerror has had its chance to fire.
  await page.waitForLoadState('load');
  expect(await pwned(page)).toBeUndefined();
  const html = await (await page.request.get(page.url(), { headers: { accept: 'text/html' } })).text();
  expect(html).toContain('&lt;img src=x onerror=');
  expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  expect(html).not.toContain('<img src=x');
  expect(html).not.toContain('<script>window');
}

test('the probe works: with the CSP bypassed, markup that reached the page would run', async ({ page, sim, surface }) => {
  await sim.start('litige-en-attente');
  await page.goto(surface === 'app' ? '/app/litiges/LT-5021934' : '/litiges/LT-5021934');
  expect(await pwned(page)).toBeUndefined();
  await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), IMG);
  await expect.poll(() => pwned(page)).toBe(1);
});

test('a message with markup is shown as text', async ({ page, sim, surface }) => {
  await sim.start('litige-en-attente');
  await page.goto(`${surface === 'app' ? '/app' : ''}/litiges/LT-5021934`);
  await page.getByLabel('Votre message').fill(HOSTILE);
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(page.getByText('Votre message a été envoyé au vendeur.')).toBeVisible();
  await expectInert(page, HOSTILE);
  expect((await sim.dispute('LT-5021934')).messages.at(-1)?.text).toBe(HOSTILE);
});

test('evidence with markup is shown as text', async ({ page, sim, surface }) => {
  await sim.start('vendeur-refuse');
  await page.goto(`${surface === 'app' ? '/app' : ''}/litiges/LT-5023416`);
  await page.getByLabel('Description des preuves').fill(HOSTILE);
  await page.getByLabel('Pièces jointes', { exact: false }).fill(`${SCRIPT}.png`);
  await page.getByRole('button', { name: 'Envoyer les preuves' }).click();
  await expect(page.getByText('Vos preuves ont été envoyées', { exact: false })).toBeVisible();
  await expectInert(page, HOSTILE);
  await expect(page.getByText(`${SCRIPT}.png`, { exact: false })).toBeVisible();
  expect((await sim.dispute('LT-5023416')).evidence).toMatchObject({ description: HOSTILE, attachments: [`${SCRIPT}.png`] });
});

test("a new dispute's reason with markup is shown as text", async ({ page, sim, surface }) => {
  await sim.start('litige-en-attente');
  await page.goto(`${surface === 'app' ? '/app' : ''}/commandes/8203614990217753`);
  await page.getByLabel('Problème', { exact: true }).selectOption({ label: 'Commande non reçue' });
  await page.getByLabel('Montant demandé (€)').fill('1');
  await page.getByLabel('Décrivez le problème').fill(HOSTILE);
  await page.getByRole('button', { name: 'Ouvrir un litige' }).click();
  await expect(page.getByText('Votre litige a été ouvert', { exact: false })).toBeVisible();
  await expectInert(page, HOSTILE);
  expect((await sim.state()).disputes.find((d) => d.orderId === '8203614990217753')?.reason).toBe(HOSTILE);
});
