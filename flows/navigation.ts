/**
 * The shared beginning of the rule flows: from the order list to the dispute,
 * the way the main flows get there (web: « Détails de la commande »; app:
 * touch the order), then the dispute link, whose label depends on its status.
 */
import { DISPUTED_ORDER_TITLE, labels } from './scenario-facts';
import type { Expectation, FlowStep, Surface, Target } from './types';
import { paths } from '../harness/surface-names';

export const orderListPath = (surface: Surface) => paths.orders(surface);

/** Click on the website, tap in the app. */
export const press = (surface: Surface) => (surface === 'app' ? 'tap' : 'click');

export function openOrderStep(surface: Surface, expect: Expectation[] = []): FlowStep {
  const target: Target =
    surface === 'app'
      ? { role: 'link', name: new RegExp(`^${DISPUTED_ORDER_TITLE}`) }
      : { role: 'link', name: labels.orderDetails, within: { role: 'article', name: DISPUTED_ORDER_TITLE } };
  return {
    id: 'commande',
    target,
    action: press(surface),
    expect,
  };
}

export function openDisputeStep(surface: Surface, linkLabel: string, expect: Expectation[] = []): FlowStep {
  return {
    id: 'litige',
    target: { role: 'link', name: linkLabel },
    action: press(surface),
    expect: [{ kind: 'heading', name: /^Litige n°/ }, ...expect],
  };
}

/** The steps that cancel from the dispute page: instant on the web, confirmed in a dialog in the app. */
export function cancelSteps(surface: Surface): FlowStep[] {
  const done: Expectation[] = [
    { kind: 'text', text: labels.cancelled },
    { kind: 'dispute-status', status: 'cancelled' },
  ];
  const cancel: FlowStep = {
    id: 'annuler-la-demande',
    target: { role: 'button', name: labels.cancelRequest },
    action: press(surface),
    // On the web this click cancels at once; in the app it only opens the confirmation.
    ...(surface === 'web' ? { irreversible: true as const } : {}),
    expect: surface === 'app' ? [{ kind: 'visible', target: { role: 'dialog' } }] : done,
  };
  if (surface === 'web') return [cancel];
  return [
    cancel,
    {
      id: 'confirmer',
      irreversible: true,
      target: { role: 'button', name: labels.confirmCancel, within: { role: 'dialog' } },
      action: 'tap',
      expect: done,
    },
  ];
}

/** The evidence form: its description, as the person types it. */
export function describeEvidenceStep(value: string): FlowStep {
  return { id: 'decrire-preuves', target: { role: 'textbox', name: 'Description des preuves' }, action: 'fill', value, expect: [] };
}

/** Sending the evidence: it changes the dispute, so a safe run stops before it. */
export function sendEvidenceStep(surface: Surface, expect: Expectation[]): FlowStep {
  return {
    id: 'envoyer-preuves',
    irreversible: true,
    target: { role: 'button', name: labels.sendEvidence },
    action: press(surface),
    expect,
  };
}
