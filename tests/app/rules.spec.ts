/** The reference guide's rules, as the 2016 edition plays them, in the mobile app. */
import { describeRuleFlows } from '../helpers/rule-flows';

describeRuleFlows('app', '2016');
