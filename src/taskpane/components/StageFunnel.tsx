import { tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useLocale } from "../format-context";
import { textWidth } from "./text-width";

/**
 * The ladder's sales funnel in SVG (the preview's FunnelChart draws an Excel funnel chart instead):
 * one centred bar per stage, length ∝ target; the bottleneck stage (the one
 * whose step to the next converts worst against target) is drawn in the danger colour and labelled.
 */
export function StageFunnel(props: {
  stages: readonly { name: string; target: number }[];
  bottleneck?: number;
  title: string;
  desc: string;
  bottleneckLabel: string;
}) {
  const { stages, bottleneck, title, desc, bottleneckLabel } = props;
  const { fmt } = useLocale();
  const id = useId();
  const rowH = 26,
    barMax = 140;
  const max = Math.max(1, ...stages.map((s) => s.target));
  // The viewBox grows to hold the longest stage name and the longest "1,234 ◀ Bottleneck", so neither is clipped.
  const figure = (s: { target: number }, i: number) =>
    `${fmt.integer(s.target)}${i === bottleneck ? ` ◀ ${bottleneckLabel}` : ""}`;
  const nameW = Math.max(60, ...stages.map((s) => textWidth(s.name, 10))) + 6;
  const width = nameW + barMax + 6 + Math.max(...stages.map((s, i) => textWidth(figure(s, i), 10)));
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      width="100%"
      viewBox={`0 0 ${width} ${stages.length * rowH + 4}`}
      data-testid="funnel-chart"
      data-width={width}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {stages.map((s, i) => {
        const w = Math.max(2, (s.target / max) * barMax);
        const y = 2 + i * rowH;
        const hot = i === bottleneck;
        return (
          <g key={i} data-testid={`funnel-stage-${i}`} data-bottleneck={hot ? "true" : undefined}>
            <text x={0} y={y + 15} fontSize={10} fill={tokens.colorNeutralForeground1}>
              {s.name}
            </text>
            <rect
              x={nameW + (barMax - w) / 2}
              y={y}
              width={w}
              height={rowH - 6}
              fill={hot ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground}
              stroke={hot ? tokens.colorPaletteRedBorderActive : "none"}
              strokeWidth={2}
            />
            <text
              x={nameW + barMax + 6}
              y={y + 15}
              fontSize={10}
              fill={tokens.colorNeutralForeground1}
              data-testid={`funnel-figure-${i}`}
            >
              {figure(s, i)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
