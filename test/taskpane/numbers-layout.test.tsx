/** @jest-environment jsdom */
import { render, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { TierSummary } from "../../src/engine/tiering/tier-result";
import { createFormatters } from "../../src/i18n/format";
import { createI18n } from "../../src/i18n/create-i18n";
import type { Lang } from "../../src/i18n/language";
import { StageFunnel } from "../../src/taskpane/components/StageFunnel";
import { TierChart } from "../../src/taskpane/components/TierChart";
import { TierSummaryTable } from "../../src/taskpane/components/TierSummaryTable";
import { textWidth } from "../../src/taskpane/components/text-width";
import { LocaleProvider } from "../../src/taskpane/format-context";

function inPane(lang: Lang, ui: ReactNode) {
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <LocaleProvider value={{ lang, fmt: createFormatters(lang) }}>{ui}</LocaleProvider>
    </I18nextProvider>,
  );
}

// Two tiers with long names (RFM segments), counts and values in the thousands; shares 1/3 and 2/3.
const TIERS: TierSummary[] = [
  {
    label: "Potential Loyalist",
    customers: 2000,
    customerShare: 1 / 3,
    value: 1234567.5,
    valueShare: 0.8,
    min: 1500,
    max: 98000,
  },
  { label: "重要价值客户", customers: 4000, customerShare: 2 / 3, value: 308642, valueShare: 0.2, min: 3, max: 1499 },
];

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  what: string;
}

/** Boxes of an SVG's texts (baseline y, height = font size, width estimated generously) and rects. */
function boxes(svg: SVGSVGElement): { texts: Box[]; rects: Box[]; width: number } {
  const n = (el: Element, a: string) => Number(el.getAttribute(a) ?? 0);
  const texts = Array.from(svg.querySelectorAll("text"), (el) => {
    const size = n(el, "font-size"),
      x = n(el, "x"),
      y = n(el, "y");
    return { x0: x, x1: x + textWidth(el.textContent ?? "", size), y0: y - size, y1: y, what: el.textContent ?? "" };
  });
  const rects = Array.from(svg.querySelectorAll("rect"), (el) => ({
    x0: n(el, "x"),
    x1: n(el, "x") + n(el, "width"),
    y0: n(el, "y"),
    y1: n(el, "y") + n(el, "height"),
    what: "rect",
  }));
  return { texts, rects, width: Number(svg.getAttribute("viewBox")!.split(" ")[2]) };
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe.each(["en-US", "zh-CN"] as const)("numbers and layout (%s)", (lang) => {
  it("shows counts and values with thousands separators and percents as 33.3% (no space), right-aligned and unbroken", () => {
    const { getByTestId } = inPane(lang, <TierSummaryTable tiers={TIERS} untiered={1234} />);
    // Intl's en-US and zh-CN both group by thousands with "," and write percents without a space.
    expect(getByTestId("tier-count-0").textContent).toBe("2,000");
    expect(getByTestId("tier-customer-share-0").textContent).toBe("33.3%");
    expect(getByTestId("tier-value-0").textContent).toBe("1,234,567.5");
    expect(getByTestId("tier-value-share-1").textContent).toBe("20%");
    expect(getByTestId("tier-count-none").textContent).toBe("1,234");
    for (const id of ["tier-count-0", "tier-customer-share-0", "tier-value-0", "tier-count-none"]) {
      expect(getByTestId(id).closest("td,[role=cell]")!.getAttribute("style")).toContain("text-align: right");
      // The number itself never wraps (the old cells wrapped "anywhere", inside "1,234,567.5" at 320 px).
      const el = getByTestId(id);
      const span = el.getAttribute("style")?.includes("nowrap") ? el : el.querySelector("span")!;
      expect(span.getAttribute("style")).toContain("white-space: nowrap");
    }
    const cutoff = getByTestId("tier-cutoff-0");
    expect(cutoff.textContent).toBe("1,500 – 98,000");
    expect(Array.from(cutoff.querySelectorAll("span"), (s) => s.getAttribute("style"))).toEqual([
      "white-space: nowrap;",
      "white-space: nowrap;",
    ]);
    // Headers wrap between words only (never inside a word, so two headers cannot run together).
    const headers = within(getByTestId("tier-table")).getAllByRole("columnheader");
    for (const th of headers) {
      expect(th.getAttribute("style")).not.toContain("anywhere");
      expect(th.getAttribute("style")).toContain("padding-inline: 4px");
    }
    // The headers over numbers are right-aligned like their numbers (inside Fluent's flex box: a growing span).
    for (const th of headers.slice(1)) expect(th.querySelector("span[style*='text-align: right']")).not.toBeNull();
  });

  it("draws the tier chart with no label over a bar and every label inside the picture", () => {
    const { getByTestId } = inPane(
      lang,
      <TierChart tiers={TIERS} title="t" desc="d" customersLabel="Share of customers" valueLabel="Share of value" />,
    );
    const { texts, rects, width } = boxes(getByTestId("tier-chart") as unknown as SVGSVGElement);
    for (const t of texts) {
      for (const r of rects)
        expect({ text: t.what, overlaps: overlaps(t, r) }).toEqual({ text: t.what, overlaps: false });
      expect(t.x1).toBeLessThanOrEqual(width);
    }
    expect(getByTestId("tier-chart-customers-0").textContent).toBe("33.3%");
  });

  it("shows the funnel's figures with separators and '◀ Bottleneck' whole, inside the picture", () => {
    const stages = [
      { name: "Lead preparation", target: 12000 },
      { name: "Proposal & quote", target: 1200 },
      { name: "签约实施", target: 360 },
    ];
    const { getByTestId } = inPane(
      lang,
      <StageFunnel
        stages={stages}
        bottleneck={1}
        title="t"
        desc="d"
        bottleneckLabel={lang === "en-US" ? "Bottleneck" : "瓶颈阶段"}
      />,
    );
    expect(getByTestId("funnel-figure-0").textContent).toBe("12,000");
    expect(getByTestId("funnel-figure-1").textContent).toBe(
      lang === "en-US" ? "1,200 ◀ Bottleneck" : "1,200 ◀ 瓶颈阶段",
    );
    const { texts, rects, width } = boxes(getByTestId("funnel-chart") as unknown as SVGSVGElement);
    for (const t of texts) {
      expect(t.x1).toBeLessThanOrEqual(width);
      for (const r of rects)
        expect({ text: t.what, overlaps: overlaps(t, r) }).toEqual({ text: t.what, overlaps: false });
    }
  });

  it('puts thousands separators in counts inside sentences ("6,668 tasks")', () => {
    const i18n = createI18n(lang);
    expect(i18n.t("tasks.total", { count: 6668 })).toBe(lang === "en-US" ? "6,668 tasks" : "共 6,668 项任务");
    expect(i18n.t("tasks.total", { count: 1 })).toBe(lang === "en-US" ? "1 task" : "共 1 项任务");
    // A sheet row is a position, shown as Excel's row headers show it (no separator).
    expect(i18n.t("preview.issueRow", { row: 12345, header: "Sales", reason: "x", value: 1234.5 })).toMatch(
      /12345.*1,234\.5/,
    );
  });
});
