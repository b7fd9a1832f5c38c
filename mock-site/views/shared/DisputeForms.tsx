/** The buyer's optional actions on a dispute, each shown only when the policy offers it. */
import { formatDate } from '../format';
import { CsrfField } from './Forms';

export function EvidenceForm(props: { action: string; intro: string; csrfToken: string }) {
  return (
    <section class="card" aria-labelledby="preuves-titre">
      <h2 id="preuves-titre">Envoyer des preuves supplémentaires</h2>
      <p>{props.intro}</p>
      <form method="post" action={props.action} class="stack">
        <CsrfField token={props.csrfToken} />
        <label for="preuves-description">Description des preuves</label>
        <textarea id="preuves-description" name="description" maxlength={2000} required rows={4}></textarea>
        <label for="preuves-fichiers">Pièces jointes (noms de fichiers, séparés par des virgules)</label>
        <input id="preuves-fichiers" type="text" name="attachments" aria-describedby="preuves-fichiers-aide" />
        <p id="preuves-fichiers-aide" class="hint">
          Par exemple : photo-colis.jpg, suivi.pdf — 10 fichiers au plus.
        </p>
        <button type="submit" class="btn-primary">
          Envoyer les preuves
        </button>
      </form>
    </section>
  );
}

export function ReopenForm(props: { action: string; until: string; csrfToken: string }) {
  return (
    <section class="card" aria-labelledby="reouverture-titre">
      <h2 id="reouverture-titre">Réouverture du litige</h2>
      <p>
        Vous avez changé d'avis ? Ce litige peut être rouvert jusqu'au <time datetime={props.until}>{formatDate(props.until)}</time>.
      </p>
      <form method="post" action={props.action}>
        <CsrfField token={props.csrfToken} />
        <button type="submit" class="btn-primary">
          Rouvrir le litige
        </button>
      </form>
    </section>
  );
}

/** decision.appeal (2026): one appeal, offered until the window closes. */
export function AppealForm(props: { action: string; until: string; csrfToken: string }) {
  return (
    <section class="card" aria-labelledby="appel-titre">
      <h2 id="appel-titre">Faire appel de la décision</h2>
      <p>
        Vous n'êtes pas d'accord avec cette décision ? Vous pouvez faire appel une seule fois, jusqu'au{' '}
        <time datetime={props.until}>{formatDate(props.until)}</time>.
      </p>
      <form method="post" action={props.action}>
        <CsrfField token={props.csrfToken} />
        <button type="submit" class="btn-primary">
          Faire appel
        </button>
      </form>
    </section>
  );
}
