import { quantile7 } from "../../../src/engine/tiering/quantile7";
import { quantiles7Unsorted } from "../../../src/engine/tiering/quantiles7-unsorted";
import { rfmScores } from "../../../src/engine/tiering/rfm-scores";
import { rfmSegment } from "../../../src/engine/tiering/rfm-segment";
import { RFM_SEGMENT_IDS, RFM_SEGMENT_NAMES } from "../../../src/engine/tiering/rfm-segments";

// Issue 2's acceptance case.
const RECENCY = [5, 12, 20, 35, 48, 60, 95, 130, 210, 365];
const FREQUENCY = [12, 8, 2, 6, 1, 5, 2, 4, 3, 1];
const MONETARY = [5400, 3100, 980, 2600, 450, 4200, 120, 1500, 700, 2050];

describe("quantile7", () => {
  it("matches R's quantile(type = 7) and Excel's PERCENTILE.INC", () => {
    // R: quantile(1:10, c(0, .2, .25, .5, 1)) → 1, 2.8, 3.25, 5.5, 10 (h = 9p, linear between neighbours).
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([0, 0.2, 0.25, 0.5, 1].map((p) => quantile7(x, p))).toEqual([1, 2.8, 3.25, 5.5, 10]);
    expect(quantile7([42], 0.3)).toBe(42);
    expect(quantile7([], 0.5)).toBeNaN();
  });

  it("gives the same cut points from an unsorted column as Python's statistics.quantiles(method='inclusive')", () => {
    // Python 3: statistics.quantiles(col, n=5, method='inclusive') (= R type 7):
    // recency → [18.4, 42.8, 74.0, 146.0]; frequency → [1.8, 2.6, 4.4, 6.4]; monetary → [650, 1292, 2270, 3320];
    // statistics.quantiles([3,1,4,1,5,9,2,6], n=4, method='inclusive') → [1.75, 3.5, 5.25].
    const close = (a: Float64Array, b: number[]) => b.forEach((v, i) => expect(a[i]).toBeCloseTo(v, 10));
    close(quantiles7Unsorted(RECENCY, [0.2, 0.4, 0.6, 0.8]), [18.4, 42.8, 74, 146]);
    close(quantiles7Unsorted(FREQUENCY, [0.2, 0.4, 0.6, 0.8]), [1.8, 2.6, 4.4, 6.4]);
    close(quantiles7Unsorted(MONETARY, [0.2, 0.4, 0.6, 0.8]), [650, 1292, 2270, 3320]);
    close(quantiles7Unsorted([3, 1, 4, NaN, 1, 5, 9, 2, 6], [0.25, 0.5, 0.75]), [1.75, 3.5, 5.25]);
  });
});

describe("rfmScores", () => {
  it("scores issue 2's ten customers 555, 554, 422, 444, 311, 345, 221, 233, 132, 113", () => {
    // Cut points as above (R quantile type 7). E.g. customer 3: recency 20 > 18.4 only → R = 5 − 1 = 4;
    // frequency 2 > 1.8 only → F = 2; monetary 980 > 650 only → M = 2 → "422".
    const { r, f, m } = rfmScores(RECENCY, FREQUENCY, MONETARY);
    const codes = Array.from(r, (_, i) => `${r[i]}${f[i]}${m[i]}`);
    expect(codes).toEqual(["555", "554", "422", "444", "311", "345", "221", "233", "132", "113"]);
  });

  it("gives the segments listed in issue 2", () => {
    const { r, f, m } = rfmScores(RECENCY, FREQUENCY, MONETARY);
    const names = Array.from(r, (_, i) => RFM_SEGMENT_NAMES["en-US"][rfmSegment(r[i], f[i], m[i])]);
    expect(names).toEqual([
      "Champions",
      "Potential Loyalist",
      "Loyal Customers",
      "Potential Loyalist",
      "About To Sleep",
      "Potential Loyalist",
      "About To Sleep",
      "Loyal Customers",
      "Lost",
      "Lost",
    ]);
  });

  it("scores 0 and leaves out of the quantiles a row missing any of the three values", () => {
    const { r, f, m } = rfmScores([...RECENCY, 1], [...FREQUENCY, NaN], [...MONETARY, 1e9]);
    expect([r[10], f[10], m[10]]).toEqual([0, 0, 0]);
    expect(`${r[0]}${f[0]}${m[0]}`).toBe("555"); // unchanged: the extra row did not move the cut points
  });
});

describe("rfmSegment", () => {
  it("takes the first matching row of DESIGN.md's table", () => {
    // 444 matches Potential Loyalist (3–5/3–5/2–5) before Loyal Customers (2–4/2–4/2–4).
    expect(rfmSegment(4, 4, 4)).toBe("potential-loyalist");
    expect(rfmSegment(3, 2, 3)).toBe("loyal-customers");
    expect(rfmSegment(3, 1, 5)).toBe("promising");
    expect(rfmSegment(5, 1, 1)).toBe("new-customers");
    expect(rfmSegment(1, 3, 5)).toBe("cant-lose-them");
    expect(rfmSegment(2, 5, 5)).toBe("at-risk");
    expect(rfmSegment(2, 2, 1)).toBe("about-to-sleep"); // M = 1 fails Loyal Customers (2–4) → About To Sleep
    expect(rfmSegment(1, 5, 3)).toBe("need-attention");
    expect(rfmSegment(1, 1, 1)).toBe("lost");
  });

  it("falls back to Others", () => {
    // 2/1/5: not Promising (R 3–4), not About To Sleep (M 1–4), not Lost (R 1) … → Others.
    expect(rfmSegment(2, 1, 5)).toBe("others");
    expect(rfmSegment(0, 0, 0)).toBe("others");
  });

  it("has an English and a Chinese name for every segment id", () => {
    for (const id of RFM_SEGMENT_IDS) {
      expect(RFM_SEGMENT_NAMES["en-US"][id]).toBeTruthy();
      expect(RFM_SEGMENT_NAMES["zh-CN"][id]).toBeTruthy();
    }
  });
});

describe("Chinese RFM names", () => {
  it("name the ten segments as glossary-zh.md does (Chinese CRM tools' names)", () => {
    // glossary-zh.md, "RFM ten segments": 冠军客户 … 重要挽留客户 (Can't Lose Them) … 流失客户; avoid 不能流失客户.
    expect(RFM_SEGMENT_IDS.map((id) => RFM_SEGMENT_NAMES["zh-CN"][id])).toEqual([
      "冠军客户",
      "潜在忠诚客户",
      "忠诚客户",
      "有潜力客户",
      "新客户",
      "重要挽留客户",
      "流失风险客户",
      "需要关注客户",
      "即将沉睡客户",
      "流失客户",
      "其他",
    ]);
  });
});
