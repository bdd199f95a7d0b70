import { InputError } from "../errors";
import { commission } from "./commission";
import type { CommissionBands, CommissionMode } from "./commission-bands";

/**
 * A bonus by bands on attainment (actual ÷ quota; 1 = 100 %) instead of on sales (DESIGN.md "Reps and
 * incentives"): targetBonus × the band rule of {@link commission} applied to attainment. A rate is then the
 * share of the target bonus earned per unit of attainment: marginal, each slice of attainment earns its
 * band's rate (thresholds {0; 1}, rates {1; 2}: 110 % → 1 + 0.1 × 2 = 1.2 × the target bonus, an
 * accelerator above quota); whole, all attainment earns the rate of the highest band reached (thresholds
 * {0; 0.8; 1}, rates {0; 1; 1.5}: 79 % → 0, 90 % → 0.9 ×, 110 % → 1.65 × the target bonus).
 * Attainment ≤ 0 or not finite earns 0; a target bonus that is negative or not finite is refused.
 */
export function bonusOnAttainment(
  attainment: number,
  bands: CommissionBands,
  mode: CommissionMode,
  targetBonus: number,
): number {
  if (!(Number.isFinite(targetBonus) && targetBonus >= 0)) {
    throw new InputError(
      "commission.targetBonus",
      { found: String(targetBonus) },
      `targetBonus: ${String(targetBonus)} is not allowed; expected a finite amount of 0 or more.`,
    );
  }
  return targetBonus * commission(attainment, bands, mode);
}
