import { tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { TierSummary } from "../../engine/tiering";
import { useLocale } from "../format-context";
import { textWidth } from "./text-width";

/**
 * Per tier, two horizontal bars: share of customers and share of value (0–100%), drawn in SVG with
 * Fluent colour tokens so it follows the theme (and high contrast). Text alternatives via <title>/<desc>.
 * Each tier's name sits on its own line above its bars and the percents right of the longest bar's
 * end, so no label overlaps a bar whatever the name's length (RFM segment names are long).
 */
export function TierChart(props: {
  tiers: readonly TierSummary[];
  title: string;
  desc: string;
  customersLabel: string;
  valueLabel: string;
}) {
  const { tiers, title, desc, customersLabel, valueLabel } = props;
  const { fmt } = useLocale();
  const id = useId();
  const nameH = 13,
    barH = 11,
    rowH = nameH + 2 * barH + 8,
    barW = 200;
  const textW =
    Math.max(
      ...tiers.flatMap((t) => [textWidth(fmt.percent(t.customerShare), 9), textWidth(fmt.percent(t.valueShare), 9)]),
      30,
    ) + 6;
  const legend2 = 14 + textWidth(customersLabel, 9) + 12;
  const width = Math.max(
    barW + textW,
    legend2 + 14 + textWidth(valueLabel, 9),
    ...tiers.map((t) => textWidth(t.label, 11)),
  );
  const height = tiers.length * rowH + 16;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      width="100%"
      viewBox={`0 0 ${width} ${height}`}
      data-testid="tier-chart"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <rect x={0} y={2} width={10} height={8} fill={tokens.colorBrandBackground} />
      <text x={14} y={10} fontSize={9} fill={tokens.colorNeutralForeground1}>
        {customersLabel}
      </text>
      <rect x={legend2} y={2} width={10} height={8} fill={tokens.colorPaletteDarkOrangeBorderActive} />
      <text x={legend2 + 14} y={10} fontSize={9} fill={tokens.colorNeutralForeground1}>
        {valueLabel}
      </text>
      {tiers.map((t, i) => {
        const y = 16 + i * rowH;
        const c = Number.isFinite(t.customerShare) ? t.customerShare : 0;
        const v = Number.isFinite(t.valueShare) ? t.valueShare : 0;
        const bars = y + nameH + 2;
        return (
          <g key={t.label} data-testid={`tier-chart-bar-${i}`}>
            <text x={0} y={y + 11} fontSize={11} fill={tokens.colorNeutralForeground1}>
              {t.label}
            </text>
            <rect x={0} y={bars} width={Math.max(1, c * barW)} height={barH - 1} fill={tokens.colorBrandBackground} />
            <text
              data-testid={`tier-chart-customers-${i}`}
              x={barW + 4}
              y={bars + 8}
              fontSize={9}
              fill={tokens.colorNeutralForeground1}
            >
              {fmt.percent(t.customerShare)}
            </text>
            <rect
              x={0}
              y={bars + barH}
              width={Math.max(1, v * barW)}
              height={barH - 1}
              fill={tokens.colorPaletteDarkOrangeBorderActive}
            />
            <text
              data-testid={`tier-chart-value-${i}`}
              x={barW + 4}
              y={bars + barH + 8}
              fontSize={9}
              fill={tokens.colorNeutralForeground1}
            >
              {fmt.percent(t.valueShare)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
