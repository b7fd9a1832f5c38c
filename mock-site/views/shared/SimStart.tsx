/**
 * GET /__sim/start?scenario=…: a link people can share or bookmark. A GET
 * changes nothing, so the page only offers the button that starts the
 * session (a POST, which a page on another site cannot send here).
 */
import { Document } from './Document';

export interface SimStartProps {
  scenario: { name: string; title: string; description: string };
  surface: 'web' | 'app';
  /** The rules' edition the session will play (absent: the simulator's default). */
  edition?: string;
}

export function SimStart(props: SimStartProps) {
  const where = props.surface === 'app' ? "dans l'application" : 'sur le site web';
  return (
    <Document title="Commencer un scénario" kind="sim">
      <main class="sim">
        <h1>Commencer le scénario « {props.scenario.title} »</h1>
        <p>{props.scenario.description}</p>
        <p>Une nouvelle session remplacera la vôtre, avec ses commandes, ses litiges et son horloge.</p>
        <form method="post" action="/__sim/start">
          <input type="hidden" name="scenario" value={props.scenario.name} />
          <input type="hidden" name="surface" value={props.surface} />
          {props.edition && <input type="hidden" name="edition" value={props.edition} />}
          <button type="submit">Commencer {where}</button>
        </form>
        <p>
          <a href="/__sim">Retour aux scénarios</a>
        </p>
      </main>
    </Document>
  );
}
