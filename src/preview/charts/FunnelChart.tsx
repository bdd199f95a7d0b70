import type { Lang } from "../../i18n/language";
import type { PreviewChart } from "../workbook-view";
import { shortNumber } from "./chart-scale";

const W = 360;
const ROW = 28;

/**
 * An Excel funnel chart as the preview draws it (the pane's StageFunnel draws the ladder's targets):
 * one centred bar per stage, its width proportional to the value.
 */
export function FunnelChart({ chart, lang = "en-US" }: { chart: PreviewChart; lang?: Lang }) {
  const values = chart.series[0]?.values ?? [];
  const max = Math.max(1, ...values.filter(Number.isFinite));
  const labelW = 120;
  const plotW = W - labelW - 40;
  const h = values.length * ROW + 8;
  return (
    <svg viewBox={`0 0 ${W} ${h}`} width={W} height={h} aria-hidden="true">
      {values.map((v, i) => {
        const w = Math.max(2, (plotW * (Number.isFinite(v) ? v : 0)) / max);
        const x = labelW + (plotW - w) / 2;
        const y = 4 + i * ROW;
        return (
          <g key={i}>
            <text x={labelW - 6} y={y + ROW / 2 + 4} textAnchor="end" fontSize="11" fill="currentColor">
              {chart.categories[i] ?? ""}
            </text>
            <rect x={x} y={y + 2} width={w} height={ROW - 4} fill="#2f6fb2" />
            {/* The value sits right of the bar in the text colour, so it stays readable on narrow bars. */}
            <text x={x + w + 4} y={y + ROW / 2 + 4} fontSize="11" fill="currentColor">
              {shortNumber(v, lang)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
