import { InputError } from "../errors";
import { dayNumber } from "../ladder/calendar-days";
import { checkWeeks, periodWorkingDays, slotDay } from "./occurrence-days";
import type { TaskCustomer, TaskList, TierTemplate } from "./task-list";
import type { Lang, Playbook } from "./types";
import { validatePlaybooks } from "./validate-playbooks";

export interface GenerateTasksInput {
  readonly customers: readonly TaskCustomer[];
  readonly playbooks: readonly Playbook[];
  /** First day of the horizon (its UTC calendar date). */
  readonly start: Date;
  /** Horizon length in weeks: a whole number from 1 to MAX_WEEKS (5 years). */
  readonly weeks: number;
  readonly lang: Lang;
  /**
   * The most rows the caller can take (a sheet holds 1,048,576 rows, one of them the header): more
   * throws InputError "tooManyTasks" with the count, before any row is made. No limit by default.
   */
  readonly maxRows?: number;
  /**
   * The most rows one owner's tasks can take (for one sheet per owner): more throws InputError
   * "tooManyTasksForOwner" with the owner and their count, before any row is made. No limit by default.
   */
  readonly maxRowsPerOwner?: number;
}

/**
 * One task per customer per occurrence of each template in its tier's playbook, over the horizon
 * [start, start + 7·weeks). Each occurrence falls on a working day of its period (see
 * periodWorkingDays): the customers of a tier who share an owner are staggered evenly across the
 * period's working days, in list order, so an owner's weekly load is even rather than all on the
 * period's first day. Owner: the customer's rep when given,
 * else the template's owner role in `lang`. Status: not started. Rows go customer by customer, each
 * customer's templates in playbook order, occurrences by date. Customers without a tier get no tasks
 * (listed in `untiered`); a tier without a playbook throws, naming the row.
 */
export function generateTasks(input: GenerateTasksInput): TaskList {
  const { customers, playbooks, weeks, lang } = input;
  const startDay = checkedStart(input);
  validatePlaybooks(playbooks);
  const schedule = scheduleOf(playbooks, startDay, weeks);
  // Pass 1: check every customer, give it its slot among the customers of its tier and owner, and
  // count rows, so the columns are allocated once at their size (or refused before any is made).
  const slots = slotsOf(customers, schedule.tiers);
  const total = countTasks(input, schedule, slots);
  // Pass 2: fill the columns.
  const { owners, columns } = fillTasks(input, schedule, slots, total);
  return {
    length: total,
    lang,
    startDay,
    weeks,
    customers,
    templates: schedule.templates,
    owners,
    ...columns,
    status: new Uint8Array(total),
    untiered: slots.untiered,
  };
}

/** The horizon's first day, after checking the weeks and the language. */
function checkedStart(input: GenerateTasksInput): number {
  const { weeks, lang } = input;
  checkWeeks(weeks);
  if (lang !== "en-US" && lang !== "zh-CN") {
    throw new InputError(
      "langInvalid",
      { found: String(lang) },
      `The language must be en-US or zh-CN; found ${String(lang)}.`,
    );
  }
  return dayNumber(input.start, "start date");
}

/**
 * What is the same for all customers of a tier, worked out once per tier: per template, its index in the
 * list's templates, its periods' working days, how many leading periods end inside the horizon (every
 * customer's occurrence there is kept; only the last one or two periods need a look per customer), and
 * its owner role's owner index (-1 until a task needs it).
 */
interface TierEntry {
  readonly end: number;
  readonly templates: number[];
  readonly periods: Int32Array[][];
  readonly inside: number[];
  readonly roleOwners: number[];
}

/** The list's templates and each tier's entry. */
interface Schedule {
  readonly templates: TierTemplate[];
  readonly tiers: Map<string, TierEntry>;
}

function scheduleOf(playbooks: readonly Playbook[], startDay: number, weeks: number): Schedule {
  const end = startDay + 7 * weeks;
  const templates: TierTemplate[] = [];
  const tiers = new Map<string, TierEntry>();
  for (const book of playbooks) {
    const entry: TierEntry = { end, templates: [], periods: [], inside: [], roleOwners: [] };
    for (const template of book.templates) {
      entry.templates.push(templates.length);
      templates.push({ tier: book.tier, template });
      const periods = periodWorkingDays(template.cadence, startDay, weeks);
      let inside = 0;
      while (inside < periods.length && periods[inside][periods[inside].length - 1] < end) inside++;
      entry.periods.push(periods);
      entry.inside.push(inside);
      entry.roleOwners.push(-1);
    }
    tiers.set(book.tier, entry);
  }
  return { templates, tiers };
}

/** Occurrences of template `t` kept inside the horizon for customer `slot` of `of`. */
function keptCount(entry: TierEntry, t: number, slot: number, of: number): number {
  let n = entry.inside[t];
  const periods = entry.periods[t];
  for (let p = n; p < periods.length; p++) if (slotDay(periods[p], slot, of) < entry.end) n++;
  return n;
}

function repOf(customer: TaskCustomer): string {
  const rep = customer.owner;
  return typeof rep === "string" ? rep.trim() : "";
}

