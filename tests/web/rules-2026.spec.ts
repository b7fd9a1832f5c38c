/** Today's rules (2026 edition) on the desktop website, the PayPal promise proven by its consequence. */
import { describeRuleFlows } from '../helpers/rule-flows';

describeRuleFlows('web', '2026');
