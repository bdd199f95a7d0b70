export * from "./numeric";
export { tierTable } from "./tier-table";
export type { TierTableOptions } from "./tier-table";
export { explainRow } from "./explain-row";
export type { RowExplanation } from "./explain-row";
export type { TierResult, TierSummary, TierTableOutput, Note, MethodDetails } from "./tier-result";
// The scheme barrel re-exports the method schema and its types (methodSchema, SchemeMethod, MethodKind, ColumnRef).
export { methodOf, METHOD_KINDS, NEW_CONDITION, conditionColumn } from "./methods";
export type {
  TieringMethod,
  MethodContext,
  MethodRun,
  MethodExplanation,
  Because,
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
} from "./methods";
