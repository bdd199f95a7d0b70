export {
  TASK_TYPES,
  CADENCES,
  CHANNELS,
  TASK_STATUSES,
  STATUS_TEXT,
  type TaskType,
  type Cadence,
  type Channel,
  type TaskTemplate,
  type Playbook,
  type TierPlaybook,
  type CategoryPlaybook,
  type PlaybookTarget,
  type TaskStatus,
} from "./types";
export {
  defaultPlaybooks,
  lifecyclePlaybooks,
  PLAYBOOK_STARTERS,
  starterFor,
  starterTemplates,
  type PlaybookStarter,
} from "./default-playbooks";
export { categoryMatcher } from "./category-match";
export { validatePlaybooks } from "./validate-playbooks";
export { occurrenceDays, periodWorkingDays, checkWeeks, MAX_WEEKS } from "./occurrence-days";
export { taskAt, type TaskList, type TaskRow, type TaskCustomer, type PlaybookTemplate } from "./task-list";
export { generateTasks, type GenerateTasksInput } from "./generate-tasks";
export { workload, type OwnerWorkload, type WorkloadOptions } from "./workload";
export { customerWeeklyHours } from "./customer-hours";
