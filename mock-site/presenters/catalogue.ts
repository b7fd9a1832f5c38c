/** The home page's product tiles: static, so the shop looks like a shop. */
export const homeProducts = [
  { title: 'Montre connectée étanche', priceCents: 2399, hue: 12 },
  { title: 'Lampe de bureau LED pliable', priceCents: 1549, hue: 200 },
  { title: 'Sac à dos de randonnée 30 L', priceCents: 2890, hue: 140 },
  { title: 'Jeu de tournevis de précision', priceCents: 999, hue: 40 },
  { title: 'Coque de téléphone antichoc', priceCents: 399, hue: 280 },
  { title: 'Enceinte Bluetooth portable', priceCents: 1875, hue: 330 },
];
