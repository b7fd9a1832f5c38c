/**
 * The structure around each step of the guide's procedure, as aria snapshots
 * (tests/aria/snapshots/*.aria.yml): the region the step acts on, just before
 * it acts. A label check alone misses a button moved out of its section or a
 * menu turned into a page; these catch it.
 *
 * After an intended change of the site, update them with
 *   npx playwright test tests/aria tests/app/second-phone.spec.ts --update-snapshots
 * and review the .aria.yml diff like code.
 */
import { ariaSnapshotTest } from '../helpers/main-flow';

ariaSnapshotTest();
