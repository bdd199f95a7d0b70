import { Button, Link, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Scheme } from "../../engine/scheme";
import { useCopyText } from "../hooks/useCopyText";
import { useObjectUrl } from "../hooks/useObjectUrl";
import { SCHEME_FILE_NAME, schemeJson } from "../model/scheme-export";
import { CopiedNote } from "./CopiedNote";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM },
});

/**
 * Export scheme: the scheme as tierladder-scheme.json through a download link, and Copy for hosts where the
 * download does not start. Office for Mac has been reported to ignore `<a download>` links in task panes
 * (https://github.com/OfficeDev/office-js/issues/3385, https://github.com/OfficeDev/office-js/issues/4681) and
 * Office on the web blocks the Clipboard API (useCopyText), so the hint says so and a refused Copy shows the text.
 */
export function SchemeFileExport({ scheme }: { scheme: Scheme }) {
  const { t } = useTranslation();
  const s = useStyles();
  const json = useMemo(() => schemeJson(scheme), [scheme]);
  const url = useObjectUrl(json, "application/json");
  const { outcome, copy } = useCopyText(json);
  return (
    <>
      <div className={s.row}>
        {url && (
          <Link href={url} download={SCHEME_FILE_NAME} data-testid="write-export-scheme">
            {t("exportScheme.download", { file: SCHEME_FILE_NAME })}
          </Link>
        )}
        <Button data-testid="write-export-json" onClick={() => void copy()}>
          {t("exportScheme.copyJson")}
        </Button>
      </div>
      <Text size={200}>{t("exportScheme.downloadHint")}</Text>
      <CopiedNote outcome={outcome} testId="write-export-json-copied" />
      {outcome === "refused" && (
        <Textarea
          readOnly
          resize="vertical"
          rows={8}
          value={json}
          aria-label={t("exportScheme.jsonText")}
          data-testid="write-export-json-text"
        />
      )}
    </>
  );
}
