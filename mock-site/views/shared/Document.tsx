/** The HTML shell of every page. The stylesheet is local: pages never fetch anything from the internet. */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';

export type BodyKind = 'web' | 'app' | 'sim';

export function Document(props: { title: string; kind: BodyKind; children?: Child }) {
  return (
    <>
      {/* The doctype is the only raw() in the views: it is a constant, never data. */}
      {raw('<!DOCTYPE html>')}
      <html lang="fr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} | AliExpress`}</title>
          {/* An empty icon, so the browser does not request /favicon.ico and log a 404. */}
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href="/assets/site.css" />
        </head>
        <body class={`surface-${props.kind}`}>{props.children}</body>
      </html>
    </>
  );
}
