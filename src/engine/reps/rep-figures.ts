import type { CellValue } from "../cells";
import { InputError } from "../errors";
import { customerName } from "../table";
import { NO_TIER } from "../tiering/numeric";

/** One sales rep's customers and sales; quota, attainment and grade are added by withAttainment and gradeReps. */
export interface RepRow {
  /** The rep's name as first written (trimmed); NO_REP for the customers without one. */
  readonly rep: string;
  /** Customers in each tier, top tier first (customers without a tier are not counted here). */
  readonly customersPerTier: readonly number[];
  /** Σ value of the customers in each tier. */
  readonly valuePerTier: readonly number[];
  /** Customers in the top tier (customersPerTier[0]): the accounts that need the most time. */
  readonly aCustomers: number;
  /** Actual sales: Σ value of all the rep's customers with a value, tiered or not (returns net off). */
  readonly actual: number;
  readonly quota?: number;
  /** actual / quota; undefined without a quota above 0. */
  readonly attainment?: number;
  /** Index of the rep's grade (0 = best), see gradeReps; undefined without an attainment. */
  readonly grade?: number;
  /** Set on the bucket of customers whose rep cell is blank (or an error or TRUE/FALSE). */
  readonly unassigned?: true;
}

/** Name of the bucket of customers without a rep (the sheet writes its own language's words for it). */
export const NO_REP = "(no rep)";

/** The figures per rep and what did not fit: customers without a rep, and customers with a rep but no value. */
export interface RepTally {
  readonly rows: RepRow[];
  /** Customers whose rep cell is blank, an error or TRUE/FALSE (they are the NO_REP row, last). */
  readonly unassigned: number;
  /** Customers whose value is not a number: they count in no tier's value and in no rep's actual. */
  readonly noValue: number;
}

export interface RepFiguresInput {
  /** The rep column's cells, one per customer. */
  readonly reps: readonly CellValue[];
  /** Each customer's value (sales); NaN = no value. */
  readonly value: Float64Array;
  /** Each customer's tier index (0 = top) or NO_TIER. */
  readonly tier: Int32Array;
  /** Number of tiers. */
  readonly tiers: number;
}

/** The per-rep figures of {@link tallyReps}, without the counts of what did not fit. */
export function repFigures(input: RepFiguresInput): RepRow[] {
  return tallyReps(input).rows;
}

/**
 * Per rep, from a tiered customer table: customers and value per tier, A-customers (top tier) and
 * actual sales. Reps are matched like customers (customerKey: trimmed, NFKC, lower case), so
 * "Wang Li" and " wang li " are one rep, shown as first written; reps come in the order they first
 * appear, and the customers without a rep come last as one NO_REP row (never dropped).
 */
export function tallyReps(input: RepFiguresInput): RepTally {
  const { reps, value, tier, tiers } = checkInput(input);
  const byKey = new Map<string, number>();
  const names: string[] = [];
  const customers: number[][] = [];
  const values: number[][] = [];
  const actual: number[] = [];
  let noRepSlot = -1;
  let unassigned = 0;
  let noValue = 0;
  const slotOf = (key: string, name: string): number => {
    let slot = byKey.get(key);
    if (slot === undefined) {
      slot = names.length;
      byKey.set(key, slot);
      names.push(name);
      customers.push(new Array<number>(tiers).fill(0));
      values.push(new Array<number>(tiers).fill(0));
      actual.push(0);
    }
    return slot;
  };
  for (let i = 0; i < reps.length; i++) {
    const rep = customerName(reps[i]);
    let slot: number;
    if (rep) slot = slotOf(rep.key, rep.name);
    else {
      unassigned++;
      // No key a rep can have ("" is never one): the bucket stays apart from a rep typed "(no rep)".
      slot = noRepSlot = slotOf("", NO_REP);
    }
    const v = value[i];
    const hasValue = Number.isFinite(v);
    if (hasValue) actual[slot] += v;
    else noValue++;
    const t = tier[i];
    if (t === NO_TIER) continue;
    customers[slot][t]++;
    if (hasValue) values[slot][t] += v;
  }
  const rows: RepRow[] = [];
  const order = names.map((_, slot) => slot).filter((slot) => slot !== noRepSlot);
  if (noRepSlot >= 0) order.push(noRepSlot);
  for (const slot of order) {
    rows.push({
      rep: names[slot],
      customersPerTier: customers[slot],
      valuePerTier: values[slot],
      aCustomers: customers[slot][0],
      actual: actual[slot],
      ...(slot === noRepSlot ? { unassigned: true as const } : {}),
    });
  }
  return { rows, unassigned, noValue };
}

/** Same lengths, a whole number of tiers ≥ 1, every tier index in range: anything else is a caller's mistake, named. */
function checkInput(input: RepFiguresInput): RepFiguresInput {
  const { reps, value, tier, tiers } = input;
  if (!Number.isInteger(tiers) || tiers < 1)
    throw new InputError(
      "reps.tiers",
      { found: String(tiers) },
      `Rep figures need a whole number of tiers of 1 or more; found ${String(tiers)}.`,
    );
  if (value.length !== reps.length || tier.length !== reps.length)
    throw new InputError(
      "reps.lengths",
      { reps: reps.length, values: value.length, tiers: tier.length },
      `The rep column has ${reps.length} rows, but there are ${value.length} values and ${tier.length} tiers; give one of each per customer.`,
    );
  for (let i = 0; i < tier.length; i++) {
    const t = tier[i];
    if (t !== NO_TIER && (t < 0 || t >= tiers))
      throw new InputError(
        "reps.tierIndex",
        { row: i + 1, found: t, tiers },
        `Customer ${i + 1} has tier index ${t}, but there are only ${tiers} tiers (0 to ${tiers - 1}).`,
      );
  }
  return input;
}
