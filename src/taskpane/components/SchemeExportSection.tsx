import { Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useSchemeExport } from "../hooks/useSchemeExport";
import { SchemeFileExport } from "./SchemeFileExport";
import { Section } from "./Section";
import { SqlExport } from "./SqlExport";

/** The Write tab's export: the scheme the Tiers form makes now, as a JSON file and as SQL for a database. */
export function SchemeExportSection() {
  const { t } = useTranslation();
  const exp = useSchemeExport();
  if (!exp.scheme)
    return (
      <Section title={t("exportScheme.heading")} id="write-export" level={3}>
        <Text data-testid="write-export-none">{t("exportScheme.none")}</Text>
      </Section>
    );
  return (
    <>
      <Section title={t("exportScheme.heading")} id="write-export" level={3}>
        <SchemeFileExport scheme={exp.fileScheme ?? exp.scheme} />
      </Section>
      <Section title={t("exportScheme.sqlHeading")} id="write-sql" level={3}>
        <SqlExport exp={exp} />
      </Section>
    </>
  );
}
