export * from "./incentives";
export { repFigures, tallyReps, NO_REP, type RepRow, type RepTally, type RepFiguresInput } from "./rep-figures";
export {
  allocateQuotas,
  withAttainment,
  ATTAINMENT_TOO_HIGH,
  ATTAINMENT_TOO_LOW,
  type RepWeight,
  type AttainmentResult,
} from "./rep-quotas";
export { gradeReps, DEFAULT_REP_GRADING, DEFAULT_REP_GRADE_NAMES, type RepGrading } from "./rep-grades";
export {
  assignOwners,
  type AssignCustomer,
  type AssignRep,
  type AssignOptions,
  type AssignReason,
  type Assignment,
  type UnassignedReason,
} from "./assign-owners";
