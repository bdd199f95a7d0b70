export { methodSchema, methodOf, METHOD_KINDS } from "./registry";
export type { SchemeMethod, MethodKind } from "./registry";
export { columnRefSchema } from "./column-ref";
export { NEW_CONDITION, conditionColumn } from "./rules-form";
export { pct, num } from "./explain-format";
export type { ColumnRef } from "./column-ref";
export type {
  TieringMethod,
  MethodContext,
  MethodRun,
  MethodExplanation,
  Because,
  SchemeIssue,
} from "./tiering-method";
export type {
  MethodFields,
  MethodForm,
  FormControl,
  FormContext,
  DraftField,
  Problem,
  FactorFields,
  RuleFields,
  ConditionFields,
  TextField,
  ColumnField,
  ChoiceField,
} from "./method-form";
