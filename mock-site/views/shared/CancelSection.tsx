/**
 * The bottom of a dispute page, and the simulator's coach beside it. The
 * coach is not AliExpress's page (no source shows such a box on the site):
 * it is an <aside> labelled « Conseil du simulateur », styled apart, placed
 * outside the dispute's sections but right before the cancel control, where
 * the buyer is about to act. The control differs per surface.
 */
import type { Child } from 'hono/jsx';
import type { DisputePageProps } from '../props';

export function CancelSection(props: { warning: DisputePageProps['cancelWarning']; children?: Child }) {
  return (
    <>
      {props.warning && <Coach text={props.warning.text} sellerMessage={props.warning.sellerMessage} />}
      {props.children && (
        <section class="card" aria-labelledby="annulation-titre">
          <h2 id="annulation-titre">Annulation de la demande</h2>
          {props.children}
        </section>
      )}
    </>
  );
}

function Coach(props: { text: string; sellerMessage: string }) {
  return (
    <aside class="coach" aria-label="Conseil du simulateur">
      <p class="coach-badge">Conseil du simulateur — ce cadre n'existe pas sur AliExpress</p>
      <h2>Attention avant d'annuler</h2>
      <p class="prewrap">{props.text}</p>
      <p class="muted">Message du vendeur :</p>
      <blockquote class="prewrap">{props.sellerMessage}</blockquote>
    </aside>
  );
}
