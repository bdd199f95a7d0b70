import type { TaskList } from "./task-list";

/**
 * Hours per week each customer of a task list costs: the effort of all its tasks over the horizon, divided by
 * the horizon's weeks (the load assignment balances, issue 14). Index = the list's customer index.
 */
export function customerWeeklyHours(list: TaskList): Float64Array {
  const hours = new Float64Array(list.customers.length);
  const effort = Float64Array.from(list.templates, (t) => t.template.effortHours);
  for (let i = 0; i < list.length; i++) hours[list.customer[i]] += effort[list.template[i]];
  for (let c = 0; c < hours.length; c++) hours[c] /= list.weeks;
  return hours;
}
