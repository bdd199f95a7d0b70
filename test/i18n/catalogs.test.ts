import { enUS, zhCN, createI18n, pickLanguage, createFormatters, translateError } from "../../src/i18n";
import { InputError } from "../../src/engine/errors";
import { HostError } from "../../src/host/host-api";

/** All leaf keys of a nested catalog as dotted paths, with their values. */
function leaves(obj: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === "object") for (const [p, x] of leaves(v, path)) out.set(p, x);
    else out.set(path, v);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("the catalogs", () => {
  const en = leaves(enUS);
  const zh = leaves(zhCN);

  it("have exactly the same keys in en-US and zh-CN", () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("have no empty value in either language", () => {
    for (const [key, value] of [...en, ...zh]) {
      expect(typeof value === "string" && value.trim().length > 0 ? key : `${key} is empty`).toBe(key);
    }
  });

  it("use the same {{placeholders}} for a key in both languages", () => {
    for (const [key, value] of en)
      expect([key, placeholders(zh.get(key) as string)]).toEqual([key, placeholders(value as string)]);
  });

  // The terms ../shared/glossary-zh.md gives (from the source articles and Chinese CRM tools) where issue 11
  // names them; each expectation is the glossary's wording, each "avoid" its avoid column.
  it("use the glossary's Chinese terms (issue 11)", () => {
    const i18n = createI18n("zh-CN");
    expect(i18n.t("methods.computed")).toBe("数据驱动 ABC（自动计算分界点）");
    expect(i18n.t("methods.rank-share")).toBe("ABC 分类（按客户数 20/30/50）");
    expect(i18n.t("methods.value-share")).toBe("帕累托分类（按金额 80/15/5，二八法则）");
    expect(i18n.t("methods.breaks")).toBe("自然断点分级");
    expect(i18n.t("ladder.bottleneck")).toBe("瓶颈阶段");
    expect(i18n.t("ladder.durationShort")).toBe("阶段周期（天）");
    expect(i18n.t("ladder.startBy")).toBe("最晚开始日期");
    expect(i18n.t("ladder.allocation")).toBe("目标分解");
    expect(i18n.t("tasks.overloaded")).toBe("超出产能");
    expect(i18n.t("tasks.types.maintenance")).toBe("现有客户维护");
    expect(i18n.t("tasks.channels.automated")).toBe("自动化触达");
    expect(i18n.t("write.done", { count: 5 })).toBe("完成：已写入 5 个区域。");
    // The last stage of the seed ladder is 签约实施: no "签约实施（签约）".
    expect(i18n.t("ladder.tierLastStage", { stage: "签约实施" })).not.toMatch(/签约实施（签约）/);
    for (const [key, value] of zh) {
      const text = value as string;
      expect({
        key,
        avoid: /计算 ABC|分层梯级|等级层|不能流失客户|签约实施（签约）|已写入 \{\{count\}\} 处/.test(text),
      }).toEqual({ key, avoid: false });
    }
    expect(zhCN.ladder.part).not.toBe("部分");
    expect(i18n.t("ladder.rateShort")).toBe("转化率（到下一阶段）%");
  });

  it('write percents without a space before % in both languages ("33.3%")', () => {
    for (const [key, value] of [...en, ...zh])
      expect({ key, spaced: /\d %|\}\} %/.test(value as string) }).toEqual({ key, spaced: false });
  });

  it("translate the main tabs into Chinese", () => {
    const i18n = createI18n("zh-CN");
    expect(i18n.t("tabs.tiers")).toBe("客户分级");
    expect(i18n.t("tabs.ladder")).toBe("梯级目标");
    expect(i18n.t("tabs.tasks")).toBe("分层任务");
  });

  it("fill placeholders", () => {
    const i18n = createI18n("en-US");
    expect(i18n.t("data.readFrom", { address: "Sheet1!A1:D11" })).toBe("Read from Sheet1!A1:D11");
  });
});

describe("pickLanguage", () => {
  it("uses zh-CN for any Chinese display language and en-US otherwise", () => {
    expect(pickLanguage("zh-CN")).toBe("zh-CN");
    expect(pickLanguage("zh-TW")).toBe("zh-CN");
    expect(pickLanguage("ZH")).toBe("zh-CN");
    expect(pickLanguage("en-GB")).toBe("en-US");
    expect(pickLanguage("de-DE")).toBe("en-US");
    expect(pickLanguage("")).toBe("en-US");
    expect(pickLanguage(undefined)).toBe("en-US");
  });
});

describe("createFormatters", () => {
  // Expected strings: what Intl (ICU, CLDR data) gives for these locales; hand-checked.
  it("formats numbers, percents and dates for the locale", () => {
    const en = createFormatters("en-US");
    expect(en.number(12345.678)).toBe("12,345.68");
    expect(en.percent(0.8)).toBe("80%");
    expect(en.percent(0.1234)).toBe("12.3%");
    expect(en.date(new Date(Date.UTC(2024, 0, 5)))).toBe("01/05/2024");
    const zh = createFormatters("zh-CN");
    expect(zh.integer(1234567)).toBe("1,234,567");
    expect(zh.date(new Date(Date.UTC(2024, 0, 5)))).toBe("2024/01/05");
  });

  it("shows a dash for a number that is not finite", () => {
    expect(createFormatters("en-US").number(NaN)).toBe("–");
  });
});

describe("translateError", () => {
  it("uses the error's English message when the catalog has no entry for its key", () => {
    const i18n = createI18n("zh-CN");
    const view = translateError(
      i18n.t,
      new InputError("some-unknown-key", { n: 2 }, "Share 2 is -5; expected above 0."),
    );
    expect(view.message).toBe("Share 2 is -5; expected above 0.");
    expect(view.title).toBe("请检查输入");
  });

  it("translates a host error by its code", () => {
    const i18n = createI18n("zh-CN");
    const view = translateError(
      i18n.t,
      new HostError("MultiAreaSelection", "The selection has 2 areas.", "host.multiArea"),
    );
    expect(view.message).toBe(zhCN.errors.host.multiArea);
  });

  it("never shows a stack for an unexpected error", () => {
    const i18n = createI18n("en-US");
    const err = new Error("boom");
    const view = translateError(i18n.t, err);
    expect(view.message).toBe("Something went wrong: boom");
    expect(view.message).not.toContain("at ");
  });
});

describe("engine error messages", () => {
  it("translate an InputError by its key with its params", () => {
    const zh = createI18n("zh-CN");
    const err = new InputError(
      "shares.sum",
      { what: "tiers.shares", sum: 90 },
      "tiers.shares: expected shares summing to 100 % (or to 1), found a sum of 90 %.",
    );
    expect(translateError(zh.t, err).message).toBe("占比合计为 90，必须等于 100%。");
    const en = createI18n("en-US");
    expect(translateError(en.t, err).message).toBe("The shares add up to 90; they must add up to 100%.");
  });
});
