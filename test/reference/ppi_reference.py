#!/usr/bin/python3
"""Writes test/fixtures/ppi/reference.json: PPI++ mean estimates and intervals that Gavel's
electron/calibration/ppi.ts must reproduce to 1e-9, computed with numpy and scipy from the formulas
of the reference implementation ppi_py 0.2.3 (`ppi_mean_pointestimate`, `ppi_mean_ci`,
`classical_mean_ci`, power tuning by `_calc_lam_glm` with clip=True), at alpha 0.05:

    theta(lam)  = mean(w_u * lam * Yhat_u) + mean(w * (Y - lam * Yhat))
    se(lam)^2   = std(w_u * lam * Yhat_u)^2 / N + std(w * (Y - lam * Yhat))^2 / n     (numpy std, ddof 0)
    lam_hat     = [1/n * sum((g - mean g)(gh - mean gh))] / [(1 + n/N) * np.cov(concat(gh, gh_u))]
                  with g = w (Y - theta(1)), gh = w (Yhat - theta(1)), gh_u = w_u (Yhat_u - theta(1)),
                  clipped to [0, 1]; weights rescaled to sum to their count.
    interval    = theta -/+ norm.ppf(1 - alpha/2) * se

The data sets are drawn here with a fixed seed and written into the fixture with the results.
Run: python3 test/reference/ppi_reference.py  (numpy, scipy)
"""

import json
import pathlib

import numpy as np
from scipy.stats import norm

OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "ppi" / "reference.json"
ALPHA = 0.05


def weights(count, given):
    return np.ones(count) if given is None else given / given.sum() * count


def theta(Y, Yhat, Yhat_u, w, lam):
    return float(np.mean(lam * Yhat_u) + np.mean(w * (Y - lam * Yhat)))


def tuned_lambda(Y, Yhat, Yhat_u, w):
    n, N = len(Y), len(Yhat_u)
    t = theta(Y, Yhat, Yhat_u, w, 1.0)
    g = w * (Y - t)
    gh = w * (Yhat - t)
    gh_u = Yhat_u - t
    cov = np.sum((g - g.mean()) * (gh - gh.mean())) / n
    var = np.cov(np.concatenate([gh, gh_u]))
    return float(np.clip(cov / ((1 + n / N) * var), 0, 1))


def ppi(Y, Yhat, Yhat_u, w=None, lam=None):
    w = weights(len(Y), w)
    lam = tuned_lambda(Y, Yhat, Yhat_u, w) if lam is None else lam
    value = theta(Y, Yhat, Yhat_u, w, lam)
    se = np.sqrt((lam * Yhat_u).std() ** 2 / len(Yhat_u) + (w * (Y - lam * Yhat)).std() ** 2 / len(Y))
    z = norm.ppf(1 - ALPHA / 2)
    return {"value": value, "ci": [float(value - z * se), float(value + z * se)], "lambda": lam}


def classical(values):
    z = norm.ppf(1 - ALPHA / 2)
    half = z * values.std() / np.sqrt(len(values))
    return {"value": float(values.mean()), "ci": [float(values.mean() - half), float(values.mean() + half)]}


rng = np.random.default_rng(20261204)


def binary_case(name, n, N, true_rate, sensitivity, specificity, weighted=False):
    truth = rng.random(n + N) < true_rate
    judge_right = np.where(truth, rng.random(n + N) < sensitivity, rng.random(n + N) < specificity)
    judge = np.where(judge_right, truth, ~truth).astype(float)
    truth = truth.astype(float)
    w = rng.choice([1.0, 2.5, 4.0], size=n) if weighted else None
    return name, truth[:n], judge[:n], judge[n:], w


def scale_case(name, n, N):
    truth = rng.integers(1, 6, size=n + N).astype(float)
    noise = rng.choice([-1, 0, 0, 0, 1], size=n + N)
    judge = np.clip(truth + noise + (rng.random(n + N) < 0.3), 1, 5).astype(float)
    return name, truth[:n], judge[:n], judge[n:], None


CASES = [
    binary_case("informative_binary", 120, 2000, 0.7, 0.92, 0.85),
    binary_case("small_binary", 12, 300, 0.6, 0.9, 0.8),
    binary_case("weighted_binary", 80, 1500, 0.65, 0.9, 0.8, weighted=True),
    binary_case("uninformative_binary", 100, 800, 0.5, 0.5, 0.5),
    binary_case("contrary_binary", 50, 400, 0.5, 0.2, 0.2),
    scale_case("scale_1_to_5", 60, 900),
]

out = {"alpha": ALPHA, "numpy": np.__version__, "cases": []}
for name, Y, Yhat, Yhat_u, w in CASES:
    case = {
        "name": name,
        "labelled": [
            {"truth": float(y), "judge": float(yh), **({} if w is None else {"weight": float(wi)})}
            for y, yh, wi in zip(Y, Yhat, w if w is not None else [None] * len(Y))
        ],
        "unlabelled": [float(v) for v in Yhat_u],
        "ppi_plus_plus": ppi(Y, Yhat, Yhat_u, w),
        "ppi_lambda_1": ppi(Y, Yhat, Yhat_u, w, lam=1.0),
        "classical": classical(Y),
        "judge_only": classical(np.concatenate([Yhat, Yhat_u])),
    }
    out["cases"].append(case)
OUTPUT.write_text(json.dumps(out, indent=1) + "\n")
print(f"wrote {OUTPUT}")
