/** The reference guide's rules, as the 2016 edition plays them, on the desktop website. */
import { describeRuleFlows } from '../helpers/rule-flows';

describeRuleFlows('web', '2016');
