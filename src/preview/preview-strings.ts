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
  openFile: "Open a workbook (.xlsx, .xlsm or .csv)",
  openFilePrivacy: "Your file is read in this browser and never uploaded: nothing leaves your computer.",
  dropFile: "Drop an .xlsx, .xlsm or .csv file to open it",
  openedFile: "Workbook: {file}",
  openedHint: "Select the customer range in the grid (with its header row), then choose Use selection in the pane.",
  openReading: "Reading {file}…",
  openCells: "Loading the cells of {file}: {percent}%",
  openProgress: "Opening the workbook",
  openEmpty: "“{file}” is empty (0 bytes). Choose the workbook again, or save it again from Excel or WPS.",
  openEncrypted:
    "“{file}” is protected with a password, so it cannot be read here. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save it, and open that copy.",
  openXls:
    "“{file}” is an Excel 97–2003 workbook (.xls), which this page does not read. Save it as an Excel Workbook (.xlsx) in Excel or WPS, then open that file.",
  openNotWorkbook: "“{file}” is an Office file, but not a workbook. Open an .xlsx, .xlsm or .csv file.",
  openMalformed:
    "“{file}” could not be read: it is damaged or is not really an .xlsx, .xlsm or .csv file ({detail}). Open it in Excel or WPS, save it again as .xlsx, and open that copy.",
  openTooManyRows:
    "“{file}” has more rows than a worksheet holds (1,048,576). Split it into files of at most 1,048,576 rows, or filter it, then open it again.",
  openTooManyColumns:
    "“{file}” has more columns ({detail}) than a worksheet holds (16,384). Remove the columns you do not need, then open it again.",
  openUnsupportedType:
    "“{file}” is not an .xlsx, .xlsm or .csv file. Save it from Excel or WPS as Excel Workbook (.xlsx) or CSV UTF-8, then open it.",
  openTableWithoutHeader:
    "In “{file}”, table {detail} has no header row, and TierLadder reads a table by its headers. In Excel, select the table, turn on Header Row (Table Design tab), save, and open it again.",
  openFailed: "“{file}” could not be opened: {detail}",
  openSettingsUnreadable:
    "The TierLadder settings saved in “{file}” could not be read, so the workbook opened without them (the saved scheme and last run are not restored).",
  openMacrosKept: "Its macros (the VBA project) are kept: the workbook downloads as {file}, a macro-enabled workbook.",
  openNotKept:
    "Your file has things this page does not keep, so the downloaded workbook will not have them: {list}. Your original file is not changed; keep it.",
  notKeptOnSheets: "{feature} (on {sheets})",
  notKeptSeparator: "; ",
  sheetSeparator: ", ",
  notKept_hyperlinks: "hyperlinks",
  notKept_drawings: "pictures, shapes and charts",
  notKept_comments: "comments and notes",
  notKept_chartSheets: "chart sheets",
  notKept_pivotTables: "PivotTables",
  notKept_macros: "macros",
  notKept_printerSettings:
    "the printer driver's own print settings (the printout uses the printer's defaults for them)",
  notKept_threadedComments:
    "threaded comments (each one stays as a note with its text and replies, which can no longer be replied to)",
  notKept_embeddedObjects: "embedded objects and controls (buttons, check boxes and the like)",
  notKept_slicers: "slicers and timelines (the filter buttons of tables and PivotTables)",
  notKept_otherSheetParts: "other sheet content Excel keeps (such as add-in data, or parts missing from the file)",
  notKept_externalLinks: "links to other workbooks (formulas such as [1]Sheet1!A1)",
  notKept_otherWorkbookParts:
    "other workbook content Excel keeps (such as items published to the web, a customized ribbon, other add-ins' task panes, or a digital signature)",
  notKept_dataConnections:
    "data connections and queries' links to their sources (Data › Queries & Connections), and the data model",
  notKept_tableSettings:
    "table settings other than their name, range, headers and style (such as a total row, calculated columns, column formats, a filter or sort, a custom table style, a query or XML map)",
  notKept_richText:
    "formatting within a cell's text (such as one word in bold or in red): the text stays, in the cell's own format",
  notKept_dataTables:
    "What-If data tables (Data › What-If Analysis › Data Table): their last results stay, as values that no longer update",
  notKept_grouping:
    "grouped columns (the outline): they stay as they are, shown or hidden, without their group buttons",
  notKept_arrayFormulas:
    "array formulas the file stores incompletely (a dynamic array without its metadata stays a fixed-size array formula; one with a damaged range an ordinary formula)",
  download: "Download workbook",
  downloadSaving: "Saving the workbook…",
  downloadSaved: "Saved as {file}.",
  downloadFailed: "The workbook could not be saved: {message}",
  saveFillColour:
    "on sheet “{sheet}”, cells {address} have the fill colour “{detail}”, and only colours written as #RRGGBB can be saved. Give those cells another fill and download again.",
  saveConditionalFormat:
    "on sheet “{sheet}”, the conditional format on {address} compares with “{detail}”, which cannot be saved. Remove that conditional format and download again.",
  saveTextTooLong:
    "on sheet “{sheet}”, cell {address} holds {detail} characters, and an Excel cell holds at most 32,767. Shorten that text and download again.",
  saveNotFinite:
    "on sheet “{sheet}”, cell {address} holds {detail}, which is not a number a workbook file can hold. Replace it and download again.",
  saveNoNoteRow:
    "sheet “{sheet}” has no empty row left for the note that replaces chart “{detail}” (the file cannot hold the chart itself). Clear the last row of the sheet and download again.",
  saveUnexpected: "writing the file failed ({detail}). Try again; if it fails again, report this message.",
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
  openFile: "打开工作簿（.xlsx、.xlsm 或 .csv）",
  openFilePrivacy: "文件只在本浏览器中读取，不会上传：任何数据都不会离开你的电脑。",
  dropFile: "将 .xlsx、.xlsm 或 .csv 文件拖放到此处即可打开",
  openedFile: "工作簿：{file}",
  openedHint: "请在表格中选中客户数据区域（含标题行），然后在任务窗格中点击“使用所选区域”。",
  openReading: "正在读取 {file}…",
  openCells: "正在载入 {file} 的单元格：{percent}%",
  openProgress: "正在打开工作簿",
  openEmpty: "“{file}”是空文件（0 字节）。请重新选择该工作簿，或在 Excel 或 WPS 中重新保存。",
  openEncrypted:
    "“{file}”设有打开密码，无法在此读取。请在 Excel 中打开它，删除密码（文件 › 信息 › 保护工作簿 › 用密码进行加密）后保存，再打开该副本。",
  openXls:
    "“{file}”是 Excel 97–2003 工作簿（.xls），本页面无法读取。请在 Excel 或 WPS 中将其另存为 Excel 工作簿（.xlsx），再打开该文件。",
  openNotWorkbook: "“{file}”是 Office 文件，但不是工作簿。请打开 .xlsx、.xlsm 或 .csv 文件。",
  openMalformed:
    "无法读取“{file}”：文件已损坏，或并不是真正的 .xlsx、.xlsm 或 .csv 文件（{detail}）。请在 Excel 或 WPS 中打开并重新另存为 .xlsx，然后打开该副本。",
  openTooManyRows:
    "“{file}”的行数超过工作表上限（1,048,576 行）。请将其拆分为每个不超过 1,048,576 行的文件，或筛选后再打开。",
  openTooManyColumns: "“{file}”的列数（{detail}）超过工作表上限（16,384 列）。请删除不需要的列后再打开。",
  openUnsupportedType:
    "“{file}”不是 .xlsx、.xlsm 或 .csv 文件。请在 Excel 或 WPS 中将其另存为 Excel 工作簿（.xlsx）或 CSV UTF-8 后再打开。",
  openTableWithoutHeader:
    "“{file}”中的表格 {detail} 没有标题行，而 TierLadder 需要按标题读取表格。请在 Excel 中选中该表格，在“表设计”选项卡中勾选“标题行”，保存后再打开。",
  openFailed: "无法打开“{file}”：{detail}",
  openSettingsUnreadable:
    "无法读取“{file}”中保存的 TierLadder 设置，工作簿已打开，但未恢复已保存的方案和上次运行结果。",
  openMacrosKept: "文件中的宏（VBA 工程）会保留，工作簿将下载为启用宏的工作簿 {file}。",
  openNotKept:
    "你的文件中有本页面无法保留的内容，下载的工作簿中将没有这些内容：{list}。原文件不会被修改，请保留好原文件。",
  notKeptOnSheets: "{feature}（工作表：{sheets}）",
  notKeptSeparator: "；",
  sheetSeparator: "、",
  notKept_hyperlinks: "超链接",
  notKept_drawings: "图片、形状和图表",
  notKept_comments: "批注和注释",
  notKept_chartSheets: "图表工作表",
  notKept_pivotTables: "数据透视表",
  notKept_macros: "宏",
  notKept_printerSettings: "打印机驱动程序自己的打印设置（打印时改用打印机的默认设置）",
  notKept_threadedComments: "批注（每条批注及其回复会以文字形式保留为注释，但无法再回复）",
  notKept_embeddedObjects: "嵌入的对象和控件（按钮、复选框等）",
  notKept_slicers: "切片器和日程表（表格和数据透视表的筛选按钮）",
  notKept_otherSheetParts: "Excel 保存在工作表中的其他内容（如加载项数据，或文件中缺失的部件）",
  notKept_externalLinks: "指向其他工作簿的链接（如 [1]Sheet1!A1 这样的公式）",
  notKept_otherWorkbookParts:
    "Excel 保存在工作簿中的其他内容（如发布到网页的项目、自定义功能区、其他加载项的任务窗格或数字签名）",
  notKept_dataConnections: "数据连接、查询与数据源之间的连接（数据 › 查询和连接），以及数据模型",
  notKept_tableSettings:
    "表格除名称、区域、标题和样式以外的设置（如汇总行、计算列、列格式、筛选或排序、自定义表格样式、查询或 XML 映射）",
  notKept_richText: "单元格内文字的局部格式（如其中一个词加粗或标红）：文字保留，格式改为单元格本身的格式",
  notKept_dataTables: "模拟运算表（数据 › 模拟分析 › 模拟运算表）：保留最后一次的结果，但只是数值，不再随数据更新",
  notKept_grouping: "分组的列（分级显示）：列保持原样（显示或隐藏），但没有分组按钮",
  notKept_arrayFormulas:
    "文件中记录不完整的数组公式（缺少元数据的动态数组保留为固定大小的数组公式；区域已损坏的保留为普通公式）",
  download: "下载工作簿",
  downloadSaving: "正在保存工作簿…",
  downloadSaved: "已保存为 {file}。",
  downloadFailed: "无法保存工作簿：{message}",
  saveFillColour:
    "工作表“{sheet}”中单元格 {address} 的填充颜色为“{detail}”，只有 #RRGGBB 形式的颜色才能保存。请为这些单元格换一种填充颜色，然后重新下载。",
  saveConditionalFormat:
    "工作表“{sheet}”中 {address} 的条件格式使用了无法保存的比较方式“{detail}”。请删除该条件格式，然后重新下载。",
  saveTextTooLong:
    "工作表“{sheet}”的单元格 {address} 含有 {detail} 个字符，而 Excel 单元格最多只能容纳 32,767 个字符。请缩短该文本，然后重新下载。",
  saveNotFinite:
    "工作表“{sheet}”的单元格 {address} 中的值 {detail} 不是工作簿文件能保存的数字。请替换该值，然后重新下载。",
  saveNoNoteRow:
    "工作表“{sheet}”已没有空行来写入代替图表“{detail}”的说明（文件无法保存该图表本身）。请清空工作表的最后一行，然后重新下载。",
  saveUnexpected: "写入文件时出错（{detail}）。请重试；如果仍然失败，请报告此消息。",
};

export function previewStrings(lang: Lang): PreviewStrings {
  return lang === "zh-CN" ? zh : en;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
