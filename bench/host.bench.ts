import type { Bench } from "./harness";
import { rankShareTiers } from "../src/engine/tiering/rank-share-tiers";
import { defaultLabels, NO_TIER } from "../src/engine/tiering/types";
import { mergePlans, movementPlan, snapshotOf, summarySheetPlan, tierColumnsPlan } from "../src/engine/plans";
import { createExcelHost, FIRST_WINDOW, PAYLOAD_BUDGET_BYTES, minimumChunks } from "../src/host/excel";
import { createOfficeJsExcel } from "../test/support/office-js";

/**
 * "read + tier + write tier columns + summary sheet": the real host code through Microsoft's office.js
 * (Excel.run, load, sync) on the fake Excel's workbook, counting the requests office.js really sends and
 * their serialized bodies in UTF-8 bytes, as Excel on the web measures its 5 MB limit.
 */
async function roundTrip(rows: number, columns: number) {
  const grid: (string | number)[][] = [
    ["Customer", "Sales", ...Array.from({ length: columns - 2 }, (_, j) => `Field ${j + 1}`)],
  ];
  for (let i = 0; i < rows - 1; i++)
    grid.push([
      `Customer ${i}`,
      (i * 7919) % 100_003,
      ...Array.from({ length: columns - 2 }, (_, j) => (j % 2 ? `Region ${i % 9}` : i % 97)),
    ]);
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid }] });
  const host = createExcelHost(fake.env);
  fake.testing.setSelection("Data", `A:${String.fromCharCode(64 + columns)}`);
  const read = await host.readSelection();
  const wire = fake.stats;
  const readSyncs = wire.officeJsSyncs;
  const readReleases = wire.officeJsReleaseRequests;
  const values = read.grid.slice(1).map((r) => Number(r[1]));
  const labels = defaultLabels(3);
  const tiers = rankShareTiers(values, [0.2, 0.3, 0.5]);
  const order = Array.from(values.keys()).sort((a, b) => values[b] - values[a]);
  const rank = new Int32Array(values.length);
  order.forEach((i, k) => {
    rank[i] = k > 0 && values[order[k - 1]] === values[i] ? rank[order[k - 1]] : k + 1;
  });
  const tierRows = values.map((_, i) => ({
    tier: tiers[i] === NO_TIER ? null : labels[tiers[i]],
    rank: rank[i],
    why: `rank ${rank[i]} of ${values.length}`,
  }));
  const total = values.reduce((a, b) => a + b, 0);
  const summary = labels.map((label, t) => {
    const members = values.filter((_, i) => tiers[i] === t);
    const value = members.reduce((a, b) => a + b, 0);
    return {
      label,
      customers: members.length,
      customerShare: members.length / values.length,
      value,
      valueShare: value / total,
    };
  });
  const plan = mergePlans(
    tierColumnsPlan({
      sheet: read.sheet,
      headerRow: read.top,
      firstDataRow: read.top + 1,
      firstFreeColumn: read.left + columns,
      rows: tierRows,
      labels,
      lang: "en-US",
    }),
    summarySheetPlan({ tiers: summary, lang: "en-US" }),
  );
  await host.applyPlan(plan);
  // Lower bounds at 4 MB per request: the bytes that really travelled, read (responses) and written (requests).
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const readBytes = sum(wire.officeJsResponseBytes.slice(0, readSyncs));
  const writeBytes = sum(wire.officeJsRequestBytes.slice(readSyncs));
  const releases = wire.officeJsReleaseRequests;
  return {
    // Syncs: the requests carrying workbook work; each Excel.run also ends with one request releasing kept references.
    syncs: wire.officeJsSyncs - releases,
    releases,
    readSyncs: readSyncs - readReleases,
    writeSyncs: wire.officeJsSyncs - readSyncs - (releases - readReleases),
    largestRequest: Math.max(...wire.officeJsRequestBytes),
    largestResponse: Math.max(...wire.officeJsResponseBytes),
    minimum: minimumChunks(readBytes) + minimumChunks(writeBytes),
    minRead: minimumChunks(readBytes),
    minWrite: minimumChunks(writeBytes),
  };
}

