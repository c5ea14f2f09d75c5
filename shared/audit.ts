// A judge audit as the core returns it and `gavel audit --json` prints it: how consistent the judge
// is with itself, whether it prefers a position (pairwise judges), and whether it follows length.

/** A share with its 95% Wilson interval; `ci` is null when nothing was counted. */
export interface ShareWithInterval {
  value: number | null;
  ci: [number, number] | null;
}

/** A rank correlation with the number of items it was computed on; rho is null where undefined. */
export interface RankCorrelation {
  rho: number | null;
  n: number;
}

export interface AuditResult {
  judge: string;
  version: number;
  dataset: string;
  /** Items drawn (seeded) from the judge's done verdicts on the dataset. */
  sample: number;
  repeats: number;
  seed: number;
  consistency: {
    /** Share of items whose every repeat gave the same verdict. */
    unanimous: ShareWithInterval;
    /** Agreement of the repeats beyond chance; null when every verdict was the same. */
    fleiss_kappa: number | null;
    /** Items all of whose repeats were read (the others are left out of both numbers). */
    items: number;
  };
  /** Pairwise judges only: share of (item, repeat) pairs whose preference changed when A and B swapped. */
  position: { flipped: ShareWithInterval; pairs: number } | null;
  length: {
    /** Response length (characters) against the judge's score, or pass as 1/0, over its done verdicts. */
    judge: RankCorrelation;
    /** The same against the experts' final labels on labelled items; null when none are labelled. */
    experts: RankCorrelation | null;
  };
  /** Judgments of the audit whose provider call failed or whose reply could not be read. */
  failed: number;
  /** What the audit's calls cost (USD at the price table's rates). */
  cost: number;
}

/** What an audit would send, before anything is sent. */
export interface AuditEstimate {
  judge: string;
  version: number;
  dataset: string;
  /** The model the judge version sends to (the audit sends the version as it is). */
  model: string | null;
  sample: number;
  repeats: number;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  cost: number;
  /** Models without a price in the table: their cost is not included. */
  unpricedModels: string[];
}

/** `trust.audit`'s answer: the estimate always; the audit when it was run (not for an estimate only). */
export interface AuditOutcome {
  estimate: AuditEstimate;
  audit: AuditResult | null;
}

/** A stored audit, for the Trust panel. */
export interface StoredAudit extends AuditResult {
  id: number;
  createdAt: string;
}
