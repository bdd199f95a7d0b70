import { parseScheme, type Scheme } from "../../engine/scheme";

/** Workbook setting (the host prefixes "TierLadder.") that holds the last scheme written (JSON, validated by parseScheme on the way back). */
export const SCHEME_SETTING = "scheme";

/** The saved setting as a scheme; a setting that no longer parses is ignored (the pane starts from the defaults rather than failing). */
export function parseSavedScheme(raw: unknown): Scheme | undefined {
  if (raw === undefined || raw === null) return undefined;
  try {
    return parseScheme(raw as Scheme);
  } catch {
    return undefined; // an old or damaged setting: start fresh
  }
}
