import { InputError } from "../errors";
import { showValue as show } from "../ladder/checks";
import { CADENCES, CHANNELS, TASK_TYPES, type Playbook } from "./types";

/** Checks playbooks: one per tier, each template with a known type, cadence, channel, titles and effort ≥ 0. */
export function validatePlaybooks(playbooks: readonly Playbook[]): void {
  const tiers = new Set<string>();
  for (const book of playbooks) {
    if (tiers.has(book.tier)) {
      throw new InputError(
        "playbookRepeated",
        { tier: book.tier },
        `Tier "${book.tier}" has more than one playbook; give one per tier.`,
      );
    }
    tiers.add(book.tier);
    book.templates.forEach((t, i) => {
      const where = `task ${i + 1} of tier "${book.tier}"`;
      const fail = (key: string, field: string, expected: string, found: unknown): never => {
        throw new InputError(
          key,
          { task: i + 1, tier: book.tier, found: show(found) },
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
}
