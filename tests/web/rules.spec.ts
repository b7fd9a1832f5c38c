/** The guide's rules on the desktop website. */
import { describeRuleFlows } from '../helpers/rule-flows';

describeRuleFlows('web');
