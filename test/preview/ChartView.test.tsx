/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { ChartView } from "../../src/preview/charts/ChartView";
import { langFromUrl } from "../../src/preview/lang-from-url";

describe("charts drawn from their specs", () => {
  const tiers = { title: "Value by tier", categories: ["A", "B", "C"] };

  it("draws a Pareto chart as one column per tier and a cumulative line", () => {
    render(<ChartView chart={{ kind: "pareto", ...tiers, series: [{ name: "Value", values: [60, 30, 10] }] }} />);
    const fig = screen.getByTestId("preview-chart-pareto");
    expect(fig.querySelectorAll("rect")).toHaveLength(3);
    expect(fig.querySelectorAll("circle")).toHaveLength(3); // cumulative 60 %, 90 %, 100 %
    expect(fig.getAttribute("aria-label")).toBe("Value by tier");
  });

  it("draws the plan's fallback (columns + line) from two series", () => {
    render(
      <ChartView
        chart={{
          kind: "columnLine",
          ...tiers,
          series: [
            { name: "Value", values: [60, 30, 10] },
            { name: "Cumulative", values: [0.6, 0.9, 1] },
          ],
        }}
      />,
    );
    expect(
      screen.getByTestId("preview-chart-columnLine").querySelector("polyline")?.getAttribute("points")?.split(" "),
    ).toHaveLength(3);
  });

  it("draws clustered bars, one per category and series", () => {
    render(
      <ChartView
        chart={{
          kind: "bar",
          ...tiers,
          series: [
            { name: "Customers", values: [1, 2, 3] },
            { name: "Value", values: [3, 2, 1] },
          ],
        }}
      />,
    );
    expect(screen.getByTestId("preview-chart-bar").querySelectorAll("rect")).toHaveLength(6);
  });

  it("draws a funnel's bars narrower down the stages (100 → 3)", () => {
    render(
      <ChartView
        chart={{
          kind: "funnel",
          title: "Funnel",
          categories: ["Leads", "Contact", "Signed"],
          series: [{ name: "Target", values: [100, 50, 3] }],
        }}
      />,
    );
    const widths = [...screen.getByTestId("preview-chart-funnel").querySelectorAll("rect")].map((r) =>
      Number(r.getAttribute("width")),
    );
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(widths[1]).toBeGreaterThan(widths[2]);
    expect(widths[1] / widths[0]).toBeCloseTo(0.5, 5); // widths are proportional: 50 / 100
  });
});

describe("the preview's language", () => {
  it("follows ?lang= and otherwise the browser, with any Chinese variant as zh-CN", () => {
    expect(langFromUrl("?lang=zh-CN")).toBe("zh-CN");
    expect(langFromUrl("?lang=en-US", "zh-TW")).toBe("en-US");
    expect(langFromUrl("", "zh-TW")).toBe("zh-CN");
    expect(langFromUrl("", "fr-FR")).toBe("en-US");
  });
});
