import { Link } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Lang } from "../../i18n/language";

/**
 * The pane's Help link: help.html (served beside the pane, see webpack.config.js) at the section of the
 * pane's language (help.html#en-US, help.html#zh-CN). A real link, so it takes keyboard focus and opens
 * with Enter; Office opens a new-window link in the browser.
 */
export function HelpLink({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  return (
    <Link
      href={`help.html#${lang}`}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="app-help"
      aria-label={t("app.helpLabel")}
    >
      {t("app.help")}
    </Link>
  );
}
