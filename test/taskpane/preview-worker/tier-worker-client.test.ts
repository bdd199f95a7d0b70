import { InputError } from "../../../src/engine/errors";
import { defaultScheme, type Scheme } from "../../../src/engine/scheme";
import { readTable } from "../../../src/engine/table";
import { sampleCustomers } from "../../../src/engine/sample";
import { runScheme } from "../../../src/taskpane/model/run-scheme";
import { ROWS_PER_PART, TierWorkerClient } from "../../../src/taskpane/preview-worker/tier-worker-client";
import { WorkerStandIn } from "../support/worker-stand-in";

// 25,000 seeded sample customers: Sales is column 4 (sample-customers.ts), so the parts are 20,000 + 5,000.
const table = readTable(sampleCustomers(25_000, 7));
const scheme = (labels: string[]): Scheme => {
  const s = defaultScheme();
  return { ...s, source: { ...s.source, columns: { value: 4 } }, tiers: { ...s.tiers, labels } };
};
const TODAY = new Date(Date.UTC(2025, 0, 1));
const run = (labels: string[]) => ({ table, scheme: scheme(labels), lang: "en-US" as const, today: TODAY });

describe("the tier worker client", () => {
  it("gives the tiers runScheme gives in place, customer names included", async () => {
    const client = new TierWorkerClient(new WorkerStandIn());
    const outcome = await client.run(run(["A", "B", "C"]));
    const inPlace = runScheme(run(["A", "B", "C"]));
    expect(outcome && "output" in outcome).toBe(true);
    const output = (outcome as { output: typeof inPlace }).output;
    expect(Array.from(output.result.tier)).toEqual(Array.from(inPlace.result.tier));
    expect(Array.from(output.result.rank)).toEqual(Array.from(inPlace.result.rank));
    expect(Array.from(output.result.value)).toEqual(Array.from(inPlace.result.value));
    expect(output.result.tiers).toEqual(inPlace.result.tiers);
    expect(output.result.customers).toEqual(inPlace.result.customers);
    expect(output.report).toEqual(inPlace.report);
  });

  it("sends a table once, in parts of ROWS_PER_PART rows, and only the settings after that", async () => {
    const worker = new WorkerStandIn();
    const client = new TierWorkerClient(worker);
    await client.run(run(["A", "B", "C"]));
    await client.run(run(["Gold", "Silver", "Bronze"]));
    const parts = worker.messages.filter((m) => m.kind === "rows");
    expect(ROWS_PER_PART).toBe(20_000);
    expect(parts.map((m) => (m.kind === "rows" ? m.rows.length : 0))).toEqual([20_000, 5_000]);
    expect(worker.messages.filter((m) => m.kind === "table")).toHaveLength(1);
    expect(worker.runs()).toBe(2);
  });

  it("runs the latest of a burst: a run replaced before it was sent resolves with nothing", async () => {
    const worker = new WorkerStandIn();
    const client = new TierWorkerClient(worker);
    const first = client.run(run(["A", "B", "C"]));
    const second = client.run(run(["A", "B", "Cx"]));
    const third = client.run(run(["A", "B", "Cxy"]));
    const [a, b, c] = await Promise.all([first, second, third]);
    expect(a && "output" in a && a.output.result.labels).toEqual(["A", "B", "C"]);
    expect(b).toBeUndefined();
    expect(c && "output" in c && c.output.result.labels).toEqual(["A", "B", "Cxy"]);
    expect(worker.runs()).toBe(2);
  });

  it("brings the engine's InputError back as an InputError with its catalog key", async () => {
    const client = new TierWorkerClient(new WorkerStandIn());
    const s = scheme(["A", "B", "C"]);
    const bad: Scheme = { ...s, tiers: { ...s.tiers, shares: [60, 30, 30] } };
    const outcome = await client.run({ table, scheme: bad, lang: "en-US", today: TODAY });
    let thrown: unknown;
    try {
      runScheme({ table, scheme: bad, lang: "en-US", today: TODAY });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    const error = outcome && "error" in outcome ? outcome.error : undefined;
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).key).toBe((thrown as InputError).key);
    expect((error as InputError).params).toEqual((thrown as InputError).params);
  });

  it("fails every waiting run when the worker dies", async () => {
    const worker = new WorkerStandIn();
    const client = new TierWorkerClient(worker);
    const pending = client.run(run(["A", "B", "C"]));
    worker.crash("out of memory");
    await expect(pending).rejects.toThrow("tier worker: out of memory");
  });
});
