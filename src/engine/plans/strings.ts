import type { PlanLang } from "./types";

/** Titles and headers written into the workbook, in en-US and zh-CN (the UI catalogs live in src/i18n). */
const STRINGS = {
  "en-US": {
    tier: "Tier",
    score: "Score",
    rank: "Rank",
    why: "Why",
    tierColumns: "tier columns",
    suggestedOwner: "Suggested owner",
    suggestedOwnerWhat: "suggested owners",
    summarySheet: "TierLadder Summary",
    value: "Value",
    valueShare: "% value",
    cumulativeShare: "Cumulative % value",
    customers: "Customers",
    customerShare: "% customers",
    total: "Total",
    summaryWhat: "tier summary",
    paretoTitle: "Value by tier (Pareto)",
    reportTitle: "Customer tiers: summary",
    method: "Method",
    parameters: "Parameters",
    source: "Data source",
    date: "Date",
    reportWhat: "report header",
    tasksSheet: "TierLadder Tasks",
    customer: "Customer",
    type: "Type",
    task: "Task",
    channel: "Channel",
    owner: "Owner",
    due: "Due date",
    status: "Status",
    notes: "Notes",
    tasksWhat: "task list",
    hoursPerWeek: "Hours per week",
    capacity: "Capacity",
    overloaded: "Overloaded",
    yes: "Yes",
    no: "No",
    workloadWhat: "workload per owner",
    statuses: ["Not started", "In progress", "Done"],
    keptColumn: "Previous run",
    keptMark: "Kept from the previous run",
    carriedNote: (carried: number, kept: number, sheet: string) =>
      `${sheet}: the status and notes of ${carried} ${carried === 1 ? "task were" : "tasks were"} carried over from the previous list` +
      (kept > 0
        ? `; ${kept} earlier ${kept === 1 ? "row was" : "rows were"} kept at the end, marked "Kept from the previous run".`
        : "."),
    funnelSheet: "TierLadder Funnel",
    stage: "Stage",
    target: "Target",
    actual: "Actual",
    targetRate: "Target rate",
    actualRate: "Actual rate",
    gap: "Gap",
    bottleneck: "Bottleneck",
    bottleneckMark: "◀ bottleneck",
    funnelWhat: "stage targets",
    funnelTitle: "Stage targets",
    startBy: "Start by",
    share: "Share",
    deals: "Deals",
    revenue: "Revenue",
    tierPlanWhat: "plan per tier",
    allocationWhat: "split of the target",
    targetVsActualTitle: "Target vs actual by stage",
    movementSheet: "TierLadder Movement",
    from: "From",
    to: "To",
    movementWhat: "tier movement",
    whoMovedWhat: "customers who changed tier",
    rep: "Sales rep",
    previousTier: "Previous tier",
    newCustomer: "(new)",
    goneCustomer: "(gone)",
    moveLine: (n: number, from: string, to: string) => `${n} ${n === 1 ? "customer" : "customers"} ${from} → ${to}`,
    repsSheet: "TierLadder Reps",
    repsWhat: "figures per rep",
    repTotalsWhat: "team totals",
    customersOfTier: (tier: string) => `Customers (${tier})`,
    valueOfTier: (tier: string) => `Value (${tier})`,
    quota: "Quota",
    actualSales: "Actual sales",
    attainment: "Attainment",
    grade: "Grade",
    payout: "Payout",
    effectiveRate: "Effective rate",
    noRep: "(no rep)",
  },
  "zh-CN": {
    tier: "层级",
    score: "得分",
    rank: "排名",
    why: "说明",
    tierColumns: "层级列",
    suggestedOwner: "建议负责人",
    suggestedOwnerWhat: "建议负责人",
    summarySheet: "TierLadder 汇总",
    value: "金额",
    valueShare: "金额占比",
    cumulativeShare: "累计金额占比",
    customers: "客户数",
    customerShare: "客户数占比",
    total: "合计",
    summaryWhat: "层级汇总",
    paretoTitle: "各层级金额（帕累托图）",
    reportTitle: "客户分级汇总",
    method: "分级方法",
    parameters: "参数",
    source: "数据来源",
    date: "日期",
    reportWhat: "报告抬头",
    tasksSheet: "TierLadder 任务",
    customer: "客户",
    type: "类型",
    task: "任务",
    channel: "联系方式",
    owner: "负责人",
    due: "截止日期",
    status: "状态",
    notes: "备注",
    tasksWhat: "任务清单",
    hoursPerWeek: "每周工时",
    capacity: "产能（每周可用工时）",
    overloaded: "超出产能",
    yes: "是",
    no: "否",
    workloadWhat: "负责人工作量",
    statuses: ["未开始", "进行中", "已完成"],
    keptColumn: "上次运行",
    keptMark: "沿用上次运行",
    carriedNote: (carried: number, kept: number, sheet: string) =>
      `${sheet}：${carried} 项任务沿用了上次清单中的状态和备注` +
      (kept > 0 ? `；${kept} 行上次的记录保留在末尾，标记为“沿用上次运行”。` : "。"),
    funnelSheet: "TierLadder 漏斗",
    stage: "阶段",
    target: "目标",
    actual: "实际",
    targetRate: "目标转化率",
    actualRate: "实际转化率",
    gap: "差距",
    bottleneck: "瓶颈阶段",
    bottleneckMark: "◀ 瓶颈阶段",
    funnelWhat: "阶段目标",
    funnelTitle: "阶段目标",
    startBy: "最晚开始日期",
    share: "占比",
    deals: "签约数",
    revenue: "销售额",
    tierPlanWhat: "各层级计划",
    allocationWhat: "目标分解",
    targetVsActualTitle: "各阶段目标与实际",
    movementSheet: "TierLadder 层级变动",
    from: "原层级",
    to: "新层级",
    movementWhat: "层级变动",
    whoMovedWhat: "层级变动的客户",
    rep: "销售代表",
    previousTier: "上次层级",
    newCustomer: "（新增）",
    goneCustomer: "（已移除）",
    moveLine: (n: number, from: string, to: string) => `${n} 位客户 ${from} → ${to}`,
    repsSheet: "TierLadder 销售代表",
    repsWhat: "销售代表业绩",
    repTotalsWhat: "团队合计",
    customersOfTier: (tier: string) => `客户数（${tier}）`,
    valueOfTier: (tier: string) => `金额（${tier}）`,
    quota: "销售指标（配额）",
    actualSales: "实际业绩",
    attainment: "达成率",
    grade: "绩效等级",
    payout: "提成/奖金",
    effectiveRate: "实际提成比例",
    noRep: "（未指定销售代表）",
  },
} as const;

