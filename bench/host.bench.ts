import type { Bench } from "./harness";
import { rankShareTiers } from "../src/engine/tiering/rank-share-tiers";
import { defaultLabels, NO_TIER } from "../src/engine/tiering/types";
import { mergePlans, movementPlan, snapshotOf, summarySheetPlan, tierColumnsPlan } from "../src/engine/plans";
import { createFakeExcel } from "../src/host/fake-excel";
import { createExcelHost, FIRST_WINDOW, PAYLOAD_BUDGET_BYTES, minimumChunks, rowBytes, toExcelValue } from "../src/host/excel";

/**
 * "read + tier + write tier columns + summary sheet" on the fake Excel (the real host code, counting
 * syncs and request bytes as Excel on the web would see them).
 */
async function roundTrip(rows: number, columns: number) {
  const grid: (string | number)[][] = [["Customer", "Sales", ...Array.from({ length: columns - 2 }, (_, j) => `Field ${j + 1}`)]];
  for (let i = 0; i < rows - 1; i++) grid.push([`Customer ${i}`, (i * 7919) % 100_003, ...Array.from({ length: columns - 2 }, (_, j) => (j % 2 ? `Region ${i % 9}` : i % 97))]);
  const fake = createFakeExcel({ sheets: [{ name: "Data", grid }] });
  const host = createExcelHost(fake.env);
  fake.testing.setSelection("Data", `A:${String.fromCharCode(64 + columns)}`);
  const read = await host.readSelection();
  const readSyncs = fake.stats.syncs;
  const values = read.grid.slice(1).map((r) => Number(r[1]));
  const labels = defaultLabels(3);
  const tiers = rankShareTiers(values, [0.2, 0.3, 0.5]);
  const order = Array.from(values.keys()).sort((a, b) => values[b] - values[a]);
  const rank = new Int32Array(values.length);
  order.forEach((i, k) => { rank[i] = k > 0 && values[order[k - 1]] === values[i] ? rank[order[k - 1]] : k + 1; });
  const tierRows = values.map((_, i) => ({ tier: tiers[i] === NO_TIER ? null : labels[tiers[i]], rank: rank[i], why: `rank ${rank[i]} of ${values.length}` }));
  const total = values.reduce((a, b) => a + b, 0);
  const summary = labels.map((label, t) => {
    const members = values.filter((_, i) => tiers[i] === t);
    const value = members.reduce((a, b) => a + b, 0);
    return { label, customers: members.length, customerShare: members.length / values.length, value, valueShare: value / total };
  });
  const plan = mergePlans(
    tierColumnsPlan({ sheet: read.sheet, headerRow: read.top, firstDataRow: read.top + 1, firstFreeColumn: read.left + columns, rows: tierRows, labels, lang: "en-US" }),
    summarySheetPlan({ tiers: summary, lang: "en-US" }),
  );
  const before = fake.stats.syncs;
  await host.applyPlan(plan);
  // Lower bounds from the chunk size: bytes to read (values + number formats) and to write, over the 4 MB budget.
  const readBytes = fake.stats.responseBytes.slice(0, readSyncs).reduce((a, b) => a + b, 0);
  const writeBytes = plan.columns[0].rows.reduce((s, r) => s + rowBytes(r.map(toExcelValue)), 0);
  return {
    syncs: fake.stats.syncs, readSyncs, writeSyncs: fake.stats.syncs - before,
    largestRequest: Math.max(...fake.stats.requestBytes), largestResponse: Math.max(...fake.stats.responseBytes),
    minimum: minimumChunks(readBytes) + minimumChunks(writeBytes), minRead: minimumChunks(readBytes), minWrite: minimumChunks(writeBytes),
  };
}

export default async function hostBench(h: Bench): Promise<void> {
  const small = await roundTrip(10_001, 8);
  h.record("host", "10,000 rows × 8: syncs (read + write)", small.syncs, "syncs", 4);
  h.record("host", "10,000 rows × 8: largest request", small.largestRequest / 2 ** 20, "MB", 4);
  const big = await roundTrip(1_048_576, 4);
  h.record("host", "1,048,576 rows × 4: largest request", big.largestRequest / 2 ** 20, "MB", PAYLOAD_BUDGET_BYTES / 2 ** 20);
  h.record("host", "1,048,576 rows × 4: largest response", big.largestResponse / 2 ** 20, "MB", 5);
  h.record("host", "1,048,576 rows × 4: minimum syncs the 4 MB chunk allows", big.minimum, "syncs");
  h.record("host", "1,048,576 rows × 4: syncs (read + write)", big.syncs, "syncs", big.minimum + 2);
  h.record("host", `1,048,576 rows × 4: read syncs (first window ${FIRST_WINDOW.rows} × ${FIRST_WINDOW.columns}) / minimum`, big.readSyncs, `syncs / ${big.minRead}`);
  h.record("host", "1,048,576 rows × 4: write syncs (inspect + writes) / minimum", big.writeSyncs, `syncs / ${big.minWrite}`);
  await snapshotBench(h);
}

/** Saving the last-run snapshot of 1,048,576 customers (compact form, in custom XML parts of 768 KiB, several per request under the budget). */
export async function snapshotBench(h: Bench): Promise<void> {
  const n = 1_048_576;
  const snapshot = snapshotOf(Array.from({ length: n }, (_, i) => `Customer ${i}`), Int32Array.from({ length: n }, (_, i) => i % 3), ["A", "B", "C"], "2025-01-06");
  const fake = createFakeExcel({ sheets: [{ name: "Data", grid: [["x"]] }] });
  const host = createExcelHost(fake.env);
  const report = await host.applyPlan(movementPlan(undefined, snapshot, "en-US"));
  h.record("host", "1,048,576-customer snapshot: largest request", Math.max(...fake.stats.requestBytes) / 2 ** 20, "MB", PAYLOAD_BUDGET_BYTES / 2 ** 20);
  h.record("host", "1,048,576-customer snapshot: syncs (inspect + parts)", report.syncs, "syncs");
}
