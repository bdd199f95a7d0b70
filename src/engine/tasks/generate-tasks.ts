import { InputError } from "../errors";
import { dayNumber } from "../ladder/calendar-days";
import { checkWeeks, periodWorkingDays, slotDay } from "./occurrence-days";
import { categoryMatcher } from "./category-match";
import type { PlaybookTemplate, TaskCustomer, TaskList } from "./task-list";
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
 * One task per customer per occurrence of each template of each playbook it gets, over the horizon
 * [start, start + 7·weeks). A customer with a tier gets its tier's playbook and every category playbook
 * whose value its row holds in the playbook's column (DESIGN.md "Tasks"), each playbook once; a customer
 * without a tier gets none (listed in `untiered`); a tier without a playbook throws, naming the row.
 * Each occurrence falls on a working day of its period (see periodWorkingDays): the customers of a
 * playbook who share an owner are staggered evenly across the period's working days, in list order, so
 * an owner's weekly load is even rather than all on the period's first day. Owner: the customer's rep
 * when given, else the template's owner role in `lang`. Status: not started. Rows go customer by
 * customer, its playbooks in the order given, each playbook's templates in order, occurrences by date.
 */
export function generateTasks(input: GenerateTasksInput): TaskList {
  const { customers, playbooks, weeks, lang } = input;
  const startDay = checkedStart(input);
  validatePlaybooks(playbooks);
  const schedule = scheduleOf(playbooks, startDay, weeks);
  // Pass 1: check every customer, find its playbooks and its slot among each one's customers of its
  // owner, and count rows, so the columns are allocated once at their size (or refused before any is made).
  const slots = slotsOf(customers, playbooks, schedule.tiers);
  const total = countTasks(input, schedule, slots);
  // Pass 2: fill the columns.
  const { owners, columns } = fillTasks(input, schedule, slots, total);
  return {
    length: total,
    lang,
    startDay,
    weeks,
    customers,
    playbooks,
    matched: slots.matched,
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
 * What is the same for all customers of a playbook, worked out once per playbook: per template, its index
 * in the list's templates, its periods' working days, how many leading periods end inside the horizon
 * (every customer's occurrence there is kept; only the last one or two periods need a look per customer),
 * and its owner role's owner index (-1 until a task needs it).
 */
interface BookEntry {
  readonly end: number;
  readonly templates: number[];
  readonly periods: Int32Array[][];
  readonly inside: number[];
  readonly roleOwners: number[];
}

/** The list's templates, each playbook's entry (in the playbooks' order), and each tier's playbook (its index). */
interface Schedule {
  readonly templates: PlaybookTemplate[];
  readonly entries: BookEntry[];
  readonly tiers: Map<string, number>;
}

function scheduleOf(playbooks: readonly Playbook[], startDay: number, weeks: number): Schedule {
  const end = startDay + 7 * weeks;
  const templates: PlaybookTemplate[] = [];
  const entries: BookEntry[] = [];
  const tiers = new Map<string, number>();
  playbooks.forEach((book, b) => {
    const entry: BookEntry = { end, templates: [], periods: [], inside: [], roleOwners: [] };
    for (const template of book.templates) {
      entry.templates.push(templates.length);
      templates.push({ playbook: b, template });
      const periods = periodWorkingDays(template.cadence, startDay, weeks);
      let inside = 0;
      while (inside < periods.length && periods[inside][periods[inside].length - 1] < end) inside++;
      entry.periods.push(periods);
      entry.inside.push(inside);
      entry.roleOwners.push(-1);
    }
    entries.push(entry);
    if (book.target === undefined) tiers.set(book.tier, b);
  });
  return { templates, entries, tiers };
}

/** Occurrences of template `t` kept inside the horizon for customer `slot` of `of`. */
function keptCount(entry: BookEntry, t: number, slot: number, of: number): number {
  let n = entry.inside[t];
  const periods = entry.periods[t];
  for (let p = n; p < periods.length; p++) if (slotDay(periods[p], slot, of) < entry.end) n++;
  return n;
}

function repOf(customer: TaskCustomer): string {
  const rep = customer.owner;
  return typeof rep === "string" ? rep.trim() : "";
}

/**
 * The playbooks each customer gets (matches start[c] … start[c + 1] − 1: the playbook's index, the
 * customer's slot among the customers sharing that playbook and rep, and how many share them), the
 * customers per playbook, and the customers without a tier.
 */
interface Slots {
  readonly start: Int32Array;
  readonly book: Int32Array;
  readonly slot: Int32Array;
  readonly of: Int32Array;
  readonly matched: Int32Array;
  readonly untiered: number[];
}

/**
 * A customer with a tier gets its tier's playbook (none: an error naming the row) and every category
 * playbook whose value its row holds, each once, in the playbooks' order; a customer without a tier gets none.
 */
function slotsOf(
  customers: readonly TaskCustomer[],
  playbooks: readonly Playbook[],
  tiers: Map<string, number>,
): Slots {
  const matchers = playbooks.map((b) => (b.target === undefined ? undefined : categoryMatcher(b.target)));
  const n = customers.length;
  const start = new Int32Array(n + 1);
  // At most the tier's playbook and every category playbook per customer.
  const most = n * (1 + matchers.filter(Boolean).length);
  const book = new Int32Array(most);
  const slot = new Int32Array(most);
  const group = new Int32Array(most);
  // Per playbook, its groups by rep; each group's size so far.
  const groupIds = playbooks.map(() => new Map<string, number>());
  const groupSize: number[] = [];
  const matched = new Int32Array(playbooks.length);
  const untiered: number[] = [];
  let m = 0;
  for (let c = 0; c < n; c++) {
    const { name, tier, row } = customers[c];
    start[c] = m;
    if (typeof name !== "string" || name.trim() === "") {
      throw new InputError("customerNameMissing", { row: c + 1 }, `Customer ${c + 1} has no name.`);
    }
    if (tier === null || tier === undefined || tier === "") {
      untiered.push(c);
      continue;
    }
    const own = tiers.get(tier);
    if (own === undefined) throw playbookMissing(c, name, tier, tiers);
    const rep = repOf(customers[c]);
    for (let b = 0; b < playbooks.length; b++) {
      const matches = matchers[b];
      if (matches ? !matches(row) : b !== own) continue;
      let g = groupIds[b].get(rep);
      if (g === undefined) groupIds[b].set(rep, (g = groupSize.push(0) - 1));
      book[m] = b;
      slot[m] = groupSize[g]++;
      group[m++] = g;
      matched[b]++;
    }
  }
  start[n] = m;
  const of = Int32Array.from(group.subarray(0, m), (g) => groupSize[g]);
  return { start, book: book.subarray(0, m), slot: slot.subarray(0, m), of, matched, untiered };
}

function playbookMissing(c: number, name: string, tier: string, tiers: Map<string, number>): InputError {
  const known = [...tiers.keys()].join(", ");
  return new InputError(
    "playbookMissing",
    { row: c + 1, customer: name, tier, known },
    `Customer ${c + 1} ("${name}") is in tier "${tier}", which has no playbook. Playbooks exist for: ${known || "none"}.`,
  );
}

/** Counts the rows, refusing more than maxRows in all or maxRowsPerOwner for one owner (rep, else the template's role). */
function countTasks(input: GenerateTasksInput, schedule: Schedule, slots: Slots): number {
  const { customers, lang } = input;
  const { start, book, slot, of } = slots;
  let total = 0;
  // Rows per owner (as fillTasks assigns them), only when limited.
  const perOwner = input.maxRowsPerOwner !== undefined ? new Map<string, number>() : undefined;
  for (let c = 0; c < customers.length; c++) {
    for (let k = start[c]; k < start[c + 1]; k++) {
      const entry = schedule.entries[book[k]];
      for (let t = 0; t < entry.templates.length; t++) {
        const n = keptCount(entry, t, slot[k], of[k]);
        total += n;
        if (perOwner && n > 0) {
          const who = repOf(customers[c]) || schedule.templates[entry.templates[t]].template.ownerRole[lang].trim();
          perOwner.set(who, (perOwner.get(who) ?? 0) + n);
        }
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

/** The task columns: customer by customer, its playbooks in order, each's templates in order, occurrences by date. */
function fillTasks(input: GenerateTasksInput, schedule: Schedule, slots: Slots, total: number) {
  const { customers } = input;
  const { start, book } = slots;
  const filler = new TaskFiller(input, schedule, slots, total);
  for (let c = 0; c < customers.length; c++) {
    if (start[c] === start[c + 1]) continue;
    const rep = repOf(customers[c]);
    const repOwner = rep !== "" ? filler.owners.of(rep) : -1;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const entry = schedule.entries[book[k]];
      for (let t = 0; t < entry.templates.length; t++) filler.fill(c, k, t, repOwner);
    }
  }
  return { owners: filler.owners.names, columns: filler.columns };
}

/** Writes the rows of one template of one match at a time, from the first free row on. */
class TaskFiller {
  readonly owners = new OwnerNames();
  readonly columns: { customer: Int32Array; template: Int32Array; owner: Int32Array; dueDay: Int32Array };
  private row = 0;
  constructor(
    private readonly input: GenerateTasksInput,
    private readonly schedule: Schedule,
    private readonly slots: Slots,
    total: number,
  ) {
    this.columns = {
      customer: new Int32Array(total),
      template: new Int32Array(total),
      owner: new Int32Array(total),
      dueDay: new Int32Array(total),
    };
  }

  /** The rows of template `t` of match `k` (customer `c`); owner: the rep's index, else (-1) the template's role. */
  fill(c: number, k: number, t: number, repOwner: number): void {
    const entry = this.schedule.entries[this.slots.book[k]];
    const slot = this.slots.slot[k];
    const of = this.slots.of[k];
    const n = keptCount(entry, t, slot, of);
    if (n === 0) return;
    const { customer, template, owner, dueDay } = this.columns;
    const row = this.row;
    customer.fill(c, row, row + n);
    template.fill(entry.templates[t], row, row + n);
    let who = repOwner;
    if (who < 0) {
      who = entry.roleOwners[t];
      if (who < 0) {
        const role = this.schedule.templates[entry.templates[t]].template.ownerRole[this.input.lang].trim();
        who = entry.roleOwners[t] = this.owners.of(role);
      }
    }
    owner.fill(who, row, row + n);
    let r = row;
    for (const period of entry.periods[t]) {
      const d = slotDay(period, slot, of);
      if (d < entry.end) dueDay[r++] = d;
    }
    this.row = row + n;
  }
}