export type PlanStrings = (typeof STRINGS)["en-US"] | (typeof STRINGS)["zh-CN"];

/** The string table for a language; anything not zh-* gets English. */
export function planStrings(lang: PlanLang | string): PlanStrings {
  return lang.toLowerCase().startsWith("zh") ? STRINGS["zh-CN"] : STRINGS["en-US"];
}

/**
 * Default tier fills: Excel's built-in "Good", "Neutral" and "Bad" cell-style fills (#C6EFCE, #FFEB9C,
 * #FFC7CE), then lighter greys for further tiers.
 */
export const DEFAULT_TIER_FILLS = ["#C6EFCE", "#FFEB9C", "#FFC7CE", "#DDEBF7", "#EDEDED", "#F2F2F2"];

/** Header fill of TierLadder's blocks (Excel's "Blue, Accent 1, Lighter 80%"). */
export const HEADER_FILL = "#DDEBF7";

/** Status texts of every language → this language's, so a status carried over stays one of the drop-down's. */
export function statusTranslations(lang: PlanLang): Record<string, string> {
  const target = planStrings(lang).statuses;
  const out: Record<string, string> = {};
  for (const table of [STRINGS["en-US"], STRINGS["zh-CN"]])
    table.statuses.forEach((st, i) => {
      out[st] = target[i];
    });
  return out;
}

/** Header of the kept-rows column in this language first, then in the others (all are recognised). */
export function keptHeaders(lang: PlanLang): string[] {
  const own = planStrings(lang).keptColumn;
  return [own, ...[STRINGS["en-US"].keptColumn, STRINGS["zh-CN"].keptColumn].filter((h) => h !== own)];
}
