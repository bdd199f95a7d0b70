import type { KeptElement } from "../state";
import { StyleList } from "./style-list";

/** A cfRule's start tag (ECMA-376 Part 1 §18.3.1.10), any prefix; a `>` inside a quoted value does not end it. */
export const CF_RULE_TAG = /<((?:[\w.-]+:)?cfRule)(?=[\s/>])(?:"[^"]*"|'[^']*'|[^'">])*>/g;

const dxfIdOf = (tag: string) => /\sdxfId\s*=\s*["'](\d+)["']/.exec(tag)?.[1];

/** The differential formats (dxfId, §18.3.1.10) that kept conditional formats name, over all the sheets. */
export function keptDxfIds(sheets: readonly { readonly keptElements: readonly KeptElement[] }[]): number[] {
  const ids = new Set<number>();
  for (const s of sheets)
    for (const e of s.keptElements)
      if (e.element === "conditionalFormatting")
        for (const m of e.xml.matchAll(CF_RULE_TAG)) {
          const id = dxfIdOf(m[0]);
          if (id !== undefined) ids.add(Number(id));
        }
  return [...ids].sort((a, b) => a - b);
}

/**
 * The saved styles part with the opened file's differential formats that `ids` name copied into its dxfs (§18.8.15,
 * count updated; one equal to a dxf already there is not copied twice), and where each went: the file's dxfId →
 * the download's. A dxfId the file does not have gets none (the rule shows no format, as in the file; pointing it
 * at another dxf would show a format the file never had).
 */
export function withFileDxfs(
  stylesXml: string,
  fileDxfs: readonly string[],
  ids: readonly number[],
): { xml: string; dxfIds: Map<number, number> } {
  const dxfIds = new Map<number, number>();
  if (ids.length === 0) return { xml: stylesXml, dxfIds };
  const list = StyleList.of(stylesXml, "dxfs", "dxf");
  for (const id of ids) {
    const dxf = fileDxfs[id];
    if (dxf !== undefined) dxfIds.set(id, list.put(dxf));
  }
  return { xml: list.into(stylesXml), dxfIds };
}
