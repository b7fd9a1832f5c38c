/** Messages between buyer, seller and AliExpress, and the form to write one. */
import type { Message } from '../../domain/schema';
import { formatDateTime } from '../format';
import { CsrfField } from './Forms';

const authors: Record<Message['from'], string> = { buyer: 'Vous', seller: 'Vendeur', aliexpress: 'AliExpress' };

export function Correspondence(props: { messages: Message[]; action?: string; csrfToken: string }) {
  return (
    <section class="card" aria-labelledby="correspondance-titre">
      <h2 id="correspondance-titre">Correspondance</h2>
      {props.messages.length === 0 ? (
        <p class="muted">Aucun message échangé pour le moment.</p>
      ) : (
        <ol class="messages">
          {props.messages.map((m) => (
            <li class={`from-${m.from}`}>
              <p class="msg-meta">
                <strong>{authors[m.from]}</strong> · <time datetime={m.at}>{formatDateTime(m.at)}</time>
              </p>
              <p class="prewrap">{m.text}</p>
            </li>
          ))}
        </ol>
      )}
      {props.action && <MessageForm action={props.action} csrfToken={props.csrfToken} />}
    </section>
  );
}

function MessageForm(props: { action: string; csrfToken: string }) {
  return (
    <form method="post" action={props.action} class="stack">
      <CsrfField token={props.csrfToken} />
      <label for="message-texte">Votre message</label>
      <textarea id="message-texte" name="text" maxlength={2000} required rows={3}></textarea>
      <button type="submit" class="btn-primary">
        Envoyer le message
      </button>
    </form>
  );
}
