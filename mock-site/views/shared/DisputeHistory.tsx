/** What happened so far: the timeline, the seller's answer, evidence sent, AliExpress's decision. */
import type { Dispute } from '../../domain/schema';
import type { TimelineEntry } from '../../domain/transitions';
import { formatDateTime, formatPrice } from '../format';

export function Timeline(props: { entries: TimelineEntry[] }) {
  return (
    <section class="card" aria-labelledby="chronologie-titre">
      <h2 id="chronologie-titre">Chronologie</h2>
      <ol class="timeline">
        {props.entries.map((e) => (
          <li>
            <time datetime={e.at}>{formatDateTime(e.at)}</time> <span>{e.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

const decisionLabels = {
  accepted: 'Le vendeur accepte votre demande.',
  refused: 'Le vendeur refuse votre demande.',
  proposed: 'Le vendeur propose une autre solution.',
} as const;

export function SellerAnswer(props: { answer: Dispute['sellerAnswer'] }) {
  const answer = props.answer;
  if (!answer) return null;
  return (
    <section class="card" aria-labelledby="vendeur-titre">
      <h2 id="vendeur-titre">Réponse du vendeur</h2>
      <p class="status">{decisionLabels[answer.decision]}</p>
      <p class="muted">
        Reçue le <time datetime={answer.at}>{formatDateTime(answer.at)}</time>
      </p>
      <p class="prewrap">{answer.text}</p>
    </section>
  );
}

export function EvidenceSent(props: { evidence: Dispute['evidence'] }) {
  const evidence = props.evidence;
  if (!evidence) return null;
  return (
    <section class="card" aria-labelledby="preuves-envoyees-titre">
      <h2 id="preuves-envoyees-titre">Preuves transmises</h2>
      <p class="muted">
        Envoyées le <time datetime={evidence.at}>{formatDateTime(evidence.at)}</time>
      </p>
      <p class="prewrap">{evidence.description}</p>
      {evidence.attachments.length > 0 && (
        <ul>
          {evidence.attachments.map((name) => (
            <li>{name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

const outcomeLabels = {
  buyer: 'Décision en votre faveur',
  seller: 'Décision en faveur du vendeur',
  partial: 'Remboursement partiel',
} as const;

export function Resolution(props: { resolution: Dispute['resolution']; title: string }) {
  const resolution = props.resolution;
  if (!resolution) return null;
  return (
    <section class="card" aria-labelledby="decision-titre">
      <h2 id="decision-titre">{props.title}</h2>
      <p class="status">{outcomeLabels[resolution.outcome]}</p>
      <dl class="facts">
        <dt>Rendue le</dt>
        <dd>
          <time datetime={resolution.at}>{formatDateTime(resolution.at)}</time>
        </dd>
        <dt>Remboursement accordé</dt>
        <dd class="price">{formatPrice(resolution.refundCents)}</dd>
      </dl>
      <p class="prewrap">{resolution.text}</p>
    </section>
  );
}
