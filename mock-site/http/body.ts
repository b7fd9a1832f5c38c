/**
 * Reads a state-changing request's body. The branch is chosen by the exact
 * media type: only `application/json` (parameters allowed) is JSON, which
 * needs no token because a browser cannot send that type cross-site without a
 * CORS preflight, which this server never grants. Forms must echo the
 * session's token (a cross-site form cannot know it). Anything else could
 * come from a cross-site page, so it is refused. A body that cannot be read
 * (malformed multipart, a client that hung up mid-body) is a 400, never a 500.
 */
import type { Context } from 'hono';
import type { z } from '../../lib/zod-fr';
import type { Session } from '../sessions';
import { mediaType } from './media-type';
import { problems, type Problem } from './respond';

export { bodies } from './bodies';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };
export type BodySource = 'json' | 'form';
/** One schema for both sources, or one each (a form sends every field as a string). */
export type BodySchema<T> = z.ZodType<T> | { json: z.ZodType<T>; form: z.ZodType<T> };

export interface ReadOptions {
  /** A form that starts a session has no token to echo yet: the cross-origin check alone protects it. */
  formToken?: boolean;
}

export async function readBody<T>(
  c: Context,
  session: Session | undefined,
  schema: BodySchema<T>,
  options: ReadOptions = {},
): Promise<Parsed<T>> {
  const raw = await readRaw(c, session, options.formToken ?? true);
  if (!raw.ok) return raw;
  const chosen = 'json' in schema && 'form' in schema ? schema[raw.source] : (schema as z.ZodType<T>);
  const result = chosen.safeParse(raw.value);
  if (result.success) return { ok: true, value: result.data };
  const fields = result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(corps)', message: issue.message }));
  return {
    ok: false,
    problem: problems.invalidBody(`Demande incomplète ou invalide : ${fields.map((f) => `${f.field} — ${f.message}`).join(' ; ')}`, fields),
  };
}

type Raw = { ok: true; source: BodySource; value: Record<string, unknown> } | { ok: false; problem: Problem };

async function readRaw(c: Context, session: Session | undefined, formToken: boolean): Promise<Raw> {
  const type = mediaType(c);
  if (type === 'application/json') {
    const text = await readOrUndefined(() => c.req.text());
    if (text === undefined) return unreadable();
    try {
      const json: unknown = text.trim() === '' ? {} : JSON.parse(text);
      if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        return { ok: false, problem: problems.invalidBody('Le corps JSON doit être un objet, par exemple {"advanceDays": 3}.') };
      }
      return { ok: true, source: 'json', value: json as Record<string, unknown> };
    } catch {
      return { ok: false, problem: problems.invalidBody("Le corps de la demande n'est pas du JSON valide.") };
    }
  }
  if (type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data') {
    const form = await readOrUndefined(() => c.req.parseBody());
    if (form === undefined) return unreadable();
    if (formToken && (!session || form._csrf !== session.csrfToken)) return { ok: false, problem: problems.csrf() };
    return { ok: true, source: 'form', value: form };
  }
  return { ok: false, problem: problems.csrf() };
}

/** Undefined when the body cannot be read: a bad multipart boundary, a body cut short, a client gone. */
async function readOrUndefined<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch {
    return undefined;
  }
}

function unreadable(): Raw {
  return {
    ok: false,
    problem: problems.invalidBody('Le corps de la demande est illisible ou incomplet : rien n’a été modifié, renvoyez-la.'),
  };
}
