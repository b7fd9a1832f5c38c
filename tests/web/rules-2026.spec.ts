/** Today's rules (2026 edition) on the desktop website, and the PayPal promise's consequence in both editions. */
import { todayRuleFlows } from '../../flows/index';
import { describeRuleFlows } from '../helpers/rule-flows';

describeRuleFlows('web', todayRuleFlows);
