/** Pieces of the shop's lists: product tiles on the home page and the order tabs. */
import type { HomeProps, TabLink } from '../props';
import { formatPrice } from '../format';
import { hueClass } from '../styles';

export function ProductGrid(props: { products: HomeProps['products'] }) {
  return (
    <section aria-labelledby="selection-titre">
      <h2 id="selection-titre">Sélection pour vous</h2>
      <ul class="product-grid">
        {props.products.map((p) => (
          <li class="tile">
            {/* A coloured square stands in for the product photo: no images, nothing fetched. */}
            <div class={`tile-visual ${hueClass(p.hue)}`} aria-hidden="true"></div>
            <h3>{p.title}</h3>
            <p class="price">{formatPrice(p.priceCents)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OrderTabs(props: { tabs: TabLink[] }) {
  return (
    <nav class="tabs" aria-label="Filtrer les commandes">
      <ul>
        {props.tabs.map((t) => (
          <li>
            <a href={t.href} aria-current={t.current ? 'page' : undefined}>
              {t.label} ({t.count})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
