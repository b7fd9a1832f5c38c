/** axe-core on every page both surfaces have, in the states a person meets (see tests/helpers/a11y.ts). */
import { axeTests, sharedVisits } from '../helpers/a11y';

axeTests(sharedVisits);
