/**
 * How the server answers a problem: a French page for people, JSON with a
 * stable `code` for programs. Never a stack trace.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { RuleId } from '../domain/policy';
import type { ErrorPageProps, PageContext } from '../views/props';
import { mediaType } from './media-type';

export type ProblemCode =
  | 'not_found'
  | 'policy.refused'
  | 'session.missing'
  | 'csrf.invalid'
  | 'body.invalid'
  | 'body.too_large'
  | 'scenario.unknown'
  | 'method.not_allowed'
  | 'control.disabled'
  | 'fault.injected'
  | 'origin.cross'
  | 'limit.messages'
  | 'limit.session'
  | 'internal';

export interface Problem {
  status: ContentfulStatusCode;
  code: ProblemCode;
  title: string;
  message: string;
  rule?: RuleId;
  /** Extra detail for programs, e.g. the invalid fields. */
  details?: unknown;
}

/**
 * Browsers always list text/html in Accept (navigations and form posts);
 * programs (curl, fetch, Playwright's request) do not, or send JSON.
 */
export function wantsJson(c: Context): boolean {
  const accept = c.req.header('accept') ?? '';
  return mediaType(c) === 'application/json' || !accept.includes('text/html');
}

/**
 * The French error page, handed in by createApp (the HTTP layer imports no
 * view): set on every request's context, so every refusal renders the same way.
 */
export type ErrorPageRenderer = (props: ErrorPageProps) => string | Promise<string>;

export function respondProblem(c: Context, problem: Problem, ctx?: PageContext, backHref?: string): Response | Promise<Response> {
  const render = c.get('renderErrorPage') as ErrorPageRenderer | undefined;
  if (wantsJson(c) || !render) {
    const { code, message, rule, details } = problem;
    return c.json({ code, message, ...(rule ? { rule } : {}), ...(details === undefined ? {} : { details }) }, problem.status);
  }
  const page = render({
    ctx,
    status: problem.status,
    title: problem.title,
    message: problem.message,
    rule: problem.rule,
    backHref: backHref ?? ctx?.base ?? '/',
  });
  return c.html(page, problem.status);
}

export const problems = {
  notFound: (what = 'Cette page'): Problem => ({
    status: 404,
    code: 'not_found',
    title: 'Page introuvable',
    message: `${what} n'existe pas, ou n'appartient pas à votre session. Revenez à vos commandes pour retrouver votre chemin.`,
  }),
  refused: (rule: RuleId, message: string): Problem => ({ status: 409, code: 'policy.refused', title: 'Action impossible', message, rule }),
  sessionMissing: (): Problem => ({
    status: 401,
    code: 'session.missing',
    title: 'Session expirée',
    message: "Votre session a expiré ou n'existe pas : rien n'a été modifié. Rechargez la page pour en commencer une nouvelle.",
  }),
  csrf: (): Problem => ({
    status: 403,
    code: 'csrf.invalid',
    title: 'Formulaire refusé',
    message:
      "Ce formulaire ne vient pas de cette session (jeton de sécurité absent ou invalide) : rien n'a été modifié. Rechargez la page et recommencez.",
  }),
  invalidBody: (message: string, details?: unknown): Problem => ({
    status: 400,
    code: 'body.invalid',
    title: 'Demande invalide',
    message,
    details,
  }),
  tooLarge: (limit: number): Problem => ({
    status: 413,
    code: 'body.too_large',
    title: 'Demande trop volumineuse',
    message: `La demande dépasse ${limit} octets : raccourcissez votre texte et recommencez.`,
  }),
  /** A state-changing request the browser marks as coming from another site or port. */
  crossOrigin: (): Problem => ({
    status: 403,
    code: 'origin.cross',
    title: 'Demande refusée',
    message:
      "Cette demande vient d'un autre site (ou d'un autre port de cette machine) : rien n'a été modifié. Agissez depuis les pages du simulateur.",
  }),
  /** A cap on what one session may store (see lib/config.ts). */
  limit: (code: 'limit.messages' | 'limit.session', message: string): Problem => ({
    status: code === 'limit.session' ? 413 : 409,
    code,
    title: 'Limite atteinte',
    message,
  }),
  methodNotAllowed: (allowed: string[]): Problem => ({
    status: 405,
    code: 'method.not_allowed',
    title: 'Méthode non permise',
    message: `Cette adresse n'accepte que : ${allowed.join(', ')}.`,
  }),
  /** A failure injected on purpose (control API): raised before the shop changes anything. */
  faultInjected: (status: 500 | 503): Problem => ({
    status,
    code: 'fault.injected',
    title: 'Service momentanément indisponible',
    message: `Service momentanément indisponible (panne simulée, erreur ${status}) : rien n'a été modifié, réessayez.`,
  }),
  internal: (): Problem => ({
    status: 500,
    code: 'internal',
    title: 'Erreur du simulateur',
    message: "Le simulateur a rencontré une erreur inattendue ; rien n'a été modifié. Réessayez, et signalez-la si elle revient.",
  }),
};
