/**
 * A French error page, on whichever surface the person was using. Without a
 * session (ctx absent) it falls back to the website's layout.
 */
import type { ErrorPageProps } from '../props';
import { AppLayout } from '../app/AppLayout';
import { Layout } from '../web/Layout';

export function ErrorPage(props: ErrorPageProps) {
  const body = (
    <div class="card">
      <p>{props.message}</p>
      {props.rule && (
        <p class="muted">
          Règle appliquée : <code>{props.rule}</code>
        </p>
      )}
      <p>
        <a href={props.backHref} class="btn-secondary">
          Retour
        </a>
      </p>
    </div>
  );
  if (props.ctx && props.ctx.surface === 'app') {
    // No back arrow in the top bar: a second link named « Retour » would be ambiguous.
    return (
      <AppLayout ctx={props.ctx} title={props.title}>
        {body}
      </AppLayout>
    );
  }
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1>{props.title}</h1>
      {body}
    </Layout>
  );
}