/** Each customer's tier entry, its slot among the customers sharing its tier and rep, and how many share them. */
interface Slots {
  readonly tierOf: (TierEntry | undefined)[];
  readonly slot: Int32Array;
  readonly of: Int32Array;
  readonly untiered: number[];
}

function slotsOf(customers: readonly TaskCustomer[], tiers: Map<string, TierEntry>): Slots {
  const tierOf = new Array<TierEntry | undefined>(customers.length);
  const slot = new Int32Array(customers.length);
  const groupOf = new Array<string>(customers.length);
  const groupSize = new Map<string, number>();
  const untiered: number[] = [];
  for (let c = 0; c < customers.length; c++) {
    const { name, tier } = customers[c];
    if (typeof name !== "string" || name.trim() === "") {
      throw new InputError("customerNameMissing", { row: c + 1 }, `Customer ${c + 1} has no name.`);
    }
    if (tier === null || tier === undefined || tier === "") {
      untiered.push(c);
      continue;
    }
    const entry = tiers.get(tier);
    if (!entry) {
      throw new InputError(
        "playbookMissing",
        { row: c + 1, customer: name, tier, known: [...tiers.keys()].join(", ") },
        `Customer ${c + 1} ("${name}") is in tier "${tier}", which has no playbook. Playbooks exist for: ${[...tiers.keys()].join(", ") || "none"}.`,
      );
    }
    tierOf[c] = entry;
    const group = `${tier}\u0000${repOf(customers[c])}`;
    groupOf[c] = group;
    const size = groupSize.get(group) ?? 0;
    slot[c] = size;
    groupSize.set(group, size + 1);
  }
  const of = new Int32Array(customers.length);
  for (let c = 0; c < customers.length; c++) if (tierOf[c]) of[c] = groupSize.get(groupOf[c])!;
  return { tierOf, slot, of, untiered };
}

/** Counts the rows, refusing more than maxRows in all or maxRowsPerOwner for one owner (rep, else the template's role). */
function countTasks(input: GenerateTasksInput, schedule: Schedule, slots: Slots): number {
  const { customers, lang } = input;
  const { tierOf, slot, of } = slots;
  let total = 0;
  // Rows per owner (as fillTasks assigns them), only when limited.
  const perOwner = input.maxRowsPerOwner !== undefined ? new Map<string, number>() : undefined;
  for (let c = 0; c < customers.length; c++) {
    const entry = tierOf[c];
    if (!entry) continue;
    for (let t = 0; t < entry.templates.length; t++) {
      const n = keptCount(entry, t, slot[c], of[c]);
      total += n;
      if (perOwner && n > 0) {
        const who = repOf(customers[c]) || schedule.templates[entry.templates[t]].template.ownerRole[lang].trim();
        perOwner.set(who, (perOwner.get(who) ?? 0) + n);
      }
    }
  }
  for (const [who, count] of perOwner ?? []) {
    if (count > input.maxRowsPerOwner!) {
      throw new InputError(
        "tooManyTasksForOwner",
        { owner: who, count, max: input.maxRowsPerOwner! },
        `${who} alone has ${count} tasks; a sheet takes at most ${input.maxRowsPerOwner}. Plan fewer weeks or fewer tiers.`,
      );
    }
  }
  if (input.maxRows !== undefined && total > input.maxRows) {
    throw new InputError(
      "tooManyTasks",
      { count: total, max: input.maxRows },
      `These settings make ${total} tasks; a sheet takes at most ${input.maxRows}. Plan fewer weeks or fewer tiers.`,
    );
  }
  return total;
}

/** Owner names in order of first use, each with its index. */
class OwnerNames {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  of(name: string): number {
    let k = this.index.get(name);
    if (k === undefined) {
      k = this.names.length;
      this.names.push(name);
      this.index.set(name, k);
    }
    return k;
  }
}

/** The task columns: customer by customer, each customer's templates in playbook order, occurrences by date. */
function fillTasks(input: GenerateTasksInput, schedule: Schedule, slots: Slots, total: number) {
  const { customers, lang } = input;
  const { tierOf, slot, of } = slots;
  const owners = new OwnerNames();
  const columns = {
    customer: new Int32Array(total),
    template: new Int32Array(total),
    owner: new Int32Array(total),
    dueDay: new Int32Array(total),
  };
  const { customer, template, owner, dueDay } = columns;
  let row = 0;
  for (let c = 0; c < customers.length; c++) {
    const entry = tierOf[c];
    if (!entry) continue;
    const rep = repOf(customers[c]);
    const repOwner = rep !== "" ? owners.of(rep) : -1;
    for (let t = 0; t < entry.templates.length; t++) {
      const n = keptCount(entry, t, slot[c], of[c]);
      if (n === 0) continue;
      customer.fill(c, row, row + n);
      template.fill(entry.templates[t], row, row + n);
      let who = repOwner;
      if (who < 0) {
        who = entry.roleOwners[t];
        if (who < 0)
          who = entry.roleOwners[t] = owners.of(schedule.templates[entry.templates[t]].template.ownerRole[lang].trim());
      }
      owner.fill(who, row, row + n);
      let r = row;
      for (const period of entry.periods[t]) {
        const d = slotDay(period, slot[c], of[c]);
        if (d < entry.end) dueDay[r++] = d;
      }
      row += n;
    }
  }
  return { owners: owners.names, columns };
}
