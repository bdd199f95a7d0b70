import { Button, Field, Input, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Lang } from "../../engine/ladder";
import type { LadderDraft, LadderRow } from "../model/ladder-draft";
import type { TierLadderDraft } from "../model/tier-ladders";
import type { Problem } from "../model/tier-draft";
import { problemText } from "../model/problem-text";
import { PercentInput } from "./PercentInput";

interface Props {
  labels: readonly string[];
  draft: LadderDraft;
  setDraft(update: (d: LadderDraft) => LadderDraft): void;
  problems: Readonly<Record<string, Problem>>;
  lang: Lang;
}

const useStyles = makeStyles({
  tier: { border: "none", padding: 0, margin: 0, display: "grid", gap: "4px", minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold },
  // A rate and its remove button on one line; at 320 px (rate fields under 160 px) the button wraps below.
  stage: { display: "flex", flexWrap: "wrap", gap: "4px", alignItems: "end" },
  rate: { flexGrow: 1, flexShrink: 1, flexBasis: "160px", minWidth: 0 },
  input: { minWidth: 0 },
});

const fieldState = (p: Problem | undefined) => (p ? "error" : "none");

/**
 * Per tier: its share of the target, its average deal size (revenue targets) and, when switched on,
 * its own stages and rates, starting from a copy of the main ladder (stages can be left out).
 */
export function TierLaddersEditor(props: Props) {
  const { labels, setDraft } = props;
  const setTier = (label: string, patch: Partial<TierLadderDraft>) =>
    setDraft((d) => ({
      ...d,
      tiers: { ...d.tiers, [label]: { ...(d.tiers[label] ?? { share: "", avgDeal: "" }), ...patch } },
    }));
  return labels.map((label) => (
    <TierLadder key={label} label={label} setTier={(patch) => setTier(label, patch)} {...props} />
  ));
}

type TierProps = Props & { label: string; setTier(patch: Partial<TierLadderDraft>): void };

function TierLadder({ label, draft, problems: p, setTier, lang }: TierProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const tier = draft.tiers[label] ?? { share: "", avgDeal: "" };
  const rows = tier.rows;
  return (
    <fieldset data-testid={`ladder-tier-${label}`} className={s.tier}>
      <legend className={s.legend}>{t("ladder.tierGroup", { label })}</legend>
      <Field
        label={t("ladder.tierShare", { label })}
        validationMessage={problemText(t, p[`share-${label}`])}
        validationState={fieldState(p[`share-${label}`])}
      >
        <PercentInput
          data-testid={`ladder-tier-share-${label}`}
          value={tier.share}
          inputMode="decimal"
          onChange={(_, d) => setTier({ share: d.value })}
        />
      </Field>
      {draft.targetKind === "revenue" && (
        <Field
          label={t("ladder.tierAvgDeal", { label })}
          hint={t("ladder.tierAvgHint")}
          validationMessage={problemText(t, p[`avgDeal-${label}`])}
          validationState={fieldState(p[`avgDeal-${label}`])}
        >
          <Input
            data-testid={`ladder-tier-avg-${label}`}
            value={tier.avgDeal}
            inputMode="decimal"
            onChange={(_, d) => setTier({ avgDeal: d.value })}
          />
        </Field>
      )}
      <Switch
        data-testid={`ladder-tier-own-${label}`}
        label={t("ladder.tierOwn", { label })}
        checked={rows !== undefined}
        onChange={(_, d) => setTier({ rows: d.checked ? draft.rows.map((r) => ({ ...r, actual: "" })) : undefined })}
      />
      {rows?.map((r, i) => (
        <TierStage
          key={r.id}
          label={label}
          rows={rows}
          i={i}
          problem={p[`rate-${label}-${i}`]}
          setTier={setTier}
          lang={lang}
        />
      ))}
    </fieldset>
  );
}

interface StageProps {
  label: string;
  rows: readonly LadderRow[];
  i: number;
  problem?: Problem;
  setTier(patch: Partial<TierLadderDraft>): void;
  lang: Lang;
}

/** One stage of a tier's own ladder: its rate (the last stage has none) and a button to leave it out. */
function TierStage({ label, rows, i, problem, setTier, lang }: StageProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const stage = rows[i].names[lang];
  const last = i === rows.length - 1;
  return (
    <div className={s.stage}>
      {!last ? (
        <Field
          label={t("ladder.tierRate", { label, stage })}
          validationMessage={problemText(t, problem)}
          validationState={fieldState(problem)}
          className={s.rate}
        >
          <PercentInput
            data-testid={`ladder-tier-rate-${label}-${i}`}
            value={rows[i].rate}
            inputMode="decimal"
            className={s.input}
            onChange={(_, d) => setTier({ rows: rows.map((x, j) => (j === i ? { ...x, rate: d.value } : x)) })}
          />
        </Field>
      ) : (
        <Text className={s.rate}>{t("ladder.tierLastStage", { stage })}</Text>
      )}
      {rows.length > 2 && !last && (
        <Button
          size="small"
          data-testid={`ladder-tier-remove-${label}-${i}`}
          aria-label={t("ladder.tierRemoveStage", { stage, label })}
          onClick={() => setTier({ rows: rows.filter((_, j) => j !== i) })}
        >
          ×
        </Button>
      )}
    </div>
  );
}
