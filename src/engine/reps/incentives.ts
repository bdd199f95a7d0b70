// The commission ladder alone, for the worksheet functions: the reps barrel also carries the rep figures and the
// assignment (with the table and tiering modules they import), which TIER.COMMISSION's bundle does not need.
export { checkBands, checkCommissionMode, COMMISSION_MODES } from "./commission-bands";
export type { BandNames, CommissionBands, CommissionMode } from "./commission-bands";
export { commission, commissionColumn, effectiveRate } from "./commission";
export { bonusOnAttainment } from "./bonus-on-attainment";
