/** The tiers of one run, kept in the workbook (setting "lastRun") to report movement next time. */
export interface TierSnapshot {
  /** ISO time of the run. */
  readonly takenAt: string;
  /** Customer key → tier label. */
  readonly tiers: Readonly<Record<string, string>>;
}
