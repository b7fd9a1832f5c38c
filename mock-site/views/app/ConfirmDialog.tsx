/**
 * The app's confirmation dialog: a native <dialog> opened by the invoker
 * commands API (command / commandfor), no JavaScript of ours. Used for
 * cancelling and for answering a seller's proposal.
 */
import { CsrfField } from '../shared/Forms';

export interface ConfirmDialogProps {
  id: string;
  title: string;
  text: string;
  action: string;
  confirm: string;
  keep: string;
  csrfToken: string;
}

/** The button that opens the dialog. */
export function DialogOpener(props: { id: string; label: string; primary?: boolean }) {
  return (
    <button type="button" class={props.primary ? 'btn-primary' : 'btn-secondary'} command="show-modal" commandfor={props.id}>
      {props.label}
    </button>
  );
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <dialog id={props.id} aria-labelledby={`${props.id}-titre`} aria-describedby={`${props.id}-texte`}>
      <h2 id={`${props.id}-titre`}>{props.title}</h2>
      <p id={`${props.id}-texte`}>{props.text}</p>
      <div class="dialog-actions">
        <form method="post" action={props.action}>
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="btn-primary">
            {props.confirm}
          </button>
        </form>
        <button type="button" class="btn-secondary" command="close" commandfor={props.id}>
          {props.keep}
        </button>
      </div>
    </dialog>
  );
}
