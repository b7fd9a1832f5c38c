/** The guide's rules in the mobile app (run on both phone projects). */
import { describeRuleFlows } from '../helpers/rule-flows';

describeRuleFlows('app');
