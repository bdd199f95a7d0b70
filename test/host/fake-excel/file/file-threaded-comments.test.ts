import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { fixtureBytes } from "./fixture-files";
import { downloadWithTierColumn } from "./opened-fixture";
import { Package } from "./package-reader";

/**
 * A user's threaded comments (Excel 365's comments with replies, MS-XLSX
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/e0fb917a-1107-409a-852f-13b47aea70dc) go from
 * the opened file into the download part by part: the sheet relates to its threadedComments part, the workbook part
 * to the persons part its comments name their authors from, and beside each thread is the legacy note Excel writes
 * for older versions (comments part and VML). The fixture threaded-comments.xlsx is xlsxwriter's three sheets and
 * notes with those parts added by make_fixtures.py (write_threads): a thread with a reply on "Review" B2 beside a
 * plain note at C3, a thread on "Plan" A1, none on "Data".
 */
const FILE = "threaded-comments.xlsx";
const THREADS_TYPE = "application/vnd.ms-excel.threadedcomments+xml";
const PERSONS_TYPE = "application/vnd.ms-excel.person+xml";
const FOLLOWED = new Set(["threadedComment", "comments", "vmlDrawing"]);

/** The parts the workbook part relates to as its persons part. */
async function personsParts(pkg: Package): Promise<string[]> {
  return (await pkg.rels("xl/workbook.xml")).filter((r) => r.kind === "person").map((r) => r.target);
}

/** The package's parts of a content type. */
async function partsOfType(pkg: Package, type: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of pkg.parts()) if ((await pkg.contentType(p)) === type) out.push(p);
  return out;
}

/** Every internal relationship target of every part that is not a part of the package (OPC Part 2 §9.3). */
async function unresolved(pkg: Package): Promise<string[]> {
  const parts = new Set(pkg.parts());
  const out: string[] = [];
  for (const source of pkg.parts().filter((p) => !p.includes("_rels/")))
    for (const r of await pkg.rels(source))
      if (!r.external && r.kind !== "hyperlink" && !parts.has(r.target)) out.push(`${source} → ${r.target}`);
  return out;
}

const hex = async (pkg: Package, part: string) => Buffer.from(await pkg.bytes(part)).toString("hex");

describe("a user's threaded comments", () => {
  it("are not named as dropped on opening: each sheet with threads carries its threads, notes and the persons part", async () => {
    const opened = await openWorkbookFile(FILE, fixtureBytes(FILE));
    expect(opened.notKept).toEqual([]);
    const names = (sheet: string) =>
      opened.sheets
        .find((s) => s.name === sheet)!
        .kept?.parts?.parts.map((p) => p.name)
        .sort();
    expect(names("Review")).toEqual([
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/persons/person.xml",
      "xl/threadedComments/threadedComment1.xml",
    ]);
    expect(names("Plan")).toEqual([
      "xl/comments2.xml",
      "xl/drawings/vmlDrawing2.vml",
      "xl/persons/person.xml",
      "xl/threadedComments/threadedComment2.xml",
    ]);
    expect(names("Data")).toBeUndefined();
  });

  it("go into the download byte for byte with their notes, the persons part related once from the workbook, every relationship resolving", async () => {
    const fixture = await Package.load(fixtureBytes(FILE));
    const bytes = await downloadWithTierColumn(FILE);
    const saved = await Package.load(bytes);
    for (const sheet of ["Review", "Plan"]) {
      const before = await fixture.reachedContent(sheet, FOLLOWED);
      expect(before.map((p) => p.chain)).toEqual(["comments", "threadedComment", "vmlDrawing"]);
      expect(before.find((p) => p.chain === "threadedComment")?.type).toBe(THREADS_TYPE);
      expect(await saved.reachedContent(sheet, FOLLOWED)).toEqual(before);
    }
    const persons = await personsParts(saved);
    expect(persons).toHaveLength(1);
    expect(await hex(saved, persons[0])).toBe(await hex(fixture, "xl/persons/person.xml"));
    expect(await saved.contentType(persons[0])).toBe(PERSONS_TYPE);
    expect(await partsOfType(saved, PERSONS_TYPE)).toEqual(persons);
    expect(await unresolved(saved)).toEqual([]);
    // Opened again, the download has them all, nothing named.
    expect((await openWorkbookFile("again.xlsx", bytes)).notKept).toEqual([]);
    // The tier column went in beside them.
    expect(await saved.text("xl/sharedStrings.xml")).toContain("<t>Tier</t>");
  });

  it("go with their sheet when it is deleted; the persons part stays while a saved sheet has threads", async () => {
    const fixture = await Package.load(fixtureBytes(FILE));
    const saved = await Package.load(
      await downloadWithTierColumn(FILE, (ctx) => ctx.workbook.worksheets.getItem("Review").delete()),
    );
    const threads = await partsOfType(saved, THREADS_TYPE);
    expect(await Promise.all(threads.map((p) => hex(saved, p)))).toEqual([
      await hex(fixture, "xl/threadedComments/threadedComment2.xml"),
    ]);
    expect(await personsParts(saved)).toHaveLength(1);
    expect(await unresolved(saved)).toEqual([]);
  });

  it("leave no persons part behind when every sheet with threads is deleted", async () => {
    const saved = await Package.load(
      await downloadWithTierColumn(FILE, (ctx) => {
        ctx.workbook.worksheets.getItem("Review").delete();
        ctx.workbook.worksheets.getItem("Plan").delete();
      }),
    );
    expect(await partsOfType(saved, THREADS_TYPE)).toEqual([]);
    expect(await partsOfType(saved, PERSONS_TYPE)).toEqual([]);
    expect(saved.parts().filter((p) => /person|threaded/i.test(p))).toEqual([]);
    expect(await personsParts(saved)).toEqual([]);
  });

  it("are named when the workbook's persons part is missing, and not copied; their notes are kept", async () => {
    const zip = await JSZip.loadAsync(fixtureBytes(FILE));
    zip.remove("xl/persons/person.xml");
    const broken = await zip.generateAsync({ type: "uint8array" });
    const opened = await openWorkbookFile("broken.xlsx", broken);
    expect(opened.notKept).toEqual([{ feature: "threadedComments", sheets: ["Review", "Plan"] }]);
    const fixture = await Package.load(fixtureBytes(FILE));
    const saved = await Package.load(await downloadWithTierColumn(FILE, undefined, broken));
    expect(await partsOfType(saved, THREADS_TYPE)).toEqual([]);
    expect(await personsParts(saved)).toEqual([]);
    const notes = new Set(["comments", "vmlDrawing"]);
    expect(await saved.reachedContent("Review", notes)).toEqual(await fixture.reachedContent("Review", notes));
    expect(await unresolved(saved)).toEqual([]);
  });

  it("go only with the notes Excel writes beside them: a sheet whose note boxes are missing has both named", async () => {
    const zip = await JSZip.loadAsync(fixtureBytes(FILE));
    zip.remove("xl/drawings/vmlDrawing1.vml");
    const opened = await openWorkbookFile("broken.xlsx", await zip.generateAsync({ type: "uint8array" }));
    expect(opened.notKept).toEqual([
      { feature: "comments", sheets: ["Review"] },
      { feature: "threadedComments", sheets: ["Review"] },
    ]);
    expect(opened.sheets.find((s) => s.name === "Review")!.kept?.parts).toBeUndefined();
    expect(opened.sheets.find((s) => s.name === "Plan")!.kept?.parts?.parts).toHaveLength(4);
  });
});
