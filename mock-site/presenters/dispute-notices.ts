/** The rule notices of a dispute page: what the rule in force means for this dispute now. */
import { RULES, decideReopen } from '../domain/policy';
import type { Edition } from '../domain/editions/index';
import type { Dispute, Order } from '../domain/schema';
import type { DisputePageProps } from '../views/props';

type Notices = DisputePageProps['notices'];

export function disputeNotices(dispute: Dispute, order: Order, now: Date, edition: Edition): Notices {
  const today = edition.behaviours.sellerProposals;
  switch (dispute.status) {
    case 'seller_accepted':
      return [
        {
          rule: RULES.sellerAccepts,
          text: "Le vendeur a accepté votre demande : le remboursement est en route et vous n'avez rien d'autre à faire.",
        },
      ];
    case 'seller_refused':
      return today
        ? [
            {
              rule: RULES.aliexpressStepsIn,
              text: `Le vendeur et vous n'êtes pas d'accord. Sans accord ${edition.parameters.mediationAfterDays} jours après la réponse du vendeur, AliExpress intervient de lui-même et tranche.`,
            },
          ]
        : [
            {
              rule: RULES.sellerRefusesEvidence,
              text: "Le vendeur a refusé votre demande. Avant qu'AliExpress ne tranche entre vous, vous pouvez envoyer des preuves supplémentaires.",
            },
          ];
    case 'seller_proposed':
      return [
        {
          rule: RULES.sellerProposal,
          text: today
            ? "Le vendeur propose une autre solution. « Accepter » clôt le litige définitivement aux conditions du vendeur ; « Refuser » le laisse ouvert. N'acceptez pas par erreur : ce n'est pas le bouton pour annuler."
            : "Le vendeur propose une autre solution, mais avec ces règles il ne peut qu'accepter ou refuser votre demande : il n'y a rien à répondre ici.",
        },
      ];
    case 'in_mediation':
      return [
        {
          rule: today ? RULES.aliexpressStepsIn : RULES.sellerDeadline,
          text: 'AliExpress examine le litige et tranchera entre vous et le vendeur. Vous pouvez encore annuler votre demande.',
        },
      ];
    case 'resolved':
      return [resolvedNotice(dispute, edition)];
    case 'cancelled': {
      const reopen = decideReopen(dispute, order, now, edition);
      if (!reopen.allowed) return [{ rule: reopen.rule, text: reopen.message }];
      return [
        {
          rule: RULES.reopenWindow,
          text: `Vous avez annulé ce litige. Il peut être rouvert pendant ${edition.parameters.reopenWindowDays} jours après la confirmation de la livraison, ou après la fin de la protection acheteur si la livraison n'a pas été confirmée.`,
        },
      ];
    }
    case 'awaiting_seller':
      return [
        {
          rule: RULES.cancelWhileUnresolved,
          text: today
            ? `Le vendeur a ${edition.parameters.sellerResponseDays} jours pour répondre ; vos messages ne repoussent pas ce délai. Sans réponse à temps, votre demande est acceptée et vous êtes remboursé automatiquement.`
            : 'Le vendeur doit répondre avant la date limite ; vos messages ne la repoussent pas. Sans réponse à temps, AliExpress prend le litige en main.',
        },
      ];
  }
}

function resolvedNotice(dispute: Dispute, edition: Edition): Notices[number] {
  if (dispute.resolution?.by === 'automatic') {
    return {
      rule: RULES.sellerDeadline,
      text: "Le vendeur n'a pas répondu à temps : votre demande a été acceptée automatiquement et le remboursement est lancé.",
    };
  }
  if (edition.behaviours.appeal && (dispute.resolution?.by ?? 'aliexpress') === 'aliexpress') {
    return {
      rule: RULES.decisionAppeal,
      text: dispute.appealedAt
        ? 'AliExpress a réexaminé le litige après votre appel : cette décision est définitive.'
        : `Vous pouvez faire appel une seule fois de cette décision, dans les ${edition.parameters.appealDays} jours. Ensuite, elle est définitive : le litige ne peut plus être annulé.`,
    };
  }
  return {
    rule: RULES.resolvedFinal,
    text: 'Ce litige est résolu. La décision est définitive, même si elle ne vous est pas favorable : il ne peut plus être annulé, et aucun nouveau litige ne peut être ouvert pour le même problème.',
  };
}
