#!/usr/bin/python3
"""Prints the reference p-values that electron/calibration/paired-tests.ts must reproduce
(test/unit/calibration/paired-tests.test.ts holds them):

    mcnemar_exact      statsmodels.stats.contingency_tables.mcnemar([[a, b], [c, d]], exact=True).pvalue
                       (only the discordant counts b and c matter; a = d = 7 here)
    paired_permutation scipy.stats.permutation_test((after, before), mean(after - before),
                       permutation_type='samples', alternative='two-sided', n_resamples=...)
                       with n_resamples >= 2**n, so SciPy enumerates every sign pattern and the
                       p-value does not depend on a random generator.

Run: /usr/bin/python3 test/reference/paired_reference.py  (Debian's python3-statsmodels and python3-scipy)
"""

import json

import numpy as np
from scipy.stats import permutation_test
from statsmodels.stats.contingency_tables import mcnemar

DISCORDANT = [(0, 0), (3, 0), (0, 12), (5, 5), (2, 9), (10, 25), (1500, 1580)]

DIFFERENCES = {
    "yes_no_mostly_better": [1, 1, 1, 0, 1, 0, 1, 1, -1, 1],
    "scale_mixed": [0.25, -0.25, 0.5, 0, 0.75, 0.25, -0.5, 0.25, 0.5, 0.25],
    "all_better_five": [0.5, 0.25, 1, 0.75, 0.5],
    "thirteen_items": [0.2, -0.4, 0.6, 0.2, 0, -0.2, 0.4, 0.8, 0.2, -0.6, 0.4, 0.2, 0.2],
    "twenty_items": [0.25, -0.5, 0.75, 0, 0.25, 0.5, -0.25, 0.25, 1, 0, -0.25, 0.5, 0.25, 0.75, -0.5,
                     0.25, 0, 0.5, 0.25, -0.25],
}


def mean_difference(after, before, axis):
    return np.mean(after - before, axis=axis)


def permutation_p(differences):
    after = np.array(differences, dtype=float)
    before = np.zeros_like(after)
    result = permutation_test((after, before), mean_difference, permutation_type="samples",
                              alternative="two-sided", n_resamples=2 ** len(differences), vectorized=True)
    return float(result.pvalue)


print(json.dumps({
    "mcnemar_exact": [{"b": b, "c": c, "p": float(mcnemar([[7, b], [c, 7]], exact=True).pvalue)}
                      for b, c in DISCORDANT],
    "paired_permutation": {name: permutation_p(values) for name, values in DIFFERENCES.items()},
}, indent=2))
