import { ceilRound9 } from "./ceil-round9";
import { checkCountTarget, checkRates, plainStageLabel, type StageLabel } from "./checks";

/**
 * Stage targets worked backward from a deal target at the last stage (DESIGN.md, "Stage ladder"):
 * each earlier stage needs ceil(next / rate) deals, stage by stage, so 3 signed deals at rates
 * 50/40/50/50/60 % need 100/50/20/10/5/3. The quotient is rounded to 9 decimals before the ceiling,
 * so 21 / 0.7 (30.000000000000004 in binary) gives 30, not 31. This is the "reverse funnel"
 * calculation of sales planning (e.g. HubSpot's and Salesforce's funnel calculators).
 *
 * @param target deals to sign: a whole number ≥ 0
 * @param rates step rates, first step first; rates.length = stages − 1, each in (0, 1]
 * @returns one target per stage, first stage first
 */
export function backwardTargets(
  target: number,
  rates: readonly number[],
  label: StageLabel = plainStageLabel,
): number[] {
  checkCountTarget(target, "deal target");
  checkRates(rates, label);
  const out = new Array<number>(rates.length + 1);
  out[rates.length] = target;
  for (let i = rates.length - 1; i >= 0; i--) out[i] = ceilRound9(out[i + 1] / rates[i]);
  return out;
}
