export { checkBands, checkCommissionMode, COMMISSION_MODES } from "./commission-bands";
export type { BandNames, CommissionBands, CommissionMode } from "./commission-bands";
export { commission, commissionColumn, effectiveRate } from "./commission";
export { bonusOnAttainment } from "./bonus-on-attainment";
