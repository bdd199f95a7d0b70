import { InputError } from "../errors";
import { dayNumber } from "../ladder/calendar-days";
import { occurrenceDays } from "./occurrence-days";
import type { TaskCustomer, TaskList, TierTemplate } from "./task-list";
import type { Lang, Playbook } from "./types";
import { validatePlaybooks } from "./validate-playbooks";

export interface GenerateTasksInput {
  readonly customers: readonly TaskCustomer[];
  readonly playbooks: readonly Playbook[];
  /** First day of the horizon (its UTC calendar date). */
  readonly start: Date;
  /** Horizon length in weeks: a whole number ≥ 1. */
  readonly weeks: number;
  readonly lang: Lang;
}

/**
 * One task per customer per occurrence of each template in its tier's playbook, over the horizon
 * [start, start + 7·weeks) (dates as in {@link occurrenceDays}). Owner: the customer's rep when given,
 * else the template's owner role in `lang`. Status: not started. Rows go customer by customer, each
 * customer's templates in playbook order, occurrences by date. Customers without a tier get no tasks
 * (listed in `untiered`); a tier without a playbook throws, naming the row.
 */
export function generateTasks(input: GenerateTasksInput): TaskList {
  const { customers, playbooks, weeks, lang } = input;
  if (!Number.isInteger(weeks) || weeks <= 0) {
    throw new InputError("weeksInvalid", { found: String(weeks) }, `The number of weeks must be a whole number of 1 or more; found ${weeks}.`);
  }
  if (lang !== "en-US" && lang !== "zh-CN") {
    throw new InputError("langInvalid", { found: String(lang) }, `The language must be en-US or zh-CN; found ${String(lang)}.`);
  }
  const startDay = dayNumber(input.start, "start date");
  validatePlaybooks(playbooks);

  // Everything that is the same for all customers of a tier is worked out once per tier.
  const templates: TierTemplate[] = [];
  const owners: string[] = [];
  const ownerIndex = new Map<string, number>();
  const ownerOf = (name: string) => {
    let k = ownerIndex.get(name);
    if (k === undefined) {
      k = owners.length;
      owners.push(name);
      ownerIndex.set(name, k);
    }
    return k;
  };
  const tiers = new Map<string, { templates: number[]; days: Int32Array[]; roleOwners: number[]; perCustomer: number }>();
  for (const book of playbooks) {
    const entry = { templates: [] as number[], days: [] as Int32Array[], roleOwners: [] as number[], perCustomer: 0 };
    for (const template of book.templates) {
      entry.templates.push(templates.length);
      templates.push({ tier: book.tier, template });
      const days = occurrenceDays(template.cadence, startDay, weeks);
      entry.days.push(days);
      entry.roleOwners.push(-1); // the role becomes an owner only once a task needs it
      entry.perCustomer += days.length;
    }
    tiers.set(book.tier, entry);
  }

  // Pass 1: check every customer and count rows, so the columns are allocated once at their size.
  const tierOf = new Array<ReturnType<typeof tiers.get>>(customers.length);
  const untiered: number[] = [];
  let total = 0;
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
      throw new InputError("playbookMissing", { row: c + 1, customer: name, tier, known: [...tiers.keys()].join(", ") },
        `Customer ${c + 1} ("${name}") is in tier "${tier}", which has no playbook. Playbooks exist for: ${[...tiers.keys()].join(", ") || "none"}.`);
    }
    tierOf[c] = entry;
    total += entry.perCustomer;
  }

  // Pass 2: fill the columns.
  const customer = new Int32Array(total);
  const template = new Int32Array(total);
  const owner = new Int32Array(total);
  const dueDay = new Int32Array(total);
  let row = 0;
  for (let c = 0; c < customers.length; c++) {
    const entry = tierOf[c];
    if (!entry) continue;
    const rep = customers[c].owner;
    if (entry.perCustomer === 0) continue;
    const repOwner = typeof rep === "string" && rep.trim() !== "" ? ownerOf(rep.trim()) : -1;
    for (let t = 0; t < entry.templates.length; t++) {
      const days = entry.days[t];
      const n = days.length;
      customer.fill(c, row, row + n);
      template.fill(entry.templates[t], row, row + n);
      let who = repOwner;
      if (who < 0) {
        who = entry.roleOwners[t];
        if (who < 0) who = entry.roleOwners[t] = ownerOf(templates[entry.templates[t]].template.ownerRole[lang].trim());
      }
      owner.fill(who, row, row + n);
      dueDay.set(days, row);
      row += n;
    }
  }
  return {
    length: total, lang, startDay, weeks, customers, templates, owners,
    customer, template, owner, dueDay, status: new Uint8Array(total), untiered,
  };
}
