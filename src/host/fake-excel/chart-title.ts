import type { FakeChart } from "./chart";
import { jsonBytes } from "./fake-object";
import { propertyNotLoaded } from "./office-error";

/** Chart.title: only its text. */
export class FakeChartTitle {
  constructor(private readonly chart: FakeChart) {}
  set text(v: string) {
    this.chart.act("chart.title", jsonBytes(v), (c) => {
      this.chart.check(c, "title");
      c.title = v;
    });
  }
  get text(): string {
    throw propertyNotLoaded("title/text");
  }
}