export default async function hostBench(h: Bench): Promise<void> {
  const small = await roundTrip(10_001, 8);
  h.record("host", "10,000 rows × 8: syncs (read + write), office.js requests", small.syncs, "syncs", 4);
  h.record(
    "host",
    "10,000 rows × 8: + office.js requests releasing references (one per Excel.run)",
    small.releases,
    "requests",
  );
  h.record("host", "10,000 rows × 8: largest office.js request", small.largestRequest / 2 ** 20, "MB", 4);
  const big = await roundTrip(1_048_576, 4);
  h.record(
    "host",
    "1,048,576 rows × 4: largest office.js request",
    big.largestRequest / 2 ** 20,
    "MB",
    PAYLOAD_BUDGET_BYTES / 2 ** 20,
  );
  h.record("host", "1,048,576 rows × 4: largest office.js response", big.largestResponse / 2 ** 20, "MB", 5);
  h.record("host", "1,048,576 rows × 4: minimum syncs the 4 MB bound allows (real bytes)", big.minimum, "syncs");
  h.record(
    "host",
    "1,048,576 rows × 4: syncs (read + write), office.js requests",
    big.syncs,
    "syncs",
    Math.floor(1.2 * big.minimum),
  );
  h.record(
    "host",
    "1,048,576 rows × 4: + office.js requests releasing references (one per Excel.run)",
    big.releases,
    "requests",
  );
  h.record(
    "host",
    `1,048,576 rows × 4: read syncs (first window ${FIRST_WINDOW.rows} × ${FIRST_WINDOW.columns}) / minimum`,
    big.readSyncs,
    `syncs / ${big.minRead}`,
  );
  h.record(
    "host",
    "1,048,576 rows × 4: write syncs (inspect + writes) / minimum",
    big.writeSyncs,
    `syncs / ${big.minWrite}`,
  );
  await snapshotBench(h);
}

/**
 * Saving and reading back the last-run snapshot of 1,048,576 customers (compact form, in custom XML parts of
 * 768 KiB, several per request under the budget), measured on what office.js really sent and received.
 */
export async function snapshotBench(h: Bench): Promise<void> {
  const n = 1_048_576;
  const snapshot = snapshotOf(
    Array.from({ length: n }, (_, i) => `Customer ${i}`),
    Int32Array.from({ length: n }, (_, i) => i % 3),
    ["A", "B", "C"],
    "2025-01-06",
  );
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid: [["x"]] }] });
  const host = createExcelHost(fake.env);
  const report = await host.applyPlan(movementPlan(undefined, snapshot, "en-US"));
  const wire = fake.stats;
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const written = sum(wire.officeJsRequestBytes);
  h.record(
    "host",
    "1,048,576-customer snapshot: largest office.js request",
    Math.max(...wire.officeJsRequestBytes) / 2 ** 20,
    "MB",
    PAYLOAD_BUDGET_BYTES / 2 ** 20,
  );
  h.record("host", "1,048,576-customer snapshot: office.js request bytes in all", written / 2 ** 20, "MB");
  h.record(
    "host",
    "1,048,576-customer snapshot: minimum syncs the 4 MB bound allows (real bytes)",
    minimumChunks(written),
    "syncs",
  );
  h.record("host", "1,048,576-customer snapshot: syncs (inspect + parts)", report.syncs, "syncs");
  h.record(
    "host",
    "1,048,576-customer snapshot: office.js requests (+ releasing references)",
    wire.officeJsSyncs - wire.officeJsReleaseRequests,
    `requests (+${wire.officeJsReleaseRequests})`,
  );
  fake.testing.resetStats();
  const back = await host.loadSetting("lastRun");
  if (back === undefined) throw new Error("snapshot bench: the snapshot did not read back");
  h.record(
    "host",
    "1,048,576-customer snapshot read back: largest office.js response",
    Math.max(...wire.officeJsResponseBytes) / 2 ** 20,
    "MB",
    PAYLOAD_BUDGET_BYTES / 2 ** 20,
  );
  h.record(
    "host",
    "1,048,576-customer snapshot read back: office.js response bytes in all / requests",
    sum(wire.officeJsResponseBytes) / 2 ** 20,
    `MB / ${wire.officeJsSyncs - wire.officeJsReleaseRequests} requests`,
  );
}
