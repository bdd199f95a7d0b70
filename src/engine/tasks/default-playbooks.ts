import type { LocalizedText } from "../ladder/types";
import { customerKey } from "../table/customer-key";
import { LIFECYCLE_NAMES, LIFECYCLE_STAGES, type LifecycleStage } from "../tiering/lifecycle-stages";
import type { TaskTemplate, TierPlaybook } from "./types";

const KEY_ACCOUNT: LocalizedText = { "en-US": "Key account manager", "zh-CN": "专属客户经理" };
const SALES_REP: LocalizedText = { "en-US": "Sales rep", "zh-CN": "销售代表" };
const SERVICE: LocalizedText = { "en-US": "Customer service", "zh-CN": "客服专员" };

/**
 * Tier A: a dedicated account manager, a monthly visit, a weekly check-in, a custom proposal and a
 * quarterly business review (common key-account practice, as DESIGN.md "Tasks" and issue 3 describe).
 */
const A: readonly TaskTemplate[] = [
  {
    id: "a-visit",
    type: "maintenance",
    cadence: "monthly",
    channel: "visit",
    effortHours: 3,
    ownerRole: KEY_ACCOUNT,
    title: { "en-US": "Monthly on-site visit", "zh-CN": "每月上门拜访" },
  },
  {
    id: "a-checkin",
    type: "maintenance",
    cadence: "weekly",
    channel: "call",
    effortHours: 0.5,
    ownerRole: KEY_ACCOUNT,
    title: { "en-US": "Weekly check-in call", "zh-CN": "每周电话沟通" },
  },
  {
    id: "a-proposal",
    type: "new-customer",
    cadence: "once",
    channel: "visit",
    effortHours: 4,
    ownerRole: KEY_ACCOUNT,
    title: { "en-US": "Custom proposal for new business", "zh-CN": "定制新业务方案" },
  },
  {
    id: "a-review",
    type: "maintenance",
    cadence: "quarterly",
    channel: "visit",
    effortHours: 2,
    ownerRole: KEY_ACCOUNT,
    title: { "en-US": "Quarterly business review", "zh-CN": "季度业务回顾" },
  },
  {
    id: "a-payment",
    type: "collection",
    cadence: "monthly",
    channel: "call",
    effortHours: 0.5,
    ownerRole: KEY_ACCOUNT,
    title: { "en-US": "Confirm payments due", "zh-CN": "确认应收回款" },
  },
];

/** Tier B: regular calls by a sales rep, monthly offers, payment reminders. */
const B: readonly TaskTemplate[] = [
  {
    id: "b-call",
    type: "maintenance",
    cadence: "monthly",
    channel: "call",
    effortHours: 0.5,
    ownerRole: SALES_REP,
    title: { "en-US": "Follow-up call", "zh-CN": "定期电话回访" },
  },
  {
    id: "b-offer",
    type: "new-customer",
    cadence: "monthly",
    channel: "email",
    effortHours: 0.25,
    ownerRole: SALES_REP,
    title: { "en-US": "Send offers on new products", "zh-CN": "推送新品与优惠" },
  },
  {
    id: "b-payment",
    type: "collection",
    cadence: "monthly",
    channel: "call",
    effortHours: 0.25,
    ownerRole: SALES_REP,
    title: { "en-US": "Payment reminder", "zh-CN": "回款提醒" },
  },
];

/** Tier C: standard service through automated messages; a few minutes each to check they went out. */
const C: readonly TaskTemplate[] = [
  {
    id: "c-newsletter",
    type: "maintenance",
    cadence: "monthly",
    channel: "automated",
    effortHours: 0.05,
    ownerRole: SERVICE,
    title: { "en-US": "Automated newsletter", "zh-CN": "自动推送资讯" },
  },
  {
    id: "c-survey",
    type: "research",
    cadence: "quarterly",
    channel: "automated",
    effortHours: 0.05,
    ownerRole: SERVICE,
    title: { "en-US": "Satisfaction survey", "zh-CN": "满意度调研" },
  },
  {
    id: "c-payment",
    type: "collection",
    cadence: "monthly",
    channel: "automated",
    effortHours: 0.05,
    ownerRole: SERVICE,
    title: { "en-US": "Automated payment reminder", "zh-CN": "自动回款提醒" },
  },
];

const DEFAULTS = [A, B, C];

/**
 * Default playbooks for the given tier labels, top tier first: the first tier gets A's playbook, the
 * second B's, and the third and every further tier C's (the lowest-touch service).
 */
