#!/usr/bin/python3
"""Prints the reference numbers of test/unit/calibration/audit-statistics.test.ts: statsmodels'
fleiss_kappa and proportion_confint(method='wilson'), and SciPy's spearmanr, on the fixed data below.

Run with Debian's Python, for which the packages are built:
    apt-get install -y python3-statsmodels python3-scipy
    /usr/bin/python3 test/reference/audit_reference.py
"""

import json

import numpy as np
from scipy.stats import spearmanr
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa
from statsmodels.stats.proportion import proportion_confint

# Items × repeats: each row is one item's repeated verdicts.
RATING_SETS = {
    "pass_fail_3": [[1, 1, 1], [1, 1, 0], [0, 0, 0], [1, 0, 0], [1, 1, 1], [0, 0, 0], [1, 1, 1], [0, 1, 0]],
    "scale_4": [[5, 5, 4, 5], [1, 1, 1, 1], [3, 2, 3, 3], [4, 4, 4, 4], [2, 3, 2, 1], [5, 4, 5, 5]],
    "labels_2": [["A", "A"], ["B", "tie"], ["B", "B"], ["tie", "tie"], ["A", "B"]],
}

# (count, n) shares.
WILSON = [(9, 10), (0, 12), (12, 12), (3, 7), (50, 200)]

# (lengths, scores) with ties on both sides.
SPEARMAN = {
    "score_ties": ([120, 340, 90, 340, 500, 75, 210, 210], [3, 4, 2, 5, 5, 1, 3, 4]),
    "pass_ties": ([10, 40, 40, 25, 70, 15, 60], [0, 1, 0, 0, 1, 0, 1]),
}


def kappa(rows):
    table, _ = aggregate_raters(np.array(rows, dtype=object))
    return fleiss_kappa(table, method="fleiss")


out = {
    "fleiss_kappa": {name: kappa(rows) for name, rows in RATING_SETS.items()},
    "wilson": {f"{c}/{n}": list(proportion_confint(c, n, alpha=0.05, method="wilson")) for c, n in WILSON},
    "spearman": {name: spearmanr(x, y).statistic for name, (x, y) in SPEARMAN.items()},
}
print(json.dumps(out, indent=2, default=float))

# test/integration/audit.test.ts: ten items judged yes/no three times each; items 2 and 5 waver.
CLI_RATINGS = [[1, 1, 1], [0, 0, 0], [0, 1, 0], [0, 0, 0], [1, 1, 1], [1, 0, 1], [1, 1, 1], [0, 0, 0], [1, 1, 1], [0, 0, 0]]
CLI_PADS = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
CLI_LENGTHS = [len(f"A{i}.") + 4 * pad for i, pad in enumerate(CLI_PADS)]
CLI_PASS = [1 - i % 2 for i in range(10)]
print(json.dumps({
    "cli_fleiss_kappa": kappa(CLI_RATINGS),
    "cli_unanimous_wilson": list(proportion_confint(8, 10, alpha=0.05, method="wilson")),
    "cli_length_spearman": spearmanr(CLI_LENGTHS, CLI_PASS).statistic,
    "cli_lengths": CLI_LENGTHS,
}, indent=2, default=float))

# test/integration/audit.test.ts: a 1–5 judge on answers "Answer to <key>" of eight keys, and one
# expert's scores on five of them.
SCALE_LENGTHS = [len(f"Answer to {key}") for key in ["a", "bb", "cc", "ddd", "eeee", "ff", "ggggg", "hhh"]]
SCALE_JUDGE = [1, 3, 2, 4, 5, 2, 5, 3]
EXPERT_LENGTHS = [len(f"Answer to {key}") for key in ["a", "bb", "ddd", "eeee", "ggggg"]]
EXPERT_SCORES = [2, 2, 3, 5, 4]
print(json.dumps({
    "scale_judge_spearman": spearmanr(SCALE_LENGTHS, SCALE_JUDGE).statistic,
    "scale_experts_spearman": spearmanr(EXPERT_LENGTHS, EXPERT_SCORES).statistic,
    "scale_fleiss_kappa": kappa([[s, s] for s in SCALE_JUDGE]),
}, indent=2, default=float))
