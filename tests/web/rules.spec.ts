/** The guide's rules on the desktop website. */
import { describeRuleFlows } from '../support/rule-flows';

describeRuleFlows('web');
