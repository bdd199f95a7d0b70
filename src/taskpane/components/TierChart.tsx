import { tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { TierSummary } from "../../engine/tiering/tier-result";
import { useLocale } from "../format-context";

/**
 * Per tier, two horizontal bars: share of customers and share of value (0–100 %), drawn in SVG with
 * Fluent colour tokens so it follows the theme (and high contrast). Text alternatives via <title>/<desc>.
 */
export function TierChart(props: { tiers: readonly TierSummary[]; title: string; desc: string; customersLabel: string; valueLabel: string }) {
  const { tiers, title, desc, customersLabel, valueLabel } = props;
  const { fmt } = useLocale();
  const id = useId();
  const rowH = 34, labelW = 40, barW = 180, textW = 60;
  const width = labelW + barW + textW;
  const height = tiers.length * rowH + 20;
  return (
    <svg role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%" viewBox={`0 0 ${width} ${height}`} data-testid="tier-chart">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <rect x={labelW} y={2} width={10} height={8} fill={tokens.colorBrandBackground} />
      <text x={labelW + 14} y={10} fontSize={9} fill={tokens.colorNeutralForeground1}>{customersLabel}</text>
      <rect x={labelW + 110} y={2} width={10} height={8} fill={tokens.colorPaletteDarkOrangeBorderActive} />
      <text x={labelW + 124} y={10} fontSize={9} fill={tokens.colorNeutralForeground1}>{valueLabel}</text>
      {tiers.map((t, i) => {
        const y = 20 + i * rowH;
        const c = Number.isFinite(t.customerShare) ? t.customerShare : 0;
        const v = Number.isFinite(t.valueShare) ? t.valueShare : 0;
        return (
          <g key={t.label} data-testid={`tier-chart-bar-${i}`}>
            <text x={0} y={y + 16} fontSize={11} fill={tokens.colorNeutralForeground1}>{t.label}</text>
            <rect x={labelW} y={y} width={Math.max(1, c * barW)} height={12} fill={tokens.colorBrandBackground} />
            <text x={labelW + barW + 4} y={y + 10} fontSize={9} fill={tokens.colorNeutralForeground1}>{fmt.percent(t.customerShare)}</text>
            <rect x={labelW} y={y + 14} width={Math.max(1, v * barW)} height={12} fill={tokens.colorPaletteDarkOrangeBorderActive} />
            <text x={labelW + barW + 4} y={y + 24} fontSize={9} fill={tokens.colorNeutralForeground1}>{fmt.percent(t.valueShare)}</text>
          </g>
        );
      })}
    </svg>
  );
}
