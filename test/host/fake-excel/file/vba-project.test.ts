import JSZip from "jszip";
import { NotKeptList } from "../../../../src/host/fake-excel/file/not-kept";
import { keptVba } from "../../../../src/host/fake-excel/file/vba-project";
import { XlsxPackage } from "../../../../src/host/fake-excel/file/xlsx-package";

/**
 * keptVba on packages written here: a workbook part xl/workbook.xml, its relationships, and a VBA project
 * (MS-XLSB §2.1.7.56: the target of the workbook part's …/2006/relationships/vbaProject relationship, typed
 * application/vnd.ms-office.vbaProject) with its signature (§2.1.7.58, the target of the project's relationship).
 */
// As MS-XLSB §2.1.7.56 and §2.1.7.58 give them (written out here, not imported: a test of the constants too).
const VBA_PROJECT_RELATIONSHIP = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
const VBA_PROJECT_CONTENT_TYPE = "application/vnd.ms-office.vbaProject";
const SIGNATURE_RELATIONSHIP = "http://schemas.microsoft.com/office/2006/relationships/vbaProjectSignature";
const SIGNATURE_CONTENT_TYPE = "application/vnd.ms-office.vbaProjectSignature";
const PROJECT_BYTES = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]);
const SIGNATURE_BYTES = new Uint8Array([9, 8, 7]);

const WORKBOOK_WITH_CODE_NAME = '<workbook xmlns="main"><workbookPr codeName="TierBook"/><sheets/></workbook>';
const WORKBOOK_PLAIN = '<workbook xmlns="main"><workbookPr date1904="0"/><sheets/></workbook>';

const rels = (...entries: [id: string, type: string, target: string][]) =>
  `<Relationships>${entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`;

interface PackageSpec {
  /** The workbook part's relationships; the project's by default. */
  readonly workbookRels?: string;
  readonly projectType?: string;
  /** Whether the project relates to a signature, and whether the signature part is there. */
  readonly signature?: "none" | "present" | "missing";
  readonly project?: boolean;
  /** Whether the package has a [Content_Types].xml. */
  readonly types?: boolean;
}

async function pkgOf(spec: PackageSpec = {}): Promise<XlsxPackage> {
  const zip = new JSZip();
  const signature = spec.signature ?? "present";
  if (spec.types ?? true)
    zip.file(
      "[Content_Types].xml",
      `<Types><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/vbaProject.bin" ContentType="${spec.projectType ?? VBA_PROJECT_CONTENT_TYPE}"/>` +
        `<Override PartName="/xl/vbaProjectSignature.bin" ContentType="${SIGNATURE_CONTENT_TYPE}"/></Types>`,
    );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    spec.workbookRels ?? rels(["rId9", VBA_PROJECT_RELATIONSHIP, "vbaProject.bin"]),
  );
  if (spec.project ?? true) zip.file("xl/vbaProject.bin", PROJECT_BYTES);
  if (signature !== "none")
    zip.file("xl/_rels/vbaProject.bin.rels", rels(["rId1", SIGNATURE_RELATIONSHIP, "vbaProjectSignature.bin"]));
  if (signature === "present") zip.file("xl/vbaProjectSignature.bin", SIGNATURE_BYTES);
  return XlsxPackage.open(await zip.generateAsync({ type: "uint8array" }));
}

async function vbaOf(pkg: XlsxPackage, workbookXml = WORKBOOK_WITH_CODE_NAME) {
  const notKept = new NotKeptList();
  const vba = await keptVba(pkg, "xl/workbook.xml", workbookXml, notKept);
  return { vba, notKept: notKept.list() };
}

describe("keptVba", () => {
  it("keeps the workbook's code name and the project with its signature, byte for byte, the project first", async () => {
    const { vba, notKept } = await vbaOf(await pkgOf());
    expect(notKept).toEqual([]);
    expect(vba?.codeName).toBe("TierBook");
    expect(vba?.project?.relationships).toEqual([
      { id: "rId9", type: VBA_PROJECT_RELATIONSHIP, target: "xl/vbaProject.bin", external: false },
    ]);
    expect(vba?.project?.parts.map((p) => [p.name, p.contentType, [...p.bytes]])).toEqual([
      ["xl/vbaProject.bin", VBA_PROJECT_CONTENT_TYPE, [...PROJECT_BYTES]],
      ["xl/vbaProjectSignature.bin", SIGNATURE_CONTENT_TYPE, [...SIGNATURE_BYTES]],
    ]);
  });

  it("keeps an unsigned project without a code name, and gives no codeName key", async () => {
    const { vba, notKept } = await vbaOf(await pkgOf({ signature: "none" }), WORKBOOK_PLAIN);
    expect(notKept).toEqual([]);
    expect(Object.keys(vba ?? {})).toEqual(["project"]);
    expect(vba?.project?.parts.map((p) => p.name)).toEqual(["xl/vbaProject.bin"]);
  });

  it("keeps a code name alone when the workbook has no project, and gives no project key", async () => {
    const { vba, notKept } = await vbaOf(await pkgOf({ workbookRels: rels(), project: false, signature: "none" }));
    expect(notKept).toEqual([]);
    expect(vba).toEqual({ codeName: "TierBook" });
  });

  it("reads the code name from workbookPr only", async () => {
    const xml = '<workbook><fileVersion codeName="NotThis"/><workbookPr/></workbook>';
    const { vba } = await vbaOf(await pkgOf({ workbookRels: rels(), project: false, signature: "none" }), xml);
    expect(vba).toBeUndefined();
  });

  it("gives nothing and names nothing for a workbook without VBA", async () => {
    const { vba, notKept } = await vbaOf(
      await pkgOf({ workbookRels: rels(), project: false, signature: "none" }),
      WORKBOOK_PLAIN,
    );
    expect(vba).toBeUndefined();
    expect(notKept).toEqual([]);
  });

  it.each<[string, PackageSpec]>([
    ["whose part is missing", { project: false, signature: "none" }],
    ["typed otherwise than MS-XLSB types it", { projectType: "application/octet-stream" }],
    ["whose signature is missing", { signature: "missing" }],
    ["in a package that types no part ([Content_Types].xml missing)", { types: false }],
  ])("names a project %s as macros, keeping the code name", async (_what, spec) => {
    const { vba, notKept } = await vbaOf(await pkgOf(spec));
    expect(notKept).toEqual([{ feature: "macros", sheets: [] }]);
    expect(vba).toEqual({ codeName: "TierBook" });
  });

  it("names a vbaProject.bin no relationship names as macros", async () => {
    const { vba, notKept } = await vbaOf(await pkgOf({ workbookRels: rels() }), WORKBOOK_PLAIN);
    expect(notKept).toEqual([{ feature: "macros", sheets: [] }]);
    expect(vba).toBeUndefined();
  });

  it("finds the project's relationship among the workbook part's others", async () => {
    const styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    const workbookRels = rels(["rId1", styles, "styles.xml"], ["rId2", VBA_PROJECT_RELATIONSHIP, "vbaProject.bin"]);
    const { vba } = await vbaOf(await pkgOf({ workbookRels, signature: "none" }));
    expect(vba?.project?.relationships.map((r) => r.id)).toEqual(["rId2"]);
  });
});
