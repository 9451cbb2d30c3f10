#!/usr/bin/env python3
"""Reference values for the statistics core, computed independently with scipy/numpy.

Writes Tests/BurdenStatsTests/Fixtures/reference.json; the Swift tests read it and
compare with one tolerance helper. Run from the repository root:

    python3 scripts/reference/stats_reference.py

Each method follows its definition in docs/METHODS.md. Where R is the reference
(prop.test), the formula R documents is re-derived here with scipy's normal
quantile, so the values do not depend on our own code.
"""

import json
import os
import sys

import mpmath
import numpy as np
from scipy import stats

mpmath.mp.dps = 50

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "BurdenStatsTests", "Fixtures", "reference.json")


def normal_cases():
    ps = [1e-300, 1e-100, 1e-20, 1e-12, 1e-8, 1e-5, 0.001, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4, 0.425,
          0.45, 0.5, 0.55, 0.575, 0.6, 0.7, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-5, 1 - 1e-8, 1 - 1e-12]
    # scipy's ndtri is accurate to a few ulps over this grid (checked against mpmath).
    quantiles = []
    for p in ps:
        x = float(stats.norm.ppf(p))
        exact = float(mpmath.sqrt(2) * mpmath.erfinv(2 * mpmath.mpf(p) - 1)) if 1e-300 < p < 1 - 1e-12 else x
        assert abs(x - exact) <= 4e-16 * abs(exact) + 1e-300, (p, x, exact)
        quantiles.append({"p": p, "x": x})
    # The cdf, survival and density are exact values from mpmath at 50 digits.
    # scipy's norm.cdf computes erfc(x/sqrt(2)) and loses about 2(x^2/2) ulps in the
    # far tails (1e-13 relative at x = -37.5): where it differs, the exact value is right.
    xs = [-37.5, -20, -10, -8.3, -8, -5, -3, -1.959963984540054, -1, -0.5, -1e-10, 0, 1e-10, 0.5, 1,
          1.959963984540054, 3, 5, 8, 8.3, 10, 20, 37.5]
    cdf = []
    for x in xs:
        m = mpmath.mpf(x)
        cdf.append({"x": x, "cdf": float(mpmath.ncdf(m)), "sf": float(mpmath.ncdf(-m)),
                    "pdf": float(mpmath.npdf(m))})
    return {"quantile": quantiles, "cdf": cdf}


def prop_test_ci(x, n, conf=0.95, correct=True):
    """R's prop.test confidence interval, one sample, p = 0.5 (stats/R/prop.test.R)."""
    estimate = x / n
    yates = 0.5 if correct else 0.0
    yates = min(yates, abs(x - n * 0.5))
    z = stats.norm.ppf((1 + conf) / 2)
    z22n = z * z / (2 * n)
    p_c = estimate + yates / n
    p_u = 1.0 if p_c >= 1 else (p_c + z22n + z * np.sqrt(p_c * (1 - p_c) / n + z22n / (2 * n))) / (1 + 2 * z22n)
    p_c = estimate - yates / n
    p_l = 0.0 if p_c <= 0 else (p_c + z22n - z * np.sqrt(p_c * (1 - p_c) / n + z22n / (2 * n))) / (1 + 2 * z22n)
    return float(p_l), float(p_u)


def proportion_cases():
    grid = [(0, 1), (1, 1), (0, 10), (10, 10), (1, 10), (5, 10), (3, 7), (1, 100), (50, 100), (99, 100),
            (0, 1000), (5, 1000), (231, 92884), (125, 4096435), (23, 17456), (1, 10**6), (10**6, 10**8),
            (5, 10**8), (0, 10**8), (10**8 - 1, 10**8)]
    cases = []
    for d, n in grid:
        for conf in (0.9, 0.95, 0.99):
            lcc, ucc = prop_test_ci(d, n, conf, True)
            lw, uw = prop_test_ci(d, n, conf, False)
            p = d / n
            z = stats.norm.ppf((1 + conf) / 2)
            half = z * np.sqrt(p * (1 - p) / n)
            cases.append({"d": d, "n": n, "confidence": conf,
                          "wilson_cc": [lcc, ucc], "wilson": [lw, uw],
                          "wald": [max(0.0, float(p - half)), min(1.0, float(p + half))]})
    return cases


def empirical_bayes_cases():
    rng = np.random.default_rng(20221)
    cases = []
    for n_regions, scale in [(5, 1e4), (20, 1e5), (85, 1e6)]:
        pops = rng.integers(int(scale / 10), int(scale * 10), n_regions).astype(float)
        true = rng.gamma(5.0, 1e-4 / 5.0, n_regions)
        counts = rng.poisson(pops * true).astype(float)
        m = counts.sum() / pops.sum()
        r = counts / pops
        s2 = np.sum(pops * (r - m) ** 2) / pops.sum()
        a = max(0.0, s2 - m / (pops.sum() / n_regions))
        c = a / (a + m / pops) if a > 0 else np.zeros(n_regions)
        cases.append({"counts": counts.tolist(), "populations": pops.tolist(),
                      "smoothed": (m + c * (r - m)).tolist()})
    # No excess variation: every smoothed rate is the global rate.
    counts = [10.0, 10.0, 10.0]
    pops = [1000.0, 1000.0, 1000.0]
    cases.append({"counts": counts, "populations": pops, "smoothed": [0.01, 0.01, 0.01]})
    return cases


def main():
    data = {
        "generator": "scripts/reference/stats_reference.py",
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__,
                     "scipy": __import__("scipy").__version__, "mpmath": mpmath.__version__},
        "normal": normal_cases(),
        "proportion": proportion_cases(),
        "empirical_bayes": empirical_bayes_cases(),
    }
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print(f"wrote {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
