/** Everything a dispute page shows above the cancel section, identical on both surfaces. */
import { currentSellerAnswer } from '../../domain/seller-answer';
import type { DisputePageProps } from '../props';
import { Correspondence } from './Correspondence';
import { DisputeSummary } from './DisputeSummary';
import { EvidenceForm, ReopenForm } from './DisputeForms';
import { EvidenceSent, Resolution, SellerAnswer, Timeline } from './DisputeHistory';
import { Notices } from './Forms';

export function DisputeBody(props: DisputePageProps) {
  const { dispute, actions } = props;
  const token = props.ctx.csrfToken;
  return (
    <>
      <DisputeSummary {...props} />
      <Notices notices={props.notices} />
      <Timeline entries={props.timeline} />
      <SellerAnswer answer={currentSellerAnswer(dispute)} />
      <EvidenceSent evidence={dispute.evidence} />
      <Resolution resolution={dispute.resolution} />
      <Correspondence messages={dispute.messages} action={actions.message} csrfToken={token} />
      {actions.evidence && <EvidenceForm action={actions.evidence} csrfToken={token} />}
      {actions.reopen && <ReopenForm action={actions.reopen.action} until={actions.reopen.until} csrfToken={token} />}
    </>
  );
}

/** Whether the page needs its bottom cancel section at all. */
export function hasCancelSection(props: DisputePageProps): boolean {
  return props.actions.cancel !== undefined || props.cancelWarning !== undefined;
}
