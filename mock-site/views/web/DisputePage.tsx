/**
 * The website's dispute page. Cancelling here is one click with no
 * confirmation, as on the real site: that is exactly why the warning about a
 * seller's cancel request sits right above the button.
 */
import type { DisputePageProps } from '../props';
import { CancelSection } from '../shared/CancelSection';
import { DisputeBody, hasCancelSection } from '../shared/DisputeBody';
import { CsrfField } from '../shared/Forms';
import { Layout } from './Layout';

export function DisputePage(props: DisputePageProps) {
  const cancel = props.actions.cancel;
  return (
    <Layout ctx={props.ctx} title={`Litige n° ${props.dispute.id}`}>
      <p class="breadcrumb">
        <a href={props.orderHref}>Retour à la commande</a>
      </p>
      <h1>Litige n° {props.dispute.id}</h1>
      <DisputeBody {...props} proposalChoice={<ProposalChoice {...props} />} />
      {hasCancelSection(props) && (
        <CancelSection warning={props.cancelWarning}>
          {cancel && (
            <form method="post" action={cancel}>
              <CsrfField token={props.ctx.csrfToken} />
              <button type="submit" class="btn-secondary">
                Annuler la demande
              </button>
            </form>
          )}
        </CancelSection>
      )}
    </Layout>
  );
}

/** seller.proposal on the website: two instant forms, like « Annuler la demande ». */
function ProposalChoice(props: DisputePageProps) {
  const { accept, refuse } = props.actions;
  if (!accept || !refuse) return null;
  return (
    <div class="choice">
      <form method="post" action={accept}>
        <CsrfField token={props.ctx.csrfToken} />
        <button type="submit" class="btn-primary">
          Accepter
        </button>
      </form>
      <form method="post" action={refuse}>
        <CsrfField token={props.ctx.csrfToken} />
        <button type="submit" class="btn-secondary">
          Refuser
        </button>
      </form>
    </div>
  );
}
