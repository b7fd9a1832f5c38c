/**
 * /__sim: the page where a person picks a scenario and moves the simulated
 * clock. When the control API is off, it only describes; it offers no action.
 */
import type { SimPanelProps, SimScenario } from '../props';
import { formatDateTime } from '../format';
import { Document } from './Document';
import { CsrfField, Flash } from './Forms';

export function SimPanel(props: SimPanelProps) {
  const { session, controlApi } = props;
  return (
    <Document title="Simulateur" kind="sim">
      <main class="sim">
        <h1>Simulateur AliExpress — scénarios</h1>
        <Flash message={props.flash} />
        {!controlApi && (
          <p class="note">L'API de contrôle est désactivée sur ce serveur : impossible d'y choisir un scénario ou de changer l'horloge.</p>
        )}
        {session && (
          <section class="card" aria-labelledby="session-titre">
            <h2 id="session-titre">Session en cours</h2>
            <dl class="facts">
              <dt>Scénario</dt>
              <dd>
                <code>{session.scenario}</code>
              </dd>
              <dt>Édition des règles</dt>
              <dd>
                <code>{session.edition}</code>
              </dd>
              <dt>Heure simulée</dt>
              <dd>
                <time datetime={session.now}>{formatDateTime(session.now)}</time>
              </dd>
            </dl>
            {controlApi && <SessionControls csrfToken={session.csrfToken} />}
          </section>
        )}
        <ScenarioTable scenarios={props.scenarios} links={controlApi} editions={props.editions} defaultEdition={props.defaultEdition} />
      </main>
    </Document>
  );
}

function SessionControls(props: { csrfToken: string }) {
  return (
    <div class="sim-controls">
      <form method="post" action="/__sim/clock" class="stack">
        <CsrfField token={props.csrfToken} />
        <label for="avance-jours">Avancer l'horloge (jours)</label>
        <input id="avance-jours" type="number" name="advanceDays" min="1" max="365" step="1" value="1" required />
        <button type="submit" class="btn-primary">
          Avancer l'horloge
        </button>
      </form>
      <form method="post" action="/__sim/reset">
        <CsrfField token={props.csrfToken} />
        <button type="submit" class="btn-secondary">
          Réinitialiser la session
        </button>
      </form>
    </div>
  );
}

type Editions = Pick<SimPanelProps, 'editions' | 'defaultEdition'>;

function ScenarioTable(props: { scenarios: SimScenario[]; links: boolean } & Editions) {
  return (
    <section class="card" aria-labelledby="scenarios-titre">
      <h2 id="scenarios-titre">Scénarios disponibles</h2>
      <p>
        Chaque scénario se joue avec les règles d'une édition :{' '}
        {props.editions.map((e, i) => (
          <>
            {i > 0 && ' ; '}
            <strong>{e.name}</strong> — {e.title}
            {e.name === props.defaultEdition && ' (par défaut)'}
          </>
        ))}
        .
      </p>
      <table class="sim-table">
        <thead>
          <tr>
            <th scope="col">Scénario</th>
            <th scope="col">Nom</th>
            <th scope="col">Description</th>
            {props.links && <th scope="col">Ouvrir</th>}
          </tr>
        </thead>
        <tbody>
          {props.scenarios.map((s) => (
            <tr>
              <th scope="row">{s.title}</th>
              <td>
                <code>{s.name}</code>
              </td>
              <td>{s.description}</td>
              {props.links && <ScenarioLinks scenario={s} editions={props.editions} defaultEdition={props.defaultEdition} />}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Visible texts repeat on every row; the aria-labels make each link's name unique.
 * The default edition's links keep the plain names; the others say their edition.
 */
function ScenarioLinks(props: { scenario: SimScenario } & Editions) {
  const start = `/__sim/start?scenario=${encodeURIComponent(props.scenario.name)}`;
  return (
    <td class="sim-links">
      {props.editions.map((e) => {
        const suffix = e.name === props.defaultEdition ? '' : ` (règles ${e.name})`;
        const href = `${start}&edition=${e.name}`;
        return (
          <>
            <a href={href} aria-label={`Ouvrir ${props.scenario.title} sur le site web${suffix}`}>
              Site web{suffix}
            </a>{' '}
            <a href={`${href}&surface=app`} aria-label={`Ouvrir ${props.scenario.title} dans l'application${suffix}`}>
              Application{suffix}
            </a>{' '}
          </>
        );
      })}
    </td>
  );
}
