import { escapeJsonForXml, escapeXmlText, parseXmlPart } from "../../excel/xml-text";

/**
 * The namespace of the one custom XML part in a downloaded workbook that holds the workbook's settings
 * (Excel.Workbook.settings: the saved scheme and the rest of what the host keeps there). Office stores an
 * add-in's settings in the add-in's own web-extension part, which names the add-in and its store; a file
 * saved by the standalone mode has no such add-in, so the settings travel as a custom XML part beside the
 * last-run snapshot's parts (those go into the file as they are: they are custom XML parts in Excel too).
 */
export const SETTINGS_PART_NAMESPACE = "urn:tierladder:standalone-settings:1";

/** The settings as one custom XML part: `<settings xmlns="…">{JSON object of key → value}</settings>`. */
export function settingsToXmlPart(settings: ReadonlyMap<string, string>): string {
  const json = escapeJsonForXml(JSON.stringify(Object.fromEntries(settings)));
  return `<?xml version="1.0" encoding="UTF-8"?><settings xmlns="${SETTINGS_PART_NAMESPACE}">${escapeXmlText(json)}</settings>`;
}

/**
 * The settings read back from a custom XML part; undefined when the part is not ours (another namespace),
 * or is not what settingsToXmlPart writes (then the caller says the saved settings could not be read).
 */
export function settingsFromXmlPart(xml: string): Map<string, string> | undefined {
  const part = parseXmlPart(xml);
  if (!part || part.attributes.xmlns !== SETTINGS_PART_NAMESPACE || part.text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(part.text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed);
  if (!entries.every(([, v]) => typeof v === "string")) return undefined;
  return new Map(entries as [string, string][]);
}
