/** axe-core on every page both surfaces have, in the states a person meets (see tests/reliability/a11y.ts). */
import { axeTests, sharedVisits } from '../reliability/a11y';

axeTests(sharedVisits);
