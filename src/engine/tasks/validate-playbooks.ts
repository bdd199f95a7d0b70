import { InputError } from "../errors";
import { showValue as show } from "../ladder/checks";
import { customerKey } from "../table/customer-key";
import { CADENCES, CHANNELS, TASK_TYPES, type CategoryPlaybook, type Playbook, type TaskTemplate } from "./types";

/**
 * Checks playbooks: one per tier, one per category target (column and value, the value compared as a
 * customer key), each target a column index and a non-blank value, each template with a known type,
 * cadence, channel, titles and effort ≥ 0. A tier playbook's errors name the tier (keys `task…`); a
 * category playbook's name its column and value (keys `playbooks.task…`).
 */
export function validatePlaybooks(playbooks: readonly Playbook[]): void {
  const tiers = new Set<string>();
  const targets = new Set<string>();
  for (const book of playbooks) {
    if (book.target !== undefined) {
      const key = checkTarget(book);
      if (targets.has(key)) {
        const { header, value } = book.target;
        throw new InputError(
          "playbooks.targetRepeated",
          { column: header, value },
          `There is more than one playbook for "${header}" = "${value}"; give each column value one.`,
        );
      }
      targets.add(key);
      checkTemplates(book.templates, {
        prefix: "playbooks.",
        params: { column: book.target.header, value: book.target.value },
        where: `the playbook for "${book.target.header}" = "${book.target.value}"`,
      });
      continue;
    }
    if (tiers.has(book.tier)) {
      throw new InputError(
        "playbookRepeated",
        { tier: book.tier },
        `Tier "${book.tier}" has more than one playbook; give one per tier.`,
      );
    }
    tiers.add(book.tier);
    checkTemplates(book.templates, { prefix: "", params: { tier: book.tier }, where: `tier "${book.tier}"` });
  }
}

/** A category playbook's target checked; its identity (column and value key) returned. */
function checkTarget(book: CategoryPlaybook): string {
  const { column, header, value } = book.target;
  if (!(Number.isInteger(column) && column >= 0)) {
    throw new InputError(
      "playbooks.targetColumn",
      { found: show(column) },
      `A playbook's column must be a column of the table (a whole number from 0); found ${show(column)}.`,
    );
  }
  const key = typeof value === "string" ? customerKey(value) : "";
  if (typeof header !== "string" || key === "") {
    throw new InputError(
      "playbooks.targetValue",
      { column: String(header), found: show(value) },
      `The playbook for column "${String(header)}" needs a value to match; found ${show(value)}.`,
    );
  }
  return `${column}\u0000${key}`;
}

/** Whose templates these are, for messages: the key prefix, the params naming the playbook, the English words. */
interface Owner {
  readonly prefix: string;
  readonly params: Readonly<Record<string, string>>;
  readonly where: string;
}

function checkTemplates(templates: readonly TaskTemplate[], owner: Owner): void {
  templates.forEach((t, i) => {
    const where = `task ${i + 1} of ${owner.where}`;
    const fail = (key: string, field: string, expected: string, found: unknown): never => {
      throw new InputError(
        owner.prefix + key,
        { task: i + 1, ...owner.params, found: show(found) },
        `The ${field} of ${where} must be ${expected}; found ${show(found)}.`,
      );
    };
    if (!TASK_TYPES.includes(t.type)) fail("taskTypeInvalid", "type", TASK_TYPES.join(", "), t.type);
    if (!CADENCES.includes(t.cadence)) fail("taskCadenceInvalid", "cadence", CADENCES.join(", "), t.cadence);
    if (!CHANNELS.includes(t.channel)) fail("taskChannelInvalid", "channel", CHANNELS.join(", "), t.channel);
    if (!(typeof t.effortHours === "number" && Number.isFinite(t.effortHours) && t.effortHours >= 0)) {
      fail("taskEffortInvalid", "effort", "a number of hours, 0 or more", t.effortHours);
    }
    for (const lang of ["en-US", "zh-CN"] as const) {
      if (!(typeof t.title?.[lang] === "string" && t.title[lang].trim() !== ""))
        fail("taskTitleMissing", `${lang} title`, "a non-empty text", t.title?.[lang]);
      if (!(typeof t.ownerRole?.[lang] === "string" && t.ownerRole[lang].trim() !== ""))
        fail("taskRoleMissing", `${lang} owner role`, "a non-empty text", t.ownerRole?.[lang]);
    }
  });
}
