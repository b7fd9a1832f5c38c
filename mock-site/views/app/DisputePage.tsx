/**
 * The app's dispute page. Unlike the website, cancelling asks for
 * confirmation in a native dialog opened by the invoker commands API
 * (command / commandfor): no JavaScript of ours.
 */
import type { DisputePageProps } from '../props';
import { CancelSection } from '../shared/CancelSection';
import { DisputeBody, hasCancelSection } from '../shared/DisputeBody';
import { CsrfField } from '../shared/Forms';
import { AppLayout } from './AppLayout';

const DIALOG_ID = 'confirmer-annulation';

export function DisputePage(props: DisputePageProps) {
  const cancel = props.actions.cancel;
  return (
    <AppLayout ctx={props.ctx} title={`Litige n° ${props.dispute.id}`} backHref={props.orderHref} tab="compte">
      <DisputeBody {...props} />
      {hasCancelSection(props) && (
        <CancelSection warning={props.cancelWarning}>
          {cancel && (
            <>
              <button type="button" class="btn-secondary" command="show-modal" commandfor={DIALOG_ID}>
                Annuler la demande
              </button>
              <ConfirmCancelDialog action={cancel} csrfToken={props.ctx.csrfToken} />
            </>
          )}
        </CancelSection>
      )}
    </AppLayout>
  );
}

function ConfirmCancelDialog(props: { action: string; csrfToken: string }) {
  return (
    <dialog id={DIALOG_ID} aria-labelledby={`${DIALOG_ID}-titre`} aria-describedby={`${DIALOG_ID}-texte`}>
      <h2 id={`${DIALOG_ID}-titre`}>Annuler la demande ?</h2>
      <p id={`${DIALOG_ID}-texte`}>
        Le litige sera fermé tout de suite et votre demande de remboursement abandonnée. Le vendeur n'aura plus à y répondre.
      </p>
      <div class="dialog-actions">
        <form method="post" action={props.action}>
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="btn-primary">
            Confirmer l'annulation
          </button>
        </form>
        <button type="button" class="btn-secondary" command="close" commandfor={DIALOG_ID}>
          Garder le litige
        </button>
      </div>
    </dialog>
  );
}
