import type { Lang } from "../i18n/language";

/**
 * The preview page's own words (the banner, the grid's controls). The task pane's strings live in
 * src/i18n; these describe the test double around it, so they stay here beside the page.
 */
const en = {
  banner:
    "Preview — this is not Excel: an in-memory workbook (a test double) runs the real TierLadder pane and host code",
  workbook: "In-memory workbook",
  sheets: "Sheets",
  nameBox: "Name box (cell or range address)",
  nameBoxInvalid: "“{address}” is not a cell or range address. Type one like B2 or A1:H501.",
  nameBoxUnknownSheet: "There is no sheet called “{sheet}”.",
  grid: "Cells of sheet {sheet}",
  charts: "Charts on this sheet",
  sample: "Sample data",
  sampleEn: "English headers",
  sampleZh: "中文表头 (Chinese)",
  download: "Download workbook",
  downloadSaving: "Saving the workbook as .xlsx…",
  downloadSaved: "Saved as {file}.",
  downloadFailed: "The workbook could not be saved as .xlsx: {message}",
} as const;

export type PreviewStrings = { readonly [K in keyof typeof en]: string };

const zh: PreviewStrings = {
  banner: "预览 — 这不是 Excel：一个内存中的工作簿（测试替身）运行真实的 TierLadder 任务窗格和宿主代码",
  workbook: "内存工作簿",
  sheets: "工作表",
  nameBox: "名称框（单元格或区域地址）",
  nameBoxInvalid: "“{address}”不是单元格或区域地址。请输入如 B2 或 A1:H501 的地址。",
  nameBoxUnknownSheet: "没有名为“{sheet}”的工作表。",
  grid: "工作表 {sheet} 的单元格",
  charts: "本工作表中的图表",
  sample: "示例数据",
  sampleEn: "English headers（英文表头）",
  sampleZh: "中文表头",
  download: "下载工作簿",
  downloadSaving: "正在将工作簿保存为 .xlsx…",
  downloadSaved: "已保存为 {file}。",
  downloadFailed: "无法将工作簿保存为 .xlsx：{message}",
};

export function previewStrings(lang: Lang): PreviewStrings {
  return lang === "zh-CN" ? zh : en;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
