/** Every flow, by id: the suite, the walkthrough and the guide check look them up here. */
import { annulerLitigeApp } from './annuler-litige-app';
import { annulerLitigeWeb } from './annuler-litige-web';
import type { Flow } from './types';

export const mainFlows: Flow[] = [annulerLitigeWeb, annulerLitigeApp];

export const flows: ReadonlyMap<string, Flow> = new Map([...mainFlows].map((flow) => [flow.id, flow]));
