import { InputError } from "../errors";
import { schemeSchema, type Scheme } from "./scheme-schema";

/** "method.factors[1].weight" from a zod path. */
function showPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `${out ? "." : ""}${String(p)}`;
  return out || "(scheme)";
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function showValue(v: unknown): string {
  if (v === undefined) return "nothing";
  const text = JSON.stringify(v);
  return text === undefined ? String(v) : text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Reads a scheme (JSON text, e.g. from the workbook's settings, or an already-parsed object) and
 * validates it. Throws InputError("scheme.invalid") naming the first bad field, what was expected and
 * what was found, e.g. `Scheme, method.bounds[1]: expected a value below 1000 …, found 2000.`
 */
export function parseScheme(json: unknown): Scheme {
  let data: unknown = json;
  if (typeof json === "string") {
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new InputError(
        "scheme.json",
        { found: (e as Error).message },
        `Scheme: expected JSON text, found text that does not parse (${(e as Error).message}).`,
      );
    }
  }
  const parsed = schemeSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = showPath(issue.path);
  const found = showValue(valueAt(data, issue.path));
  const message = /found/.test(issue.message) ? issue.message : `${issue.message}, found ${found}`;
  throw new InputError("scheme.invalid", { field: where, message, found }, `Scheme, ${where}: ${message}.`);
}
