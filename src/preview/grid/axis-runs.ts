import type { SizeRun } from "./axis";

/**
 * An Axis's runs from the sizes set by hand (rows' own heights, columns' widths, in pixels) and the hidden
 * indices: in order, not overlapping, a hidden index 0 pixels whatever its size, and neighbours of one size
 * joined, so a sheet whose million rows share one height is one run.
 */
export function axisRuns(sized: readonly SizeRun[], hidden: Iterable<number>): SizeRun[] {
  const hiddenRuns: SizeRun[] = [];
  for (const i of [...hidden].sort((a, b) => a - b)) {
    const last = hiddenRuns[hiddenRuns.length - 1];
    if (last && last.from + last.count === i) hiddenRuns[hiddenRuns.length - 1] = { ...last, count: last.count + 1 };
    else if (!last || last.from + last.count < i) hiddenRuns.push({ from: i, count: 1, size: 0 });
  }
  const bySize = [...sized].sort((a, b) => a.from - b.from);
  // Every place a run starts or ends; between two of them one size holds.
  const edges = [...new Set([...bySize, ...hiddenRuns].flatMap((r) => [r.from, r.from + r.count]))].sort(
    (a, b) => a - b,
  );
  const out: SizeRun[] = [];
  let h = 0;
  let s = 0;
  for (let e = 0; e + 1 < edges.length; e++) {
    const from = edges[e];
    const count = edges[e + 1] - from;
    while (h < hiddenRuns.length && hiddenRuns[h].from + hiddenRuns[h].count <= from) h++;
    while (s < bySize.length && bySize[s].from + bySize[s].count <= from) s++;
    const size =
      h < hiddenRuns.length && hiddenRuns[h].from <= from
        ? 0
        : s < bySize.length && bySize[s].from <= from
          ? bySize[s].size
          : undefined;
    if (size === undefined) continue; // the default size: no run
    const last = out[out.length - 1];
    if (last && last.size === size && last.from + last.count === from)
      out[out.length - 1] = { ...last, count: last.count + count };
    else out.push({ from, count, size });
  }
  return out;
}
