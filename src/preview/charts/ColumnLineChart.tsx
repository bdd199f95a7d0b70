import type { Lang } from "../../i18n/language";
import type { PreviewChart } from "../workbook-view";
import { niceMax, shortNumber } from "./chart-scale";
import { cumulativeShare } from "./cumulative-share";

const W = 360;
const H = 200;
const PAD = { left: 40, right: 40, top: 10, bottom: 36 };

/**
 * Columns for the first series and a line for the second on its own (right) axis — how Excel draws a
 * Pareto chart (sorted columns + cumulative share) and the plan's "columnLine" fallback.
 */
export function ColumnLineChart({ chart, lang = "en-US" }: { chart: PreviewChart; lang?: Lang }) {
  const columns = chart.series[0]?.values ?? [];
  // Excel draws a Pareto chart's cumulative line itself; the fallback carries it as a second series.
  const line = chart.series[1]?.values ?? (chart.kind === "pareto" ? cumulativeShare(columns) : undefined);
  const n = Math.max(columns.length, 1);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const colMax = niceMax(Math.max(0, ...columns.filter(Number.isFinite)));
  const lineMax = line ? Math.max(1, ...line.filter(Number.isFinite)) : 1;
  const slot = plotW / n;
  const yCol = (v: number) => PAD.top + plotH - (plotH * Math.max(0, v)) / colMax;
  const yLine = (v: number) => PAD.top + plotH - (plotH * v) / lineMax;
  const points = line?.map((v, i) => `${PAD.left + slot * (i + 0.5)},${yLine(Number.isFinite(v) ? v : 0)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true">
      <line x1={PAD.left} y1={PAD.top + plotH} x2={W - PAD.right} y2={PAD.top + plotH} stroke="currentColor" />
      <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" fontSize="10" fill="currentColor">
        {shortNumber(colMax, lang)}
      </text>
      <text x={PAD.left - 4} y={PAD.top + plotH} textAnchor="end" fontSize="10" fill="currentColor">
        0
      </text>
      {line && (
        <text x={W - PAD.right + 4} y={PAD.top + 8} fontSize="10" fill="currentColor">
          {lineMax <= 1 ? "100%" : shortNumber(lineMax, lang)}
        </text>
      )}
      {columns.map((v, i) => (
        <g key={i}>
          <rect
            x={PAD.left + slot * i + slot * 0.15}
            y={yCol(v)}
            width={slot * 0.7}
            height={PAD.top + plotH - yCol(v)}
            fill="#2f6fb2"
          />
          <text
            x={PAD.left + slot * (i + 0.5)}
            y={H - PAD.bottom + 14}
            textAnchor="middle"
            fontSize="11"
            fill="currentColor"
          >
            {chart.categories[i] ?? ""}
          </text>
        </g>
      ))}
      {points && <polyline points={points} fill="none" stroke="#c0504d" strokeWidth="2" />}
      {line?.map((v, i) => (
        <circle key={i} cx={PAD.left + slot * (i + 0.5)} cy={yLine(Number.isFinite(v) ? v : 0)} r="3" fill="#c0504d" />
      ))}
    </svg>
  );
}
