import type { Grid } from "../../../src/engine/cells";
import { defaultScheme } from "../../../src/engine/scheme";
import { readTable } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import { NAME_SEPARATOR, packOutput, unpackOutput } from "../../../src/taskpane/preview-worker/reply-packing";

const grid = (names: string[]): Grid => [["Customer", "Sales"], ...names.map((n, i) => [n, i + 1])];
const tiered = (names: string[]) => tierTable(readTable(grid(names)), defaultScheme());
/** What postMessage does with the packed reply: a structured clone, the listed buffers moved rather than copied. */
const sent = (names: string[]) => {
  const output = tiered(names);
  const packed = packOutput(output);
  const arrived = structuredClone(packed, { transfer: packed.transfer });
  return { output, packed, received: unpackOutput(arrived.output, arrived.customerNames) };
};

describe("packing the worker's reply", () => {
  it("arrives with the same tiers, figures and customer names as the engine made", () => {
    const names = ["Acme", "北京华联", "Ｂｅｔａ", "", "Delta GmbH"];
    const { output, received } = sent(names);
    expect(received.result.customers).toEqual(output.result.customers);
    expect(Array.from(received.result.tier)).toEqual(Array.from(output.result.tier));
    expect(Array.from(received.result.rank)).toEqual(Array.from(output.result.rank));
    expect(received.result.tiers).toEqual(output.result.tiers);
  });

  it("sends the names as one string, and the per-row arrays as copies whose buffers move", () => {
    const bytes = packOutput(tiered(["Acme", "Beta", "Gamma"])).customerNames;
    expect(new TextDecoder().decode(bytes)).toBe(["Acme", "Beta", "Gamma"].join(NAME_SEPARATOR));
    const { output, packed } = sent(["Acme", "Beta", "Gamma"]);
    expect(packed.customerNames?.byteLength).toBe(0); // moved away by the transfer
    expect(packed.output.result.customers).toBeUndefined();
    // The engine's own arrays were not moved: still readable after the transfer.
    expect(output.result.tier.length).toBe(3);
    expect(packed.transfer).toContain(packed.output.result.tier.buffer);
    expect(packed.output.result.tier.byteLength).toBe(0); // moved away by the transfer
  });

  it("keeps the names as a list when one of them holds the separator", () => {
    const names = ["Acme", `Be${NAME_SEPARATOR}ta`];
    const { packed, received } = sent(names);
    expect(packed.customerNames).toBeUndefined();
    expect(received.result.customers).toEqual(names);
  });
});
