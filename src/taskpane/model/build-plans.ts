import type { WorkbookPlan } from "../../engine/plans/types";
import type { SelectionRead } from "../../host/host-api";
import type { Scheme } from "../../engine/scheme";
import type { Table } from "../../engine/table";
import type { TierTableOutput } from "../../engine/tiering/tier-result";
import type { Lang } from "../../i18n/language";
import type { LadderOutcome } from "./ladder-draft";
import type { TasksOutcome } from "./tasks-plan";
import type { OutputKind } from "../panes/WritePane";

export interface PlanInputs {
  readonly lang: Lang;
  readonly outputs: ReadonlySet<OutputKind>;
  readonly read?: SelectionRead;
  readonly table?: Table;
  readonly output?: TierTableOutput;
  readonly scheme?: Scheme;
  readonly ladder?: LadderOutcome;
  readonly tasks?: TasksOutcome;
}

export function buildPlan(inputs: PlanInputs): WorkbookPlan {
  void inputs;
  throw new Error("plan builders not wired yet");
}
