import type { TierResult, TierTableOutput } from "../../engine/tiering";

/** Joins the customer names in one string: U+0000 is not expected in a cell (Excel's CHAR makes characters 1 to 255 only). */
export const NAME_SEPARATOR = "\u0000";

/** An output made cheap for the page to receive, and the buffers to transfer with it. */
export interface PackedOutput {
  readonly output: TierTableOutput;
  /** `result.customers` joined by NAME_SEPARATOR, as UTF-8 (then left out of `output`); its buffer is transferred. */
  readonly customerNames?: Uint8Array;
  readonly transfer: ArrayBuffer[];
}

type Row = Int32Array | Float64Array | Uint8Array;

/**
 * The output to send. Receiving is what costs the page: a million short strings, or one string of twenty million
 * characters, take hundreds of milliseconds to copy in; a transferred buffer takes none. So the names go as UTF-8
 * bytes of one joined string (unless one holds the separator, which no Excel cell is expected to), and every
 * per-row array goes as a copy made here, off the page's thread, whose buffer is transferred (the engine's own
 * arrays stay untouched).
 */
export function packOutput(output: TierTableOutput): PackedOutput {
  const transfer: ArrayBuffer[] = [];
  const own = <T extends Row>(a: T): T => {
    const copy = a.slice() as T;
    transfer.push(copy.buffer as ArrayBuffer);
    return copy;
  };
  const r = output.result;
  const result: TierResult = {
    ...r,
    tier: own(r.tier),
    rank: own(r.rank),
    value: own(r.value),
    groupSize: own(r.groupSize),
    gridRows: own(r.gridRows),
    score: r.score && own(r.score),
    rfm: r.rfm && { ...r.rfm, r: own(r.rfm.r), f: own(r.rfm.f), m: own(r.rfm.m) },
    groups: r.groups && { ...r.groups, of: own(r.groups.of) },
  };
  const names = r.customers;
  if (!names || names.length === 0 || names.some((n) => n.includes(NAME_SEPARATOR)))
    return { output: { ...output, result }, transfer };
  const customerNames = new TextEncoder().encode(names.join(NAME_SEPARATOR));
  transfer.push(customerNames.buffer as ArrayBuffer);
  return { output: { ...output, result: { ...result, customers: undefined } }, customerNames, transfer };
}

/** The output as the engine made it: the names split out of their string when first read (the preview never reads them). */
export function unpackOutput(output: TierTableOutput, customerNames: Uint8Array | undefined): TierTableOutput {
  if (customerNames === undefined) return output;
  let names: string[] | undefined;
  const result = Object.defineProperty({ ...output.result }, "customers", {
    enumerable: true,
    get: () => (names ??= new TextDecoder().decode(customerNames).split(NAME_SEPARATOR)),
  });
  return { ...output, result };
}
