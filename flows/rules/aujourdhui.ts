/**
 * Today's timers and stages (2026 edition): the seller's silence refunds the
 * buyer, AliExpress steps in on its own, evidence is welcome at any stage.
 */
import { describeEvidenceStep, openDisputeStep, openOrderStep, orderListPath, sendEvidenceStep } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';

/** vendeur-silencieux: opened 4 days and 15 hours ago; one more day passes the 5 days. */
export const remboursementAutomatique = (surface: Surface) =>
  defineFlow({
    id: `regle-remboursement-automatique-${surface}`,
    title: 'Le vendeur ne répond pas à temps : remboursement automatique',
    surface,
    scenario: 'vendeur-silencieux',
    edition: '2026',
    clockDays: 1,
    start: orderListPath(surface),
    rules: ['seller.deadline'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeClosed, [
        { kind: 'text', text: 'votre demande a été acceptée automatiquement', exact: false },
        { kind: 'heading', name: 'Remboursement automatique' },
        { kind: 'dispute-status', status: 'resolved' },
        { kind: 'absent', target: { role: 'button', name: labels.cancelRequest } },
      ]),
    ],
  });

/** vendeur-refuse: the seller refused 2 days ago; 5 more days make the 7 without agreement. */
export const aliexpressIntervient = (surface: Surface) =>
  defineFlow({
    id: `regle-aliexpress-intervient-${surface}`,
    title: 'Sans accord, AliExpress intervient de lui-même',
    surface,
    scenario: 'vendeur-refuse',
    edition: '2026',
    clockDays: 5,
    start: orderListPath(surface),
    rules: ['aliexpress.steps-in'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeInProgress, [
        { kind: 'text', text: 'AliExpress examine le litige', exact: false },
        { kind: 'dispute-status', status: 'in_mediation' },
      ]),
    ],
  });

/** litige-en-attente: the seller has not answered yet, and evidence is already welcome. */
export const preuvesATouteEtape = (surface: Surface) =>
  defineFlow({
    id: `regle-preuves-a-toute-etape-${surface}`,
    title: 'Ajouter des preuves avant même la réponse du vendeur',
    surface,
    scenario: 'litige-en-attente',
    edition: '2026',
    start: orderListPath(surface),
    rules: ['evidence.until-decision'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeInProgress, [
        { kind: 'text', text: 'Ajoutez ou remplacez vos preuves à tout moment avant la décision', exact: false },
      ]),
      describeEvidenceStep('Capture du suivi : aucun mouvement depuis le 20 février.'),
      sendEvidenceStep(surface, [
        { kind: 'text', text: 'Vos preuves ont été envoyées : elles sont ajoutées au litige, qui continue.' },
        { kind: 'dispute-status', status: 'awaiting_seller' },
      ]),
    ],
  });
