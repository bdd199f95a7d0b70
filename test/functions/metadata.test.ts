import { readFileSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}
// The build step webpack runs after the metadata plugin (webpack.config.js, FunctionsMetadataStep).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require("../../src/functions/build-metadata.cjs") as {
  buildFunctionsMetadata: (m: Metadata) => { en: Metadata; zhCN: Metadata };
  helpProblems: (m: Metadata) => string[];
  ZH_CN_FILE: string;
};

interface Parameter {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

// What the table asks for: Excel name, export, parameters (name, dimensionality, optional),
// and the result's dimensionality. "m" = matrix (a range), "s" = scalar; "?" marks an optional argument.
const EXPECTED: [id: string, exportName: string, params: string[], result: "matrix" | "scalar"][] = [
  ["ABC", "abc", ["values:m", "shares:m?", "labels:m?"], "matrix"],
  ["PARETO", "pareto", ["values:m", "shares:m?", "labels:m?"], "matrix"],
  ["COMPUTED", "computed", ["values:m", "labels:m?"], "matrix"],
  ["BREAKS", "breaks", ["values:m", "k:s?", "labels:m?"], "matrix"],
  ["THRESHOLD", "threshold", ["values:m", "bounds:m", "labels:m?"], "matrix"],
  ["OF", "tierOf", ["value:s", "values:m", "method:s?", "labels:m?"], "scalar"],
  ["SCORE", "score", ["factors:m", "weights:m", "directions:m?"], "matrix"],
  ["RFM", "rfm", ["recency:m", "frequency:m", "monetary:m"], "matrix"],
  ["SEGMENT", "segment", ["r:m", "f:m", "m:m", "model:s?"], "matrix"],
  ["LIFECYCLE", "lifecycle", ["first:m", "last:m", "asOf:s", "windows:m?", "labels:m?"], "matrix"],
  ["COMMISSION", "commission", ["sales:m", "thresholds:m", "rates:m", "mode:s?"], "matrix"],
  ["STAGES", "stages", ["target:s", "rates:m"], "matrix"],
  ["RATES", "rates", ["counts:m"], "matrix"],
  ["FORECAST", "forecast", ["counts:m", "rates:m"], "scalar"],
  ["ALLOCATE", "allocate", ["total:s", "weights:m"], "matrix"],
];

function describeParam(p: Parameter): string {
  return `${p.name}:${p.dimensionality === "matrix" ? "m" : "s"}${p.optional ? "?" : ""}`;
}

describe("generated functions.json", () => {
  let metadata: { functions: FunctionMetadata[] };
  let errors: string[];
  let associate: { functionName: string; id: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"));
    errors = result.errors;
    associate = result.associate;
    metadata = result.metadataJson ? JSON.parse(result.metadataJson) : { functions: [] };
  }, 30000);

  it("is generated without errors", () => {
    expect(errors).toEqual([]);
  });

  it("holds exactly the fifteen TIER functions, with their Excel names", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(EXPECTED.map((e) => e[0]));
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it.each(EXPECTED)(
    "declares TIER.%s → %s with its parameters, optional flags and result",
    (id, exportName, params, result) => {
      const f = metadata.functions.find((x) => x.id === id)!;
      expect(f.parameters.map(describeParam)).toEqual(params);
      expect(f.result.dimensionality ?? "scalar").toBe(result);
      expect(f.description).toBeTruthy();
      for (const p of f.parameters) expect(p.description).toBeTruthy();
      expect(associate.find((a) => a.id === id)?.functionName).toBe(exportName);
      expect(typeof (functions as Record<string, unknown>)[exportName]).toBe("function");
    },
  );

  it("types ranges as any so blanks, text and errors reach the function instead of failing in Excel", () => {
    for (const f of metadata.functions)
      for (const p of f.parameters.filter((q) => q.dimensionality === "matrix")) expect(p.type).toBe("any");
  });
});

describe("functions.json and functions.zh-CN.json as the build writes them", () => {
  let generated: Metadata;
  let en: Metadata;
  let zh: Metadata;

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"));
    generated = JSON.parse(result.metadataJson);
    ({ en, zhCN: zh } = build.buildFunctionsMetadata(generated));
  }, 30000);

  it("lets error cells reach the functions (allowErrorForDataTypeAny), which the JSDoc alone does not", () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany:
    // a top-level flag for every parameter typed any; without it Excel shows #N/A instead of calling.
    expect(generated.allowErrorForDataTypeAny).toBeUndefined();
    expect(en.allowErrorForDataTypeAny).toBe(true);
    expect(zh.allowErrorForDataTypeAny).toBe(true);
    for (const f of en.functions)
      for (const p of f.parameters.filter((q) => q.dimensionality === "matrix")) expect(p.type).toBe("any");
  });

  it("says in English exactly what the JSDoc in functions.ts says (one source: function-help.json)", () => {
    expect(en.functions).toEqual(generated.functions);
  });

  it("has a Chinese text for every function and every argument", () => {
    expect(build.helpProblems(generated)).toEqual([]);
    const cjk = /[\u4e00-\u9fff]/;
    for (const f of zh.functions) {
      expect(f.description).toMatch(cjk);
      for (const p of f.parameters) expect(`${f.id} ${p.name}: ${p.description}`).toMatch(cjk);
    }
  });

  it("keeps ids, names (TIER.ABC in both languages), arguments and types equal in both files", () => {
    const shape = (m: Metadata) =>
      m.functions.map((f) => ({
        ...f,
        description: "",
        parameters: f.parameters.map((p) => ({ ...p, description: "" })),
      }));
    expect(shape(zh)).toEqual(shape(en));
    expect(zh.functions.map((f) => f.name)).toEqual(EXPECTED.map((e) => e[0]));
  });

  it("stops the build when an argument is added without its help texts", () => {
    // "extra": an argument TIER.SEGMENT does not have (its optional model argument has its texts).
    const withExtra: Metadata = {
      functions: generated.functions.map((f) =>
        f.id === "SEGMENT"
          ? { ...f, parameters: [...f.parameters, { name: "extra", type: "any", description: "Something extra." }] }
          : f,
      ),
    };
    expect(build.helpProblems(withExtra)).toEqual([
      "TIER.SEGMENT, argument extra, has no en text.",
      "TIER.SEGMENT, argument extra, has no zh-CN text.",
    ]);
    expect(() => build.buildFunctionsMetadata(withExtra)).toThrow("TIER.SEGMENT, argument extra, has no zh-CN text.");
  });

  it("is the step webpack runs right after the metadata plugin", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../../webpack.config.js");
    const plugins: object[] = (await config({}, { mode: "development" })).plugins;
    const at = (name: string) => plugins.findIndex((p) => p.constructor.name === name);
    expect(at("CustomFunctionsMetadataPlugin")).toBeGreaterThanOrEqual(0);
    expect(at("FunctionsMetadataStep")).toBe(at("CustomFunctionsMetadataPlugin") + 1);
  });

  it("is what the manifest gives a zh-CN Excel", () => {
    const xml = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    const url = xml.match(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="([^"]+)">\s*<bt:Override Locale="zh-CN" Value="([^"]+)"\/>/,
    );
    expect(url?.[1]).toBe("https://localhost:3000/functions.json");
    expect(url?.[2]).toBe(`https://localhost:3000/${build.ZH_CN_FILE}`);
  });
});
