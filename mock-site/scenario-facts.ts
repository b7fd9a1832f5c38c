/**
 * A fact of the bundled scenarios (fixtures/scenarios) that their clients rely
 * on: every scenario puts its dispute on an order whose first item is this
 * one, so "the order with the dispute" is found the way a person finds it,
 * by what they bought.
 */
export const DISPUTED_ORDER_TITLE = 'Écouteurs sans fil Bluetooth 5.3 avec étui de charge';
