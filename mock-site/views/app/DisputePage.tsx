/**
 * The app's dispute page. Unlike the website, cancelling and answering a
 * seller's proposal ask for confirmation in a native dialog.
 */
import type { DisputePageProps } from '../props';
import { CancelSection } from '../shared/CancelSection';
import { DisputeBody, hasCancelSection } from '../shared/DisputeBody';
import { AppLayout } from './AppLayout';
import { ConfirmDialog, DialogOpener } from './ConfirmDialog';

const CANCEL_ID = 'confirmer-annulation';

export function DisputePage(props: DisputePageProps) {
  const cancel = props.actions.cancel;
  const token = props.ctx.csrfToken;
  return (
    <AppLayout ctx={props.ctx} title={`Litige n° ${props.dispute.id}`} backHref={props.orderHref} tab="compte">
      <DisputeBody {...props} proposalChoice={<ProposalChoice {...props} />} />
      {hasCancelSection(props) && (
        <CancelSection warning={props.cancelWarning}>
          {cancel && (
            <>
              <DialogOpener id={CANCEL_ID} label="Annuler la demande" />
              <ConfirmDialog
                id={CANCEL_ID}
                title="Annuler la demande ?"
                text="Le litige sera fermé tout de suite et votre demande de remboursement abandonnée. Le vendeur n'aura plus à y répondre."
                action={cancel}
                confirm="Confirmer l'annulation"
                keep="Garder le litige"
                csrfToken={token}
              />
            </>
          )}
        </CancelSection>
      )}
    </AppLayout>
  );
}

/** seller.proposal in the app: each answer is confirmed first, as cancelling is. */
function ProposalChoice(props: DisputePageProps) {
  const { accept, refuse } = props.actions;
  if (!accept || !refuse) return null;
  const token = props.ctx.csrfToken;
  return (
    <div class="choice">
      <DialogOpener id="confirmer-acceptation" label="Accepter" primary />
      <DialogOpener id="confirmer-refus" label="Refuser" />
      <ConfirmDialog
        id="confirmer-acceptation"
        title="Accepter la proposition ?"
        text="Le litige sera clos définitivement aux conditions du vendeur : vous ne pourrez plus demander davantage."
        action={accept}
        confirm="Confirmer l'acceptation"
        keep="Revenir au litige"
        csrfToken={token}
      />
      <ConfirmDialog
        id="confirmer-refus"
        title="Refuser la proposition ?"
        text="Le litige reste ouvert. Sans accord avec le vendeur, AliExpress interviendra et tranchera."
        action={refuse}
        confirm="Confirmer le refus"
        keep="Revenir au litige"
        csrfToken={token}
      />
    </div>
  );
}
