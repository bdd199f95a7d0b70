import { round9 } from "../cells/round-product";
import { InputError } from "../errors";
import type { TaskList } from "./task-list";

export interface OwnerWorkload {
  readonly owner: string;
  /** Hours due in each week of the horizon (week k = days [start + 7k, start + 7k + 7)). */
  readonly hoursByWeek: number[];
  readonly totalHours: number;
  readonly averageHours: number;
  readonly peakHours: number;
  readonly capacity: number;
  /** 0-based weeks whose hours exceed the capacity. */
  readonly overloadedWeeks: number[];
  readonly overloaded: boolean;
  readonly tasks: number;
}

export interface WorkloadOptions {
  /** Hours per week each owner can work (> 0). */
  readonly capacity: number;
  /** Per-owner capacities that override `capacity`. */
  readonly capacityByOwner?: Readonly<Record<string, number>>;
}

function checkCapacity(value: number, who: string): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new InputError(
      "capacityInvalid",
      { owner: who, found: String(value) },
      `The capacity ${who} must be a number of hours per week greater than 0; found ${String(value)}.`,
    );
  }
}

/**
 * Hours per owner per week of a task list (each task adds its template's effort to the week of its
 * due date), against a weekly capacity; an owner is overloaded when any week's hours exceed it.
 * Hours are rounded to 9 decimals. Owners are listed as in the task list (first seen first).
 */
export function workload(list: TaskList, options: WorkloadOptions): OwnerWorkload[] {
  checkCapacity(options.capacity, "per owner");
  for (const [who, cap] of Object.entries(options.capacityByOwner ?? {})) checkCapacity(cap, `of "${who}"`);
  const W = list.weeks;
  const hours = new Float64Array(list.owners.length * W);
  const counts = new Int32Array(list.owners.length);
  const effort = Float64Array.from(list.templates, (t) => t.template.effortHours);
  for (let i = 0; i < list.length; i++) {
    const week = Math.floor((list.dueDay[i] - list.startDay) / 7);
    hours[list.owner[i] * W + week] += effort[list.template[i]];
    counts[list.owner[i]]++;
  }
  return list.owners.map((owner, o) => {
    const hoursByWeek = Array.from(hours.subarray(o * W, o * W + W), round9);
    const capacity = options.capacityByOwner?.[owner] ?? options.capacity;
    const total = round9(hoursByWeek.reduce((a, b) => a + b, 0));
    const overloadedWeeks = hoursByWeek.flatMap((h, k) => (h > capacity ? [k] : []));
    // A loop, not Math.max(...hoursByWeek): spreading a long array as arguments overflows the stack.
    let peak = 0;
    for (const h of hoursByWeek) if (h > peak) peak = h;
    return {
      owner,
      hoursByWeek,
      totalHours: total,
      averageHours: round9(total / W),
      peakHours: peak,
      capacity,
      overloadedWeeks,
      overloaded: overloadedWeeks.length > 0,
      tasks: counts[o],
    };
  });
}
