/**
 * What one load session does, and what its state must be afterwards. Each
 * session posts its own numbered messages (a marker unique to it), cancels
 * and reopens its dispute: the final state must hold exactly its own
 * messages and its own last transition. Another session's marker, a missing
 * message or a stale status would be cross-talk or a lost update.
 */
import { LoadClient, type Reply, type Run } from './client';

export const LOAD_SCENARIO = 'litige-en-attente';
/** The cycle reopens what it cancelled: « Rouvrir le litige » exists in the 2016 edition only. */
export const LOAD_EDITION = '2016';

/** A check that failed, with the step that made it. */
export class LoadCheckError extends Error {
  constructor(
    readonly step: string,
    detail: string,
  ) {
    super(`${step} : ${detail}`);
  }
}

interface StateMessage {
  from: string;
  text: string;
}
interface StateDispute {
  id: string;
  orderId: string;
  status: string;
  cancelledAt?: string;
  reopenedAt?: string;
  messages: StateMessage[];
}
interface State {
  sessionId: string;
  disputes: StateDispute[];
}

function expectStatus(step: string, reply: Reply, status: number): Reply {
  if (reply.status !== status) throw new LoadCheckError(step, `HTTP ${reply.status} au lieu de ${status} : ${reply.text.slice(0, 200)}`);
  return reply;
}

function check(step: string, ok: boolean, detail: string): void {
  if (!ok) throw new LoadCheckError(step, detail);
}

/** The session's number `index` of a run: marker `charge-RUN-INDEX #n`, 1 to 3 messages depending on the index. */
export async function runSession(run: Run, runId: string, index: number): Promise<void> {
  const client = new LoadClient(run);
  const marker = `charge-${runId}-${index}`;
  const messageCount = 1 + (index % 3);

  const started = expectStatus(
    'création',
    await client.request('POST', '/__sim/sessions', { json: { scenario: LOAD_SCENARIO, edition: LOAD_EDITION } }),
    201,
  );
  const { sessionId, csrfToken } = JSON.parse(started.text) as { sessionId: string; csrfToken: string };
  check('création', client.sessionCookie === `sim_session=${sessionId}`, 'cookie de session absent ou différent');

  const initial = await state(client, 'état initial', sessionId);
  const dispute = initial.disputes[0];
  check('état initial', initial.disputes.length === 1 && dispute?.status === 'awaiting_seller', 'un litige en attente du vendeur attendu');
  if (!dispute) return;
  const page = `/litiges/${dispute.id}`;

  const list = expectStatus('liste des commandes', await client.request('GET', '/commandes', { html: true }), 200);
  check('liste des commandes', list.text.includes(`/commandes/${dispute.orderId}`), 'la commande en litige manque');
  const order = expectStatus('détails de la commande', await client.request('GET', `/commandes/${dispute.orderId}`, { html: true }), 200);
  check('détails de la commande', order.text.includes(page), 'le lien vers le litige manque');
  const before = expectStatus('page du litige', await client.request('GET', page, { html: true }), 200);
  check('page du litige', before.text.includes('Annuler la demande'), '« Annuler la demande » manque');

  for (let n = 1; n <= messageCount; n += 1) {
    expectStatus(`message ${n}`, await client.request('POST', `${page}/messages`, { json: { text: `${marker} #${n}` } }), 200);
  }
  // Half the sessions cancel as a person does (form + token, 303), half as a program (JSON).
  if (index % 2 === 1) {
    const form = await client.request('POST', `${page}/annuler`, { form: { _csrf: csrfToken }, html: true });
    expectStatus('annulation (formulaire)', form, 303);
    check('annulation (formulaire)', form.location === `${page}?info=annule`, `redirection vers ${form.location}`);
  } else {
    expectStatus('annulation (JSON)', await client.request('POST', `${page}/annuler`, { json: {} }), 200);
  }
  const cancelled = await state(client, 'après annulation', sessionId);
  check('après annulation', cancelled.disputes[0]?.status === 'cancelled', `statut ${cancelled.disputes[0]?.status}`);
  expectStatus('réouverture', await client.request('POST', `${page}/rouvrir`, { json: {} }), 200);

  const after = expectStatus('page finale', await client.request('GET', page, { html: true }), 200);
  const markersShown = new Set(after.text.match(new RegExp(`charge-${runId}-\\d+`, 'g')));
  check('page finale', markersShown.size === 1 && markersShown.has(marker), `marqueurs affichés : ${[...markersShown].join(', ')}`);

  const final = await state(client, 'état final', sessionId);
  const end = final.disputes[0];
  check('état final', final.disputes.length === 1, `${final.disputes.length} litiges`);
  check(
    'état final',
    end?.status === 'awaiting_seller' && !!end.reopenedAt && !end.cancelledAt,
    `statut ${end?.status}, rouvert ${end?.reopenedAt}`,
  );
  const mine = (end?.messages ?? []).filter((m) => m.text.startsWith(`charge-${runId}-`)).map((m) => m.text);
  const expected = Array.from({ length: messageCount }, (_, i) => `${marker} #${i + 1}`);
  check(
    'état final',
    JSON.stringify(mine) === JSON.stringify(expected),
    `messages ${JSON.stringify(mine)} au lieu de ${JSON.stringify(expected)}`,
  );
  check('état final', end?.messages.length === dispute.messages.length + messageCount, 'nombre total de messages inattendu');
}

async function state(client: LoadClient, step: string, sessionId: string): Promise<State> {
  const reply = expectStatus(step, await client.request('GET', '/__sim/state'), 200);
  const parsed = JSON.parse(reply.text) as State;
  check(step, parsed.sessionId === sessionId, `état d'une autre session (${parsed.sessionId})`);
  return parsed;
}
