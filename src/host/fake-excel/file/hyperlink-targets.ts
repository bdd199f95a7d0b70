import type { KeptElement } from "../state";

/** A start tag's r:id attributes (the relationships namespace's id, ECMA-376 Part 1 §22.8.2.1), as written. */
const RELATIONSHIP_ID = /\sr:id\s*=\s*"([^"]*)"/g;

/**
 * A sheet's kept elements with each external hyperlink's address: a `<hyperlink r:id>` (§18.3.1.47) points at a
 * relationship of the sheet part with TargetMode="External" (`external`: id → target), which the download gives a
 * fresh id (hyperlink-rels.ts). A hyperlinks element with an id the part does not have is left out and the sheet
 * named to `notKept` ("hyperlinks"): its links lead nowhere and the download cannot keep them.
 */
export function withHyperlinkTargets(
  elements: readonly KeptElement[],
  external: ReadonlyMap<string, string>,
  notKept: () => void,
): KeptElement[] {
  return elements.flatMap((e) => {
    if (e.element !== "hyperlinks") return [e];
    const ids = [...new Set([...e.xml.matchAll(RELATIONSHIP_ID)].map((m) => m[1]))];
    if (ids.some((id) => !external.has(id))) {
      notKept();
      return [];
    }
    return [ids.length === 0 ? e : { ...e, links: ids.map((id) => [id, external.get(id) ?? ""] as const) }];
  });
}
