/** Everything a dispute page shows above the cancel section, identical on both surfaces but for the proposal's choice. */
import { currentSellerAnswer } from '../../domain/seller-answer';
import type { Child } from 'hono/jsx';
import type { DisputePageProps } from '../props';
import { Correspondence } from './Correspondence';
import { DisputeSummary } from './DisputeSummary';
import { AppealForm, EvidenceForm, ReopenForm } from './DisputeForms';
import { EvidenceSent, Resolution, SellerAnswer, Timeline } from './DisputeHistory';
import { Notices } from './Forms';
import { Proposal } from './Proposal';

export function DisputeBody(props: DisputePageProps & { proposalChoice?: Child }) {
  const { dispute, actions } = props;
  const token = props.ctx.csrfToken;
  return (
    <>
      <DisputeSummary {...props} />
      <Notices notices={props.notices} />
      <Timeline entries={props.timeline} />
      <SellerAnswer answer={currentSellerAnswer(dispute)} />
      <Proposal proposal={props.proposal}>{props.proposalChoice}</Proposal>
      <EvidenceSent evidence={dispute.evidence} />
      <Resolution resolution={dispute.resolution} title={props.resolutionTitle} />
      {actions.appeal && <AppealForm action={actions.appeal.action} until={actions.appeal.until} csrfToken={token} />}
      <Correspondence messages={dispute.messages} action={actions.message} csrfToken={token} />
      {actions.evidence && <EvidenceForm action={actions.evidence} intro={props.evidenceIntro} csrfToken={token} />}
      {actions.reopen && <ReopenForm action={actions.reopen.action} until={actions.reopen.until} csrfToken={token} />}
    </>
  );
}

/** Whether the page needs its bottom cancel section at all. */
export function hasCancelSection(props: DisputePageProps): boolean {
  return props.actions.cancel !== undefined || props.cancelWarning !== undefined;
}
