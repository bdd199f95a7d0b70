import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // A block, so the strip sits under the peak hours rather than on their text line.
  strip: { display: "block" },
});

/**
 * One owner's hours week by week as a small bar strip (at most 120 px wide), with the capacity as a line:
 * the shape of the load, which an average and a peak alone do not show. `label` says it in words.
 */
export function WeeklyProfile({
  hours,
  capacity,
  label,
  testId,
}: {
  hours: readonly number[];
  capacity: number;
  label: string;
  testId: string;
}) {
  const s = useStyles();
  const height = 24;
  let top = capacity;
  for (const h of hours) if (h > top) top = h;
  const width = Math.min(120, Math.max(24, hours.length * 3));
  const bar = width / hours.length;
  const y = (h: number) => height - (top > 0 ? (h / top) * height : 0);
  return (
    <svg
      role="img"
      aria-label={label}
      data-testid={testId}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={s.strip}
    >
      {hours.map((h, k) => (
        <rect
          key={k}
          x={k * bar}
          y={y(h)}
          width={Math.max(bar - 0.5, 0.5)}
          height={height - y(h)}
          fill={h > capacity ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground}
        />
      ))}
      <line
        x1={0}
        x2={width}
        y1={y(capacity)}
        y2={y(capacity)}
        stroke={tokens.colorNeutralForeground3}
        strokeDasharray="2 2"
      />
    </svg>
  );
}
