/**
 * A real browser page on another origin (another port of 127.0.0.1, which the
 * browser counts as the same site, so the visitor's Lax cookie goes along)
 * tries to act for the visitor: a no-preflight fetch with `text/plain;
 * charset=application/json`, and a form that submits itself. The simulator
 * refuses both (403 origin.cross) and the visitor's state is unchanged.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '../../fixtures/test';

const DISPUTE = 'LT-5021934';

/** The hostile page: its script fires the forged requests, then its form submits itself. */
function attackPage(target: string): string {
  return `<!DOCTYPE html><html lang="fr"><head><title>Page piégée</title></head><body>
<form id="f" method="post" action="${target}/litiges/${DISPUTE}/messages"><input name="text" value="message forgé"></form>
<p id="sent">envoi…</p>
<script>
  const type = { 'content-type': 'text/plain; charset=application/json' };
  const forged = [
    ['/litiges/${DISPUTE}/annuler', '{}'],
    ['/__sim/faults', '{"latencyMs": 5000}'],
    ['/litiges/${DISPUTE}/messages', '{"text": "message forgé"}'],
  ].map(([path, body]) => fetch('${target}' + path, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: type, body }));
  Promise.allSettled(forged).then(() => {
    document.getElementById('sent').textContent = 'envoyé';
    document.getElementById('f').submit();
  });
</script></body></html>`;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

test('a page on another port of 127.0.0.1 cannot cancel, post or change faults for the visitor', async ({ page, sim, simulator }) => {
  await sim.start('litige-en-attente');
  const before = await sim.state();
  const attacker = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(attackPage(simulator.url)),
  );
  const attackerUrl = await listen(attacker);
  try {
    const posts: string[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST') posts.push(new URL(req.url()).pathname);
    });
    await page.goto(attackerUrl);
    // The self-submitting form lands on the simulator's French refusal page.
    await expect(page.getByRole('heading', { name: 'Demande refusée' })).toBeVisible();
    await expect(page.getByText("Cette demande vient d'un autre site")).toBeVisible();
    // All four forged requests did leave the browser (the fetches' answers are opaque to the page).
    expect(posts.sort()).toEqual([
      '/__sim/faults',
      `/litiges/${DISPUTE}/annuler`,
      `/litiges/${DISPUTE}/messages`,
      `/litiges/${DISPUTE}/messages`,
    ]);
  } finally {
    attacker.close();
  }
  expect(await sim.state()).toEqual(before);
});

test("the simulator's own forms keep working (same origin)", async ({ page, sim }) => {
  await sim.start('litige-en-attente');
  await page.goto(`/litiges/${DISPUTE}`);
  await page.getByLabel('Votre message').fill('Bonjour, où en est mon colis ?');
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(page.getByText('Bonjour, où en est mon colis ?')).toBeVisible();
  expect((await sim.dispute(DISPUTE)).messages.at(-1)?.text).toBe('Bonjour, où en est mon colis ?');
});
