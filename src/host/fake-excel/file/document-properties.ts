import type { ContentTypes } from "./content-types";
import { ElementsAsXml } from "./elements-as-xml";
import { type Relationship, type XlsxPackage, relType } from "./xlsx-package";
import { XmlScanner } from "./xml-scanner";

/** A part the package relates to from its root, copied whole: its relationship's type, its name and content type. */
export interface KeptRootPart {
  readonly type: string;
  readonly path: string;
  readonly contentType: string;
  readonly xml: string;
}

/**
 * An opened file's document properties (File › Info › Properties), kept for its download as the file wrote them:
 * the core properties part (ECMA-376 Part 2 §11: title, subject, author, keywords, category, created …), which
 * replaces the one ExcelJS writes; the custom properties part (Part 1 §15.2.12.2, §22.3: the user's own
 * properties, and a sensitivity label as MSIP_Label_… properties) and the sensitivity label part (LabelInfo, where
 * a label policy puts it instead: MS-OFFCRYPTO §2.6.2–2.6.3,
 * https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-offcrypto/13939de6-c833-44ab-b213-e0088bf02341),
 * copied whole; and of the extended properties part (§15.2.12.3, §22.2) the ones a user sets (APP_KEPT). The rest
 * of that part (the application, its version, the sheets' names) is the saving application's own record, which
 * the download's writer fills in.
 */
export interface KeptDocumentProperties {
  readonly core?: string;
  readonly parts: readonly KeptRootPart[];
  /** The extended properties' user-set elements, as written. */
  readonly app: readonly string[];
}

/** Extended properties a user sets (§22.2.2.5 Company, §22.2.2.17 Manager, §22.2.2.11 HyperlinkBase). */
export const APP_KEPT: readonly string[] = ["Company", "Manager", "HyperlinkBase"];

/** The package relationship types of the document properties' parts (Part 2 §11.1; Part 1 §15.2.12.2–3). */
export const CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
const EXTENDED_PROPERTIES = "extended-properties";

/**
 * The root parts copied whole, by relationship type, with the content type a package without its own gives them:
 * custom properties (§15.2.12.2) and the sensitivity label (MS-OFFCRYPTO §2.6.2).
 */
export const ROOT_PARTS_COPIED: ReadonlyMap<string, string> = new Map([
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  ],
  [
    "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
    "application/vnd.ms-office.classificationlabels+xml",
  ],
]);

/** The user-set elements of an extended properties part, in the file's order. */
function appKept(xml: string): string[] {
  const found = new ElementsAsXml((name, depth) => depth === 2 && APP_KEPT.includes(name));
  const scanner = new XmlScanner(found);
  scanner.write(xml);
  scanner.end();
  return found.elements.map((e) => e.xml);
}

/**
 * The package's document properties, from its root relationships; undefined when it has none. A part its
 * relationship names but the package lacks is no property (the file is damaged there; Excel would drop it too).
 */
export async function keptDocumentProperties(
  pkg: XlsxPackage,
  types: ContentTypes,
  rootRels: readonly Relationship[],
): Promise<KeptDocumentProperties | undefined> {
  const text = (rel: Relationship | undefined) => (rel === undefined ? undefined : pkg.text(rel.target));
  const core = await text(rootRels.find((r) => r.type === CORE_PROPERTIES));
  const extended = await text(rootRels.find((r) => relType(r) === EXTENDED_PROPERTIES));
  const app = extended === undefined ? [] : appKept(extended);
  const parts: KeptRootPart[] = [];
  for (const rel of rootRels) {
    const standard = ROOT_PARTS_COPIED.get(rel.type);
    const xml = standard === undefined ? undefined : await pkg.text(rel.target);
    const contentType = types.of(rel.target) ?? standard;
    if (xml !== undefined && contentType !== undefined)
      parts.push({ type: rel.type, path: rel.target, contentType, xml });
  }
  if (core === undefined && parts.length === 0 && app.length === 0) return undefined;
  return { ...(core !== undefined ? { core } : {}), parts, app };
}
