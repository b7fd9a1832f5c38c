import type { HomeProps } from '../props';
import { ProductGrid } from '../shared/Catalogue';
import { AppLayout } from './AppLayout';
import { paths } from '../../urls';

export function Home(props: HomeProps) {
  return (
    <AppLayout ctx={props.ctx} title="Offres du jour" tab="accueil">
      <form role="search" method="get" action={paths.home('app')} class="app-search">
        <label for="recherche" class="visually-hidden">
          Rechercher un article
        </label>
        <input id="recherche" type="search" name="q" />
        <button type="submit">Rechercher</button>
      </form>
      <p class="app-banner">Petits prix du jour, livraison suivie</p>
      <ProductGrid products={props.products} />
    </AppLayout>
  );
}
