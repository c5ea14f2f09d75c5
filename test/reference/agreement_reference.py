#!/usr/bin/python3
"""Writes test/fixtures/agreement/reference.json: agreement statistics computed by scikit-learn,
SciPy and NLTK on label sets defined below, which Gavel's electron/calibration must reproduce to 1e-9.

Run with Debian's Python, for which the packages are built:
    apt-get install -y python3-sklearn python3-scipy python3-nltk
    /usr/bin/python3 test/reference/agreement_reference.py

NaN (a statistic the library leaves undefined, e.g. kappa when both raters use a single class) is
written as null, which is how Gavel reports it.
"""

import itertools
import json
import math
import pathlib
import warnings

import nltk
import numpy as np
import scipy
import sklearn
from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import binary_distance, interval_distance
from scipy.stats import kendalltau, spearmanr
from sklearn.metrics import (
    accuracy_score,
    cohen_kappa_score,
    confusion_matrix,
    mean_absolute_error,
    precision_recall_fscore_support,
)

OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "agreement" / "reference.json"

# Judge–human label sets. Pass/fail sets give pass flags; scale sets give scores, which pass at or
# above the threshold (greater is better).
PAIR_SETS = [
    {
        "name": "binary_with_ties",
        "kind": "pass_fail",
        "human": [1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1,
                  0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0],
        "judge": [1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1,
                  0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0],
    },
    {
        "name": "ordinal_1to5_with_ties",
        "kind": "scale",
        "pass_threshold": 4,
        "human": [5, 4, 4, 3, 2, 1, 5, 5, 3, 4, 2, 3, 4, 5, 1, 2, 3, 4, 4, 5,
                  3, 3, 2, 4, 5, 1, 4, 3, 5, 2, 4, 4, 3, 5, 2, 1],
        "judge": [5, 5, 4, 3, 3, 1, 4, 5, 4, 4, 2, 2, 5, 5, 2, 2, 3, 3, 4, 5,
                  4, 3, 1, 4, 5, 2, 5, 3, 4, 3, 4, 5, 3, 5, 1, 1],
    },
    {
        # Every item passes for both: kappa and the rank correlations are undefined.
        "name": "single_class",
        "kind": "scale",
        "pass_threshold": 3,
        "human": [5, 5, 5, 5, 5, 5, 5, 5],
        "judge": [4, 5, 5, 4, 5, 5, 5, 4],
    },
    {
        # Fewer than ten items, and scores 3 never used: sklearn weighs by position among the labels seen.
        "name": "small_n_with_gap",
        "kind": "scale",
        "pass_threshold": 4,
        "human": [1, 2, 5, 5, 2, 1, 4],
        "judge": [2, 2, 5, 4, 1, 1, 5],
    },
    {
        "name": "perfect_agreement",
        "kind": "scale",
        "pass_threshold": 3,
        "human": [1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 3, 3],
        "judge": [1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 3, 3],
    },
    {
        "name": "negative_agreement",
        "kind": "pass_fail",
        "human": [1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0],
        "judge": [0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0, 1, 0, 1],
    },
    {
        # The judge never fails anything: fail-class precision divides by zero (sklearn's zero_division=0).
        "name": "judge_always_passes",
        "kind": "pass_fail",
        "human": [1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1],
        "judge": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    },
]

# Human–human sets: (reviewer, item, score or None for a missing rating) on a 1–5 scale.
MISSING = None
REVIEWER_SETS = [
    {
        "name": "five_reviewers_with_missing",
        "pass_threshold": 4,
        "reviewers": ["ana", "ben", "chen", "dee", "eli"],
        # One row per item, one column per reviewer.
        "grid": [
            [5, 5, 4, MISSING, 5],
            [3, 2, MISSING, 3, MISSING],
            [4, MISSING, 4, 5, 4],
            [1, 2, 1, MISSING, 2],
            [MISSING, 4, 3, 4, MISSING],
            [2, MISSING, MISSING, MISSING, MISSING],
            [5, 4, 5, 5, 5],
            [3, 3, MISSING, 2, 4],
            [MISSING, 1, 2, MISSING, 1],
            [4, 5, 3, 4, MISSING],
            [MISSING, MISSING, 5, 5, 4],
            [2, 3, 2, MISSING, 3],
        ],
    },
    {
        "name": "three_reviewers_complete",
        "pass_threshold": 3,
        "reviewers": ["ana", "ben", "chen"],
        "grid": [
            [3, 3, 4], [2, 2, 2], [5, 4, 5], [1, 2, 1], [4, 4, 3],
            [3, 2, 3], [5, 5, 5], [2, 3, 2], [4, 4, 4], [1, 1, 2],
        ],
    },
    {
        "name": "humans_agree_perfectly",
        "pass_threshold": 3,
        "reviewers": ["ana", "ben", "chen"],
        "grid": [[1, 1, 1], [3, 3, 3], [5, 5, MISSING], [2, 2, 2], [4, MISSING, 4], [3, 3, 3]],
    },
    {
        # One value everywhere: NLTK's alpha returns 1 by convention; every pair's kappa is undefined.
        "name": "one_value_only",
        "pass_threshold": 3,
        "reviewers": ["ana", "ben", "chen"],
        "grid": [[4, 4, 4], [4, 4, MISSING], [4, MISSING, 4], [4, 4, 4]],
    },
    {
        "name": "two_reviewers_disagree",
        "pass_threshold": 3,
        "reviewers": ["ana", "ben"],
        "grid": [[1, 5], [5, 1], [2, 4], [4, 2], [3, 3], [1, 4], [5, 2], [2, 5]],
    },
    {
        # The only second value sits on an item rated once: no pairable disagreement to expect,
        # so NLTK divides by zero and alpha is undefined.
        "name": "second_value_only_unpaired",
        "pass_threshold": 4,
        "reviewers": ["ana", "ben"],
        "grid": [[3, 3], [3, 3], [5, MISSING], [3, 3]],
    },
]


