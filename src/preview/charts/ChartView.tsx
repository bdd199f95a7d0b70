import type { Lang } from "../../i18n/language";
import type { PreviewChart } from "../workbook-view";
import { BarChart } from "./BarChart";
import { ColumnLineChart } from "./ColumnLineChart";
import { FunnelChart } from "./FunnelChart";

/**
 * One written chart, drawn from its spec as simple SVG. The figure's accessible name is the chart's
 * title and a short text alternative lists the data, so screen readers get the numbers too.
 */
export function ChartView({ chart, lang = "en-US" }: { chart: PreviewChart; lang?: Lang }) {
  const body =
    chart.kind === "funnel" ? (
      <FunnelChart chart={chart} lang={lang} />
    ) : chart.kind === "pareto" || chart.kind === "columnLine" ? (
      <ColumnLineChart chart={chart} lang={lang} />
    ) : (
      <BarChart chart={chart} lang={lang} />
    );
  const summary = chart.categories
    .map((c, i) => `${c}: ${chart.series.map((s) => s.values[i]).join(" / ")}`)
    .join("; ");
  return (
    <figure
      className="preview-chart"
      data-testid={`preview-chart-${chart.kind}`}
      data-chart-kind={chart.kind}
      aria-label={chart.title}
    >
      <figcaption>{chart.title}</figcaption>
      {body}
      <p className="preview-visually-hidden">{summary}</p>
    </figure>
  );
}
