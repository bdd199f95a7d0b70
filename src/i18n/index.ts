export { enUS, type Catalog } from "./en-US";
export { zhCN } from "./zh-CN";
export { pickLanguage, LANGS, type Lang } from "./language";
export { createFormatters, type Formatters } from "./format";
export { createI18n } from "./create-i18n";
export { translateError, type ErrorView } from "./translate-error";
export { renderNotice, type NoticeT } from "./render-notice";
export { englishNotice } from "./english-notice";
