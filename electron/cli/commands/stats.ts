// gavel stats --judge <name> [--by <field>]: how far a judge version agrees with the humans, overall
// or within each value of an item metadata field.
import type { Command } from 'commander';
import type { AgreementResult } from '../../../shared/calibration';
import type { JudgeAgreement } from '../../../shared/contract';
import type { GlobalOptions } from '../program';
import { CliError, coreFor, unwrap } from '../workspace-option';

interface StatsOptions {
  judge: string;
  version?: string;
  reviewer?: string;
  seed: string;
  by?: string;
}

/** The statistics as `stats --json` prints them (and `calibrate --json` before and after). */
export function statsJson({ judge, version, n, binary, ordinal, ci, human_human, warning }: AgreementResult) {
  return { judge, version, n, binary, ordinal, ci, human_human, warning };
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description("agreement of a judge version with the human labels (one reviewer's, or the consensus)")
    .requiredOption('--judge <name>', 'judge')
    .option('--version <n>', 'judge version (default: the newest with verdicts)')
    .option('--reviewer <name>', "compare with this reviewer's labels only")
    .option('--seed <n>', 'seed of the bootstrap intervals', '1')
    .option('--by <field>', 'agreement within each value of this item metadata field')
    .action(async (options: StatsOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const version = options.version === undefined ? undefined : Number(options.version);
      if (version !== undefined && (!Number.isInteger(version) || version < 1)) {
        throw new CliError(`--version ${options.version}: expected a whole number ≥ 1`);
      }
      const query = { judge: options.judge, version, reviewer: options.reviewer, seed: Number(options.seed) };
      const core = await coreFor(globals);
      try {
        if (options.by !== undefined) {
          const rows = unwrap(await core.call('calibration.breakdown', { ...query, field: options.by }));
          if (globals.json) {
            return console.log(
              JSON.stringify(
                rows.map((row) => ({
                  value: row.value,
                  ...statsJson(row.agreement),
                  worse_than_rest: {
                    p_value: row.worse.pValue,
                    holm_p: row.worse.adjusted,
                    flagged: row.worse.flagged,
                  },
                })),
              ),
            );
          }
          for (const row of rows) {
            const flag = row.worse.flagged
              ? ` — significantly worse than the rest (p = ${row.worse.adjusted.toPrecision(2)}, Holm-adjusted)`
              : '';
            console.log(
              `${options.by} = ${row.value}: ${row.agreement.n} items, ${passFailLine(row.agreement)}${flag}`,
            );
          }
          return;
        }
        const stats = unwrap(await core.call('calibration.stats', query));
        if (globals.json) return console.log(JSON.stringify(statsJson(stats)));
        print(stats);
      } finally {
        await core.close();
      }
    });
}

const fixed = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3));
const interval = (ci: { lower: number | null; upper: number | null } | undefined) =>
  ci && ci.lower !== null && ci.upper !== null ? ` [${ci.lower.toFixed(3)}, ${ci.upper.toFixed(3)}]` : '';

/** Accuracy and kappa with their intervals, in one line. */
export function passFailLine({ binary: b, ci }: AgreementResult): string {
  return `pass/fail: accuracy ${fixed(b.accuracy)}${interval(ci.binary.accuracy)}, kappa ${fixed(b.kappa)}${interval(ci.binary.kappa)}`;
}

function print(stats: JudgeAgreement): void {
  const who =
    'reviewer' in stats.humans
      ? stats.humans.reviewer
      : `consensus of ${stats.humans.consensus.join(', ') || 'no one'}`;
  const { binary: b } = stats;
  console.log(`${stats.judge} v${stats.version} vs ${who}: ${stats.n} items`);
  if (stats.warning) console.log(`Warning: ${stats.warning}`);
  console.log(`  ${passFailLine(stats)}`);
  console.log(
    `  catching failures: precision ${fixed(b.precision_fail)}, recall ${fixed(b.recall_fail)}, F1 ${fixed(b.f1_fail)}; ` +
      `confusion tp ${b.confusion.tp} fp ${b.confusion.fp} fn ${b.confusion.fn} tn ${b.confusion.tn}`,
  );
  if (stats.ordinal) {
    const o = stats.ordinal;
    console.log(
      `  scores: exact ${fixed(o.exact)}, within one ${fixed(o.within1)}, QWK ${fixed(o.qwk)}, Spearman ${fixed(o.spearman)}, ` +
        `Kendall tau-b ${fixed(o.kendall_tau_b)}, MAE ${fixed(o.mae)}, bias ${fixed(o.bias)}`,
    );
  }
  const h = stats.human_human;
  const hci = stats.ci.human_human;
  console.log(
    `  humans among themselves (${h.overlap} items labelled by two or more): pairwise kappa ${fixed(h.pairwise_kappa)}${interval(hci.pairwise_kappa)}, ` +
      `Krippendorff alpha ${fixed(h.krippendorff_alpha)}${interval(hci.krippendorff_alpha)}`,
  );
}
