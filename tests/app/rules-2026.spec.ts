/** Today's rules (2026 edition) in the mobile app, the PayPal promise proven by its consequence. */
import { describeRuleFlows } from '../helpers/rule-flows';

describeRuleFlows('app', '2026');
