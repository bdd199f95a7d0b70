import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

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

  it("holds exactly the thirteen TIER functions, with their Excel names", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(EXPECTED.map((e) => e[0]));
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it.each(EXPECTED)("declares TIER.%s → %s with its parameters, optional flags and result", (id, exportName, params, result) => {
    const f = metadata.functions.find((x) => x.id === id)!;
    expect(f.parameters.map(describeParam)).toEqual(params);
    expect(f.result.dimensionality ?? "scalar").toBe(result);
    expect(f.description).toBeTruthy();
    for (const p of f.parameters) expect(p.description).toBeTruthy();
    expect(associate.find((a) => a.id === id)?.functionName).toBe(exportName);
    expect(typeof (functions as Record<string, unknown>)[exportName]).toBe("function");
  });

  it("types ranges as any so blanks, text and errors reach the function instead of failing in Excel", () => {
    for (const f of metadata.functions) for (const p of f.parameters.filter((q) => q.dimensionality === "matrix")) expect(p.type).toBe("any");
  });
});
