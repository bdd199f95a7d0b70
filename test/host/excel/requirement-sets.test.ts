import { readFileSync } from "node:fs";
import { MIN_EXCEL_API, OPTIONAL, REQUIRED, hostRequirements } from "../../../src/host/excel/requirement-sets";
import { versionAtLeast } from "../../../src/host/fake-excel/context";

/**
 * The requirement set of each member, as @types/office-js gives it ("[Api set: ExcelApi x.y]" in the
 * member's doc comment, the same text as its page on learn.microsoft.com/javascript/api/excel/).
 */
const dts = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8").split("\n");
const excelStart = dts.findIndex((l) => /^declare namespace Excel \{/.test(l));

function apiSetOf(member: string): string | undefined {
  const [owner, name] = member.split(".");
  const start = dts.findIndex((l, i) => i > excelStart && new RegExp(`^\\s*(?:class|enum) ${owner}\\b`).test(l));
  if (start < 0) return undefined;
  const at = dts.findIndex((l, i) => i > start && new RegExp(`^\\s*(?:readonly )?${name}\\s*[(:=?]`).test(l));
  if (at < 0) return undefined;
  // The doc comment right above the member.
  const doc = dts.slice(Math.max(0, at - 40), at).join("\n");
  return /\[Api set: ExcelApi (\d+\.\d+)/.exec(doc.slice(doc.lastIndexOf("/**")))?.[1];
}

describe("requirement sets, told truthfully", () => {
  it.each([...REQUIRED, ...OPTIONAL])(
    "$member is in ExcelApi $version (per @types/office-js)",
    ({ member, version }) => {
      expect(apiSetOf(member)).toBe(version);
    },
  );

  it("finds a member's set, so the check can fail (Table.resize is 1.13, not 1.7)", () => {
    expect(apiSetOf("Table.resize")).toBe("1.13");
    expect(apiSetOf("Worksheet.getRangeByIndexes")).not.toBe("1.4");
  });

  it("declares the highest required version as the minimum, in manifest.xml too", () => {
    const highest = REQUIRED.map((r) => r.version).reduce((a, b) => (versionAtLeast(a, b) ? a : b));
    expect(MIN_EXCEL_API).toBe(highest);
    const manifest = readFileSync("manifest.xml", "utf8");
    const base = manifest.slice(0, manifest.indexOf("<VersionOverrides"));
    expect(base).toContain(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/>`);
  });

  it("reports the features this Excel lacks, at each version", () => {
    const at = (v: string) => hostRequirements((name, need) => name === "ExcelApi" && versionAtLeast(v, need));
    expect(at("1.13")).toEqual({ minimum: "1.7", meetsMinimum: true, unavailable: [] });
    expect(at("1.8")).toEqual({
      minimum: "1.7",
      meetsMinimum: true,
      unavailable: ["paretoFunnelCharts", "printLayout", "tablesInSelection", "tableResize"],
    });
    expect(at("1.7").unavailable).toEqual([
      "statusLists",
      "paretoFunnelCharts",
      "printLayout",
      "tablesInSelection",
      "tableResize",
    ]);
    expect(at("1.4")).toEqual({
      minimum: "1.7",
      meetsMinimum: false,
      unavailable: [
        "movement",
        "tierColours",
        "statusLists",
        "paretoFunnelCharts",
        "printLayout",
        "tablesInSelection",
        "tableResize",
      ],
    });
  });
});
