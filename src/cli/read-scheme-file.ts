import { readFileSync } from "node:fs";
import { InputError, parseScheme, type Scheme } from "../engine";
import { badInput } from "./cli-error";

/**
 * The scheme in a JSON file (as the pane's "Export scheme" saves it), validated by the engine's parseScheme: a bad
 * field is named, e.g. `--scheme scheme.json: Scheme, tiers.shares: expected 3 shares (one per tier), found 2.`
 */
export function readSchemeFile(path: string): Scheme {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw badInput(`--scheme: cannot read "${path}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parseScheme(text);
  } catch (e) {
    if (e instanceof InputError) throw badInput(`--scheme ${path}: ${e.message}`);
    throw e;
  }
}
