/**
 * The bottom of a dispute page: the warning about a seller's cancel request
 * sits right above the cancel control, where the buyer is about to act.
 * The control itself differs per surface (instant form on the web, dialog in the app).
 */
import type { Child } from 'hono/jsx';
import type { DisputePageProps } from '../props';

export function CancelSection(props: { warning: DisputePageProps['cancelWarning']; children?: Child }) {
  return (
    <section class="card" aria-labelledby="annulation-titre">
      <h2 id="annulation-titre">Annulation de la demande</h2>
      {props.warning && <CancelWarning text={props.warning.text} sellerMessage={props.warning.sellerMessage} />}
      {props.children}
    </section>
  );
}

function CancelWarning(props: { text: string; sellerMessage: string }) {
  return (
    <aside class="cancel-warning" aria-labelledby="avertissement-titre">
      <h3 id="avertissement-titre">Attention avant d'annuler</h3>
      <p class="prewrap">{props.text}</p>
      <p class="muted">Message du vendeur :</p>
      <blockquote class="prewrap">{props.sellerMessage}</blockquote>
    </aside>
  );
}
