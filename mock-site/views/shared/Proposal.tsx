/**
 * seller.proposal (2026): what the seller offers instead of the buyer's
 * request. The choice (« Accepter » / « Refuser ») is given by the surface:
 * instant forms on the website, confirmation dialogs in the app.
 */
import type { Child } from 'hono/jsx';
import type { DisputePageProps } from '../props';
import { formatPrice } from '../format';

export function Proposal(props: { proposal: DisputePageProps['proposal']; children?: Child }) {
  const proposal = props.proposal;
  if (!proposal) return null;
  return (
    <section class="card" aria-labelledby="proposition-titre">
      <h2 id="proposition-titre">Proposition du vendeur</h2>
      <dl class="facts">
        <dt>Solution proposée</dt>
        <dd>{proposal.refundTypeLabel}</dd>
        <dt>Montant proposé</dt>
        <dd class="price">{formatPrice(proposal.refundCents)}</dd>
      </dl>
      {proposal.refused && <p class="status">Vous avez refusé cette proposition.</p>}
      {props.children}
    </section>
  );
}
