/** The « Litige » section of an order: existing disputes, rule notices, and the opening form. */
import type { OrderDetailsProps } from '../props';
import { centsToInputValue, formatPrice } from '../format';
import { CsrfField, Notices } from './Forms';

type Props = Pick<OrderDetailsProps, 'disputes' | 'notices' | 'openDispute'> & { csrfToken: string };

export function OrderDisputes(props: Props) {
  return (
    <section class="card" aria-labelledby="litige-titre">
      <h2 id="litige-titre">Litige</h2>
      {props.disputes.length === 0 ? (
        <p class="muted">Aucun litige pour cette commande.</p>
      ) : (
        <ul class="dispute-links">
          {props.disputes.map((d) => (
            <li>
              {d.itemTitle && <span class="dispute-item">{d.itemTitle} : </span>}
              <a href={d.href}>{d.label}</a> <span class="badge">{d.statusLabel}</span>
            </li>
          ))}
        </ul>
      )}
      <Notices notices={props.notices} />
      {props.openDispute && <OpenDisputeForm {...props.openDispute} csrfToken={props.csrfToken} />}
    </section>
  );
}

type OpenProps = NonNullable<OrderDetailsProps['openDispute']> & { csrfToken: string };

function OpenDisputeForm(props: OpenProps) {
  return (
    <form method="post" action={props.action} class="stack" aria-labelledby="ouvrir-titre">
      <h3 id="ouvrir-titre">Signaler un problème</h3>
      <CsrfField token={props.csrfToken} />
      {props.items && (
        <>
          <label for="litige-article">Article concerné</label>
          <select id="litige-article" name="item" required>
            {props.items.map((item) => (
              <option value={String(item.index)}>{item.title}</option>
            ))}
          </select>
        </>
      )}
      <label for="litige-probleme">Problème</label>
      <select id="litige-probleme" name="problem" required>
        {/* No preselected problem: the buyer must say what went wrong. */}
        <option value="" disabled selected>
          Choisissez un problème
        </option>
        {props.problems.map((p) => (
          <option value={p.code}>{p.label}</option>
        ))}
      </select>
      <label for="litige-montant">Montant demandé (€)</label>
      <input
        id="litige-montant"
        type="number"
        name="amount"
        step="0.01"
        min="0.01"
        max={centsToInputValue(props.maxRefundCents)}
        required
        aria-describedby="litige-montant-aide"
      />
      <p id="litige-montant-aide" class="hint">
        Au plus {formatPrice(props.maxRefundCents)}.
      </p>
      {props.refundTypes && (
        <fieldset>
          <legend>Solution demandée</legend>
          {props.refundTypes.map((type, i) => (
            <label class="radio">
              <input type="radio" name="refundType" value={type.code} checked={i === 0} /> {type.label}
            </label>
          ))}
        </fieldset>
      )}
      <label for="litige-raison">Décrivez le problème</label>
      <textarea id="litige-raison" name="reason" maxlength={2000} required rows={4}></textarea>
      <button type="submit" class="btn-primary">
        Ouvrir un litige
      </button>
    </form>
  );
}
