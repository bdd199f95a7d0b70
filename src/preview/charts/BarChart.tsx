import type { Lang } from "../../i18n/language";
import type { PreviewChart } from "../workbook-view";
import { niceMax, shortNumber } from "./chart-scale";

const W = 360;
const ROW = 22;
const COLOURS = ["#2f6fb2", "#c0504d", "#4f8a3c", "#8064a2"];

/** Clustered horizontal bars, one group per category (Excel's bar chart, the funnel's fallback). */
export function BarChart({ chart, lang = "en-US" }: { chart: PreviewChart; lang?: Lang }) {
  const series = chart.series;
  const all = series.flatMap((s) => s.values.filter(Number.isFinite));
  const max = niceMax(Math.max(0, ...all));
  const labelW = 120;
  const plotW = W - labelW - 50;
  const groupH = ROW * Math.max(series.length, 1) + 6;
  const h = chart.categories.length * groupH + 8;
  return (
    <svg viewBox={`0 0 ${W} ${h}`} width={W} height={h} aria-hidden="true">
      {chart.categories.map((c, i) => (
        <g key={i}>
          <text x={labelW - 6} y={4 + i * groupH + groupH / 2 + 4} textAnchor="end" fontSize="11" fill="currentColor">
            {c}
          </text>
          {series.map((s, j) => {
            const v = Number.isFinite(s.values[i]) ? s.values[i] : 0;
            const w = (plotW * Math.max(0, v)) / max;
            const y = 4 + i * groupH + j * ROW + 3;
            return (
              <g key={j}>
                <rect x={labelW} y={y} width={w} height={ROW - 4} fill={COLOURS[j % COLOURS.length]} />
                <text x={labelW + w + 4} y={y + ROW / 2 + 2} fontSize="10" fill="currentColor">
                  {shortNumber(v, lang)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
