import type { KeptExternalLinks } from "./external-links";
import type { SheetPartsCopier } from "./sheet-parts-writing";
import { withWorkbookChildren } from "./workbook-children-xml";

interface Zip {
  file(path: string): { async(type: "string"): Promise<string> } | null;
  file(path: string, data: string): unknown;
}

const WORKBOOK = "xl/workbook.xml";

/**
 * An opened file's links to other workbooks (external-links.ts) into the package ExcelJS wrote: the External
 * Workbook parts copied byte for byte with their relationships to the other workbooks (sheet-parts-writing.ts; the
 * workbook part relates to the copies), and the externalReferences element, its r:ids re-pointed and its order kept
 * (formulas name a link by its place), at its place in CT_Workbook (§18.2.27, workbook-children-xml.ts). Before
 * `copier.finish()`, which types the copies.
 */
export async function keepExternalLinks(
  zip: Zip,
  links: KeptExternalLinks | undefined,
  copier: SheetPartsCopier,
): Promise<void> {
  if (!links) return;
  const [element] = await copier.sheet(WORKBOOK, links.parts, [{ element: "externalReferences", xml: links.xml }]);
  const part = zip.file(WORKBOOK);
  if (!part) throw new Error(`The workbook package has no ${WORKBOOK}.`);
  zip.file(WORKBOOK, withWorkbookChildren(await part.async("string"), [element.xml]));
}
