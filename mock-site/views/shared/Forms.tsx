/** Small pieces every page needs: the CSRF field and the one-time success message. */

/** Every POST form echoes the session's token; the server refuses forms without it. */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** Shown once after a successful POST, first thing in <main>, announced politely. */
export function Flash(props: { message?: string }) {
  if (!props.message) return null;
  return (
    <p role="status" class="flash">
      {props.message}
    </p>
  );
}

export function Notices(props: { notices: { rule: string; text: string }[] }) {
  if (props.notices.length === 0) return null;
  return (
    <div class="notices">
      {props.notices.map((n) => (
        <p role="note" class="note" data-rule={n.rule}>
          {n.text}
        </p>
      ))}
    </div>
  );
}
