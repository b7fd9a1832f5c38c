/** Placeholder for the tabs the simulator does not model (categories, cart). */
import type { PageContext } from '../props';
import { AppLayout, tabForTitle, type AppTab } from './AppLayout';

export interface SimplePageProps {
  ctx: PageContext;
  title: string;
  text: string;
  /** Defaults to the tab whose label is the title. */
  tab?: AppTab;
}

export function SimplePage(props: SimplePageProps) {
  return (
    <AppLayout ctx={props.ctx} title={props.title} tab={props.tab ?? tabForTitle(props.title)}>
      <p class="card">{props.text}</p>
    </AppLayout>
  );
}
