import { customerKey, customerName, type Table } from "../../engine/table";
import { InputError } from "../../engine/errors";
import { starterTemplates, type CategoryPlaybook, type PlaybookStarter, type PlaybookTarget } from "../../engine/tasks";
import type { TasksDraft } from "./tasks-draft";

/** The most values the value drop-down lists: a column with more is not a category (names, amounts). */
export const MAX_CATEGORY_VALUES = 100;

/**
 * A column's distinct values as a category drop-down offers them: compared as customer keys (trimmed,
 * case- and width-insensitive, as the playbooks match), each shown as first spelled, most customers
 * first (ties in order of first appearance), blank and error cells left out; `more` when there are over `max`.
 */
export function categoryValues(
  table: Table,
  column: number,
  max = MAX_CATEGORY_VALUES,
): { values: string[]; more: boolean } {
  const seen = new Map<string, { text: string; count: number }>();
  for (const row of table.rows) {
    const cell = customerName(row[column]);
    if (!cell) continue;
    const v = seen.get(cell.key);
    if (v) v.count++;
    else seen.set(cell.key, { text: cell.name, count: 1 });
  }
  const all = [...seen.values()].sort((a, b) => b.count - a.count);
  return { values: all.slice(0, max).map((v) => v.text), more: all.length > max };
}

/** The draft's category playbooks (none in a draft made before they existed). */
export const categoryPlaybooksOf = (d: TasksDraft): readonly CategoryPlaybook[] => d.categoryPlaybooks ?? [];

/** Whether the draft already has a playbook for this column value (as validatePlaybooks compares them). */
export function hasCategoryPlaybook(d: TasksDraft, target: Pick<PlaybookTarget, "column" | "value">): boolean {
  const key = customerKey(target.value);
  return categoryPlaybooksOf(d).some((b) => b.target.column === target.column && customerKey(b.target.value) === key);
}

/** The draft with a playbook for `target` added last, starting with the starter's tasks. */
export function addCategoryPlaybook(d: TasksDraft, target: PlaybookTarget, starter: PlaybookStarter): TasksDraft {
  const book: CategoryPlaybook = { target, templates: starterTemplates(starter) };
  return { ...d, categoryPlaybooks: [...categoryPlaybooksOf(d), book] };
}

/** The draft with category playbook `i` replaced (edited) or, without `next`, removed. */
export function setCategoryPlaybook(d: TasksDraft, i: number, next?: CategoryPlaybook): TasksDraft {
  const books = categoryPlaybooksOf(d);
  return {
    ...d,
    categoryPlaybooks: next ? books.map((b, j) => (j === i ? next : b)) : books.filter((_, j) => j !== i),
  };
}

/**
 * Refuses a category playbook whose column is not where it was chosen (another selection, columns
 * moved): reading another column would match the wrong customers without a word.
 */
export function checkTargetsAgainst(table: Table, books: readonly CategoryPlaybook[]): void {
  for (const { target } of books) {
    const found = table.columns.find((c) => c.index === target.column)?.header;
    if (found !== target.header) {
      throw new InputError(
        "playbooks.columnMoved",
        { column: target.header, value: target.value, found: found ?? "—" },
        `The playbook for "${target.header}" = "${target.value}" reads column ${target.column + 1}, which is now ${
          found === undefined ? "not in the table" : `"${found}"`
        }. Remove the playbook and add it again for the column you mean.`,
      );
    }
  }
}