def finite_or_none(value):
    value = float(value)
    return value if math.isfinite(value) else None


def pass_flags(scores, threshold):
    return ["pass" if score >= threshold else "fail" for score in scores]


def binary_expected(human, judge):
    # Pass is the positive class: rows are the human (truth), columns the judge.
    [[tp, fn], [fp, tn]] = confusion_matrix(human, judge, labels=["pass", "fail"]).tolist()
    precision, recall, f1, _ = precision_recall_fscore_support(
        human, judge, labels=["fail", "pass"], zero_division=0
    )
    return {
        "accuracy": finite_or_none(accuracy_score(human, judge)),
        "kappa": finite_or_none(cohen_kappa_score(human, judge)),
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "precision_fail": finite_or_none(precision[0]),
        "recall_fail": finite_or_none(recall[0]),
        "f1_fail": finite_or_none(f1[0]),
        "precision_pass": finite_or_none(precision[1]),
        "recall_pass": finite_or_none(recall[1]),
        "f1_pass": finite_or_none(f1[1]),
    }


def ordinal_expected(human, judge):
    human_array, judge_array = np.array(human, dtype=float), np.array(judge, dtype=float)
    return {
        "exact": finite_or_none(accuracy_score(human, judge)),
        "within1": finite_or_none(np.mean(np.abs(human_array - judge_array) <= 1)),
        "qwk": finite_or_none(cohen_kappa_score(human, judge, weights="quadratic")),
        "spearman": finite_or_none(spearmanr(human, judge).correlation),
        "kendall_tau_b": finite_or_none(kendalltau(human, judge, variant="b").correlation),
        "mae": finite_or_none(mean_absolute_error(human, judge)),
        "bias": finite_or_none(judge_array.mean() - human_array.mean()),
    }


def pair_case(pair_set):
    if pair_set["kind"] == "pass_fail":
        human = ["pass" if flag else "fail" for flag in pair_set["human"]]
        judge = ["pass" if flag else "fail" for flag in pair_set["judge"]]
        ordinal = None
    else:
        threshold = pair_set["pass_threshold"]
        human, judge = pass_flags(pair_set["human"], threshold), pass_flags(pair_set["judge"], threshold)
        ordinal = ordinal_expected(pair_set["human"], pair_set["judge"])
    return {**pair_set, "expected": {"n": len(human), "binary": binary_expected(human, judge), "ordinal": ordinal}}


def nltk_alpha(ratings, distance):
    """NLTK's alpha; None where NLTK raises (no pairable ratings, no expected disagreement)."""
    try:
        return finite_or_none(AnnotationTask(data=ratings, distance=distance).alpha())
    except (ValueError, ZeroDivisionError):
        return None


def mean_pairwise_kappa(ratings, reviewers, weights):
    """Mean of sklearn's kappa over reviewer pairs, each on the items both rated; undefined pairs left out."""
    by_reviewer = {reviewer: {item: label for (who, item, label) in ratings if who == reviewer} for reviewer in reviewers}
    kappas = []
    for first, second in itertools.combinations(reviewers, 2):
        shared = sorted(set(by_reviewer[first]) & set(by_reviewer[second]))
        if not shared:
            continue
        kappa = cohen_kappa_score(
            [by_reviewer[first][item] for item in shared], [by_reviewer[second][item] for item in shared], weights=weights
        )
        if math.isfinite(kappa):
            kappas.append(kappa)
    return finite_or_none(np.mean(kappas)) if kappas else None


def reviewer_case(reviewer_set):
    reviewers, threshold = reviewer_set["reviewers"], reviewer_set["pass_threshold"]
    scores = [
        (reviewer, f"item-{row_index}", score)
        for row_index, row in enumerate(reviewer_set["grid"])
        for reviewer, score in zip(reviewers, row)
        if score is not None
    ]
    passes = [(reviewer, item, "pass" if score >= threshold else "fail") for (reviewer, item, score) in scores]
    return {
        "name": reviewer_set["name"],
        "pass_threshold": threshold,
        "ratings": [{"reviewer": reviewer, "item": item, "score": score} for (reviewer, item, score) in scores],
        "expected": {
            "pairwise_kappa": mean_pairwise_kappa(passes, reviewers, None),
            "krippendorff_alpha": nltk_alpha(passes, binary_distance),
            "pairwise_qwk": mean_pairwise_kappa(scores, reviewers, "quadratic"),
            "krippendorff_alpha_interval": nltk_alpha(scores, interval_distance),
        },
    }


def main():
    # sklearn warns on 0/0 before returning the NaN the fixtures record as null.
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    reference = {
        "generated_by": "test/reference/agreement_reference.py",
        "libraries": {"scikit-learn": sklearn.__version__, "scipy": scipy.__version__, "nltk": nltk.__version__},
        "pair_sets": [pair_case(pair_set) for pair_set in PAIR_SETS],
        "reviewer_sets": [reviewer_case(reviewer_set) for reviewer_set in REVIEWER_SETS],
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(reference, indent=2, allow_nan=False) + "\n")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
