/** The guide's main procedure on this project's surface: the website, or the app on the Pixel (the iPhone: tests/app/second-phone.spec.ts). */
import { mainFlowTests } from '../helpers/main-flow';

mainFlowTests();
