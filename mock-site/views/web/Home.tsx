import type { HomeProps } from '../props';
import { ProductGrid } from '../shared/Catalogue';
import { Layout } from './Layout';

export function Home(props: HomeProps) {
  return (
    <Layout ctx={props.ctx} title="Offres du jour">
      <section class="hero" aria-labelledby="offres-titre">
        <h1 id="offres-titre">Offres du jour</h1>
        <p>Des petits prix renouvelés chaque jour, livrés chez vous.</p>
      </section>
      <ProductGrid products={props.products} />
    </Layout>
  );
}
