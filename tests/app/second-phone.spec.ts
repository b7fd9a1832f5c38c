/**
 * The guide's path, and its structure at each step, on a second phone size:
 * an iPhone 14's screen on Chromium. The app's other pages are the same markup
 * as on the Pixel. A describe of the app project rather than a project of its
 * own: the device's context options are a test's, so the app's workers and
 * browser run it, where a project needed two more of each.
 */
import { test } from '../../fixtures/test';
import { secondPhone } from '../../harness/surfaces';
import { ariaSnapshotTest, mainFlowTests } from '../helpers/main-flow';

test.describe(secondPhone.name, () => {
  test.use(secondPhone.options);
  mainFlowTests();
  ariaSnapshotTest();
});
