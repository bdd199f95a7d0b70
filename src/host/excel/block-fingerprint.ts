import { fnv1a } from "./settings";

type Cell = string | number | boolean | null | undefined;

/**
 * What a block of cells held when TierLadder wrote it, so a re-run can tell its own cells from the
 * user's: one FNV-1a hash per column over the header and the sorted cell texts (sorting the data, as users
 * do, keeps it; typing, deleting or shifting a column changes it), as "<rows>x<columns>:<h1>,<h2>,…".
 * Cells are compared as Excel reads them back: blank as "", text as text, numbers as numbers.
 */
export function blockFingerprint(rows: readonly (readonly Cell[])[]): string {
  const width = rows[0]?.length ?? 0;
  const hashes: string[] = [];
  for (let j = 0; j < width; j++) {
    const header = fingerprintToken(rows[0][j]);
    const body = rows
      .slice(1)
      .map((r) => fingerprintToken(r[j]))
      .sort();
    hashes.push(fnv1a(JSON.stringify([header, body])));
  }
  return `${rows.length}x${width}:${hashes.join(",")}`;
}

/** The columns (0-based, within the block) whose hash differs between two fingerprints; all when the shapes differ. */
export function changedColumns(recorded: string, found: string, width: number): number[] {
  const [shapeA, a = ""] = recorded.split(":");
  const [shapeB, b = ""] = found.split(":");
  const all = Array.from({ length: width }, (_, j) => j);
  if (shapeA !== shapeB) return all;
  const ha = a.split(","),
    hb = b.split(",");
  return all.filter((j) => ha[j] !== hb[j]);
}

/** A cell as a typed token ("n12", "sAcme", "btrue"), so 12 and "12" fingerprint differently. */
function fingerprintToken(v: Cell): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "number") return Number.isFinite(v) ? `n${v}` : "";
  return typeof v === "boolean" ? `b${v}` : `s${v}`;
}