export function defaultPlaybooks(labels: readonly string[] = ["A", "B", "C"]): TierPlaybook[] {
  return labels.map((tier, i) => ({ tier, templates: DEFAULTS[Math.min(i, DEFAULTS.length - 1)] }));
}

/**
 * The tasks a category playbook starts with (DESIGN.md "Tasks"): a win-back call for lost customers, an
 * onboarding call for new ones, else a monthly account call; the user edits titles, cadence and effort.
 */
export const PLAYBOOK_STARTERS = ["win-back", "onboarding", "follow-up"] as const;
export type PlaybookStarter = (typeof PLAYBOOK_STARTERS)[number];

const STARTERS: Readonly<Record<PlaybookStarter, readonly TaskTemplate[]>> = {
  // Win a lapsed customer back: one call in the horizon, by a sales rep (现有客户维护: they bought before).
  "win-back": [
    {
      id: "win-back-call",
      type: "maintenance",
      cadence: "once",
      channel: "call",
      effortHours: 0.5,
      ownerRole: SALES_REP,
      title: { "en-US": "Win-back call", "zh-CN": "流失客户挽回电话" },
    },
  ],
  // Welcome a new customer and help them through the first order (新客户开发).
  onboarding: [
    {
      id: "onboarding-call",
      type: "new-customer",
      cadence: "once",
      channel: "call",
      effortHours: 1,
      ownerRole: SALES_REP,
      title: { "en-US": "Onboarding call", "zh-CN": "新客户引导电话" },
    },
  ],
  // Not tier B's "Follow-up call" (定期电话回访): a B customer may get both, and the sheet tells them apart by title.
  "follow-up": [
    {
      id: "follow-up-call",
      type: "maintenance",
      cadence: "monthly",
      channel: "call",
      effortHours: 0.5,
      ownerRole: SALES_REP,
      title: { "en-US": "Monthly account call", "zh-CN": "每月客户回访" },
    },
  ],
};

export function starterTemplates(starter: PlaybookStarter): readonly TaskTemplate[] {
  return STARTERS[starter];
}

/** A lifecycle grade's names in both languages, as customer keys. */
const gradeKeys = (stage: LifecycleStage) =>
  new Set(Object.values(LIFECYCLE_NAMES).map((names) => customerKey(names[LIFECYCLE_STAGES.indexOf(stage)])));
const NEW_KEYS = gradeKeys("new");
const LOST_KEYS = gradeKeys("lost");

/** The starter a category value suggests: win-back for Lost / 流失客户, onboarding for New / 新客户, else a monthly account call. */
export function starterFor(value: string): PlaybookStarter {
  const key = customerKey(value);
  return LOST_KEYS.has(key) ? "win-back" : NEW_KEYS.has(key) ? "onboarding" : "follow-up";
}

/** Lifecycle grades that are not a value tier: a prospect to contact, a lapsing customer to ask why. */
const FIRST_CONTACT: readonly TaskTemplate[] = [
  {
    id: "first-contact-call",
    type: "new-customer",
    cadence: "once",
    channel: "call",
    effortHours: 0.5,
    ownerRole: SALES_REP,
    title: { "en-US": "First contact call", "zh-CN": "初次接触电话" },
  },
];
const AT_RISK_CALL: readonly TaskTemplate[] = [
  {
    id: "at-risk-call",
    type: "maintenance",
    cadence: "once",
    channel: "call",
    effortHours: 0.5,
    ownerRole: SALES_REP,
    title: { "en-US": "Check-in call: why no recent orders?", "zh-CN": "风险客户关怀回访（了解近期未下单原因）" },
  },
];

/** Each lifecycle grade's default tasks: no value tier's playbook fits a customer who never bought. */
const LIFECYCLE_DEFAULTS: Readonly<Record<LifecycleStage, readonly TaskTemplate[]>> = {
  never: FIRST_CONTACT,
  new: [...STARTERS.onboarding, ...B],
  active: B,
  "at-risk": [...AT_RISK_CALL, ...B],
  lost: [...STARTERS["win-back"], ...C],
};

/**
 * Default playbooks for the lifecycle method's tiers (labels in LIFECYCLE_STAGES order: never, new, active,
 * at risk, lost), DESIGN.md "Tasks": a first contact call for Never purchased; the onboarding call and tier B's
 * regular calls for New; tier B's for Active; a check-in call and B's for At risk; the win-back call and tier C's
 * automated messages for Lost.
 */
export function lifecyclePlaybooks(labels: readonly string[]): TierPlaybook[] {
  return labels.map((tier, i) => ({ tier, templates: LIFECYCLE_DEFAULTS[LIFECYCLE_STAGES[i]] ?? C }));
}
