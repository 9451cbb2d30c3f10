#!/usr/bin/env python3
"""Reference values for observed against expected (docs/METHODS.md §14): exact and
mid-p intervals of a Poisson count and a binomial share, the p-values of R's
poisson.test and binom.test with their mid-p versions, and expected shares.

Writes Tests/BurdenStatsTests/Fixtures/exposure.json; the Swift tests read it and
compare at 1e-10 relative. Run from the repository root:

    python3 scripts/reference/exposure_reference.py

How each value is computed:
- Garwood's interval of a Poisson mean: scipy.stats.chi2.ppf(a/2, 2x)/2 and
  chi2.isf(a/2, 2x + 2)/2 (lower 0 when x = 0); divided by the expected count.
- Clopper-Pearson's interval: scipy.stats.beta.ppf(a/2, x, n - x + 1) and
  beta.isf(a/2, x + 1, n - x) (0 when x = 0, 1 when x = n).
- Mid-p intervals: the roots of P(X > x) + P(X = x)/2 = a/2 (lower) and
  P(X < x) + P(X = x)/2 = a/2 (upper), found by scipy.optimize.brentq inside the
  exact interval, with scipy.stats.poisson / binom sf, cdf and pmf; x = 0 gives
  [0, -ln a] and [0, 1 - a^(1/n)], x = n gives [a^(1/n), 1]. Each root is checked
  against the same equation solved at 40 digits with mpmath (the regularized
  incomplete gamma function; for the binomial the lower tail summed term by term);
  the worst disagreement is printed and must be < 1e-12.
- p-values, at 40 digits with mpmath (probabilities summed term by term): R's
  two-sided rule (every count at most as likely as the observed one, relative
  tolerance 1 + 1e-7), one-sided "less" P(X <= x), mid-p one-sided P(X < x) + P(X = x)/2
  and two-sided twice the smaller mid-p tail, capped at 1. Checked against scipy:
  scipy.stats.binomtest(x, n, p).pvalue (scipy's port of R's binom.test), R's
  poisson.test transcribed line by line from stats/R/poisson.test.R with
  scipy.stats.poisson, and scipy's tails; the worst difference is printed and must be
  below 1e-10 (scipy's binomial tails lose digits for n near 10^5 and beyond).
- When Rscript is on the PATH, poisson.test and binom.test themselves are run on every
  case and their p-values and exact intervals must agree with the values above to
  1e-10 relative (the script stops otherwise; the worst is printed); without R this
  check is skipped and says so.
- Expected shares 1 - (1 - P)^R and 1 - exp(-lambda P), and a table mixture, with
  mpmath at 40 digits.
"""

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

import mpmath
from scipy import optimize, stats

mpmath.mp.dps = 40

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "BurdenStatsTests", "Fixtures", "exposure.json")

CONFIDENCES = [0.9, 0.95, 0.99]

# (observed, expected): small and large counts, below, at and above expectation.
POISSON_CASES = [(0, 0.5), (0, 13.0), (1, 1.0), (2, 7.5), (5, 2.25), (13, 29.9), (13, 13.0), (50, 35.0),
                 (231, 248.7), (1000, 1111.1), (4096, 3500.0), (100000, 99500.0)]

# (successes, trials, expected probability for the tests).
BINOMIAL_CASES = [(0, 1, 0.5), (1, 1, 0.5), (0, 10, 0.1), (1, 10, 0.3), (9, 10, 0.5), (10, 10, 0.99),
                  (0, 1329, 0.05), (13, 1329, 0.22621906250000023), (13, 1329, 0.2211992169285951),
                  (13, 1329, 0.0097817908201655), (231, 92884, 0.0025), (500, 1000, 0.5),
                  (480, 1000, 0.5), (37, 200000, 0.0002), (12000, 1000000, 0.0119)]


def poisson_mid_p(x, a):
    tail = a / 2
    if x == 0:
        return 0.0, -math.log(a)
    lo = stats.chi2.ppf(tail, 2 * x) / 2
    hi = stats.chi2.isf(tail, 2 * x + 2) / 2
    lower = optimize.brentq(lambda m: stats.poisson.sf(x, m) + stats.poisson.pmf(x, m) / 2 - tail, lo, hi,
                            xtol=1e-300, rtol=8.9e-16, maxiter=500)
    upper = optimize.brentq(lambda m: tail - stats.poisson.cdf(x - 1, m) - stats.poisson.pmf(x, m) / 2, lo, hi,
                            xtol=1e-300, rtol=8.9e-16, maxiter=500)
    return lower, upper


def poisson_mid_p_exact(x, a, guess):
    """The same roots at 40 digits: Q(x + 1, m) = P(X <= x)."""
    tail = mpmath.mpf(a) / 2

    def pmf(m):
        return mpmath.exp(x * mpmath.log(m) - m - mpmath.loggamma(x + 1))

    def lower_eq(m):
        return mpmath.gammainc(x + 1, 0, m, regularized=True) + pmf(m) / 2 - tail

    def upper_eq(m):
        below = mpmath.gammainc(x, m, mpmath.inf, regularized=True) if x > 0 else 0
        return tail - below - pmf(m) / 2

    return (float(mpmath.findroot(lower_eq, mpmath.mpf(guess[0]), tol=mpmath.mpf(10) ** -35)),
            float(mpmath.findroot(upper_eq, mpmath.mpf(guess[1]), tol=mpmath.mpf(10) ** -35)))


def binomial_mid_p(x, n, a):
    tail = a / 2
    root = math.log(a) / n
    lo = 0.0 if x == 0 else stats.beta.ppf(tail, x, n - x + 1)
    hi = 1.0 if x == n else stats.beta.isf(tail, x + 1, n - x)
    if x == 0:
        lower = 0.0
    elif x == n:
        lower = math.exp(root)
    else:
        lower = optimize.brentq(lambda p: stats.binom.sf(x, n, p) + stats.binom.pmf(x, n, p) / 2 - tail, lo, hi,
                                xtol=1e-300, rtol=8.9e-16, maxiter=500)
    if x == n:
        upper = 1.0
    elif x == 0:
        upper = -math.expm1(root)
    else:
        upper = optimize.brentq(lambda p: tail - stats.binom.cdf(x - 1, n, p) - stats.binom.pmf(x, n, p) / 2, lo, hi,
                                xtol=1e-300, rtol=8.9e-16, maxiter=500)
    return lower, upper


def binomial_mid_p_exact(x, n, a, guess):
    """The same roots at 40 digits, the lower tail summed term by term (x terms)."""
    tail = mpmath.mpf(a) / 2

    def below(p):
        """P(X < x) and P(X = x)."""
        term = (1 - p) ** n
        total = mpmath.mpf(0)
        for j in range(x):
            total += term
            term = term * (n - j) / (j + 1) * p / (1 - p)
        return total, term

    def lower_eq(p):
        less, at = below(p)
        return (1 - less - at) + at / 2 - tail

    def upper_eq(p):
        less, at = below(p)
        return tail - less - at / 2

    if x in (0, n):
        return guess
    return (float(mpmath.findroot(lower_eq, mpmath.mpf(guess[0]), tol=mpmath.mpf(10) ** -35)),
            float(mpmath.findroot(upper_eq, mpmath.mpf(guess[1]), tol=mpmath.mpf(10) ** -35)))


def poisson_test_two_sided(x, m):
    """R's poisson.test(x, T = m), alternative two.sided, transcribed (stats/R/poisson.test.R)."""
    if m == 0:
        return 1.0 if x == 0 else 0.0
    rel_err = 1 + 1e-7
    d = stats.poisson.pmf(x, m)
    if x == m:
        return 1.0
    if x < m:
        big_n = math.ceil(2 * m - x)
        while stats.poisson.pmf(big_n, m) > d:
            big_n *= 2
        i = range(math.ceil(m), big_n + 1)
        y = sum(1 for k in i if stats.poisson.pmf(k, m) <= d * rel_err)
        p = stats.poisson.cdf(x, m) + stats.poisson.sf(big_n - y, m)
    else:
        i = range(0, math.floor(m) + 1)
        y = sum(1 for k in i if stats.poisson.pmf(k, m) <= d * rel_err)
        p = stats.poisson.cdf(y - 1, m) + stats.poisson.sf(x - 1, m)
    return min(1.0, p)


def mid_p_values(dist, x):
    below = dist.cdf(x - 1) + dist.pmf(x) / 2
    above = dist.sf(x) + dist.pmf(x) / 2
    return min(1.0, 2 * min(below, above)), below


def exact_p_values(pmf, x, m, highest):
    """R's two-sided p-value and the one-sided and mid-p values at 40 digits.

    pmf(k) is the 40-digit probability; highest the largest count (None: unbounded).
    The tails are summed term by term until the terms fall below 1e-45 of the sum.
    """
    def total(ks):
        s = mpmath.mpf(0)
        for k in ks:
            term = pmf(k)
            s += term
            if term < s * mpmath.mpf(10) ** -45 and k > m:
                break
        return s

    def upward(start):
        k = start
        while highest is None or k <= highest:
            yield k
            k += 1

    d = pmf(x)
    below = total(range(0, x))            # P(X < x)
    above = total(upward(x + 1))          # P(X > x)
    limit = d * (1 + mpmath.mpf(10) ** -7)
    if x == m:
        two = mpmath.mpf(1)
    elif x < m:
        j = math.ceil(m)
        while (highest is None or j <= highest) and pmf(j) > limit:
            j += 1
        two = below + d + total(upward(j))
    else:
        j = 0
        while j <= math.floor(m) and pmf(j) <= limit:
            j += 1
        two = total(range(0, j)) + d + above
    mid_below = below + d / 2
    mid_above = above + d / 2
    return {"p_two_sided": float(min(1, two)), "p_mid_two_sided": float(min(1, 2 * min(mid_below, mid_above))),
            "p_less": float(below + d), "p_mid_less": float(mid_below)}


def poisson_pmf(m):
    mm = mpmath.mpf(m)
    return lambda k: mpmath.exp(k * mpmath.log(mm) - mm - mpmath.loggamma(k + 1)) if mm > 0 else mpmath.mpf(k == 0)


def binomial_pmf(n, p):
    pp = mpmath.mpf(p)

    def pmf(k):
        if k < 0 or k > n:
            return mpmath.mpf(0)
        if pp == 0:
            return mpmath.mpf(k == 0)
        if pp == 1:
            return mpmath.mpf(k == n)
        return mpmath.binomial(n, k) * pp ** k * (1 - pp) ** (n - k)
    return pmf


def relative(a, b):
    return 0.0 if a == b else abs(a - b) / max(abs(b), 1e-300)


def r_check(poisson, binomial):
    """Runs R's poisson.test and binom.test on every case; returns the worst relative difference."""
    if shutil.which("Rscript") is None:
        print("Rscript not found: R's poisson.test and binom.test were not run (the transcriptions stand alone)")
        return None
    lines = []
    for case in poisson:
        lines.append(f'r <- poisson.test({case["observed"]}, T = {case["expected"]!r}, conf.level = {case["confidence"]}); '
                     f'cat(sprintf("%.17g", c(r$p.value, r$conf.int)), "\\n")')
    for case in binomial:
        lines.append(f'r <- binom.test({case["successes"]}, {case["trials"]}, p = {case["probability"]!r}, '
                     f'conf.level = {case["confidence"]}); cat(sprintf("%.17g", c(r$p.value, r$conf.int)), "\\n")')
    with tempfile.NamedTemporaryFile("w", suffix=".R", delete=False) as script:
        script.write("\n".join(lines) + "\n")
    try:
        printed = subprocess.run(["Rscript", script.name], check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(script.name)
    out = [line for line in printed.split("\n") if line.strip()]
    if len(out) != len(poisson) + len(binomial):
        sys.exit(f"R printed {len(out)} lines for {len(poisson) + len(binomial)} cases")
    worst = 0.0
    for case, line in zip(poisson + binomial, out):
        p, lo, hi = (float(v) for v in line.split())
        interval = case["garwood"] if "garwood" in case else case["clopper_pearson"]
        for ours, theirs in [(case["p_two_sided"], p), (interval[0], lo), (interval[1], hi)]:
            error = relative(ours, theirs)
            worst = max(worst, error)
            if error > 1e-10 and abs(ours - theirs) > 1e-300:
                sys.exit(f"R disagrees on {case}: {ours} vs {theirs}")
    return worst


def main():
    poisson = []
    worst_mid = 0.0
    worst_scipy = 0.0
    for x, expected in POISSON_CASES:
        for confidence in CONFIDENCES:
            a = 1 - confidence
            lower = 0.0 if x == 0 else stats.chi2.ppf(a / 2, 2 * x) / 2
            upper = stats.chi2.isf(a / 2, 2 * x + 2) / 2
            mid = poisson_mid_p(x, a)
            if x > 0:
                exact = poisson_mid_p_exact(x, a, mid)
                worst_mid = max(worst_mid, relative(mid[0], exact[0]), relative(mid[1], exact[1]))
            dist = stats.poisson(expected)
            values = exact_p_values(poisson_pmf(expected), x, expected, None)
            mid_two, mid_less = mid_p_values(dist, x)
            scipy_values = {"p_two_sided": poisson_test_two_sided(x, expected), "p_mid_two_sided": mid_two,
                            "p_less": float(dist.cdf(x)), "p_mid_less": float(mid_less)}
            worst_scipy = max([worst_scipy] + [relative(scipy_values[k], values[k]) for k in values])
            poisson.append({
                "observed": x, "expected": expected, "confidence": confidence,
                "garwood": [lower / expected, upper / expected], "mid_p": [mid[0] / expected, mid[1] / expected],
                **values,
            })
    binomial = []
    for x, n, probability in BINOMIAL_CASES:
        for confidence in CONFIDENCES:
            a = 1 - confidence
            lower = 0.0 if x == 0 else stats.beta.ppf(a / 2, x, n - x + 1)
            upper = 1.0 if x == n else stats.beta.isf(a / 2, x + 1, n - x)
            mid = binomial_mid_p(x, n, a)
            exact = binomial_mid_p_exact(x, n, a, mid)
            worst_mid = max(worst_mid, relative(mid[0], exact[0]), relative(mid[1], exact[1]))
            dist = stats.binom(n, probability)
            values = exact_p_values(binomial_pmf(n, probability), x, n * probability, n)
            mid_two, mid_less = mid_p_values(dist, x)
            scipy_values = {"p_two_sided": float(stats.binomtest(x, n, probability).pvalue), "p_mid_two_sided": float(mid_two),
                            "p_less": float(dist.cdf(x)), "p_mid_less": float(mid_less)}
            worst_scipy = max([worst_scipy] + [relative(scipy_values[k], values[k]) for k in values])
            binomial.append({
                "successes": x, "trials": n, "probability": probability, "confidence": confidence,
                "clopper_pearson": [float(lower), float(upper)], "mid_p": [mid[0], mid[1]],
                **values,
            })
    if worst_mid > 1e-12:
        sys.exit(f"scipy's mid-p roots disagree with mpmath's by {worst_mid:.2e}")
    print(f"mid-p limits, scipy against mpmath at 40 digits: worst relative difference {worst_mid:.2e}")
    print(f"p-values, scipy (binomtest, the poisson.test transcription, tails) against mpmath: worst {worst_scipy:.2e}")
    if worst_scipy > 1e-10:
        sys.exit("scipy's p-values disagree with the 40-digit ones beyond 1e-10")
    worst_r = r_check(poisson, binomial)
    if worst_r is not None:
        print(f"R's poisson.test and binom.test against these values: worst relative difference {worst_r:.2e}")

    shares = []
    for relatives, law in [(5, "fixed"), (5, "poisson"), (0, "fixed"), (1, "fixed"), (3, "fixed"), (8, "fixed"),
                           (3, "poisson"), (8, "poisson"), (2.5, "poisson"), (40, "fixed")]:
        for p in [0.0, 1e-6, 0.000456, 0.02887, 0.05, 0.07, 0.5, 1.0]:
            P = mpmath.mpf(p)
            value = 1 - (1 - P) ** relatives if law == "fixed" else 1 - mpmath.exp(-relatives * P)
            shares.append({"relatives": relatives, "law": law, "share": p, "expected": float(value)})
    table = {"values": [0, 2, 4, 7], "weights": [1, 3, 4, 2]}
    mixtures = []
    for law in ["fixed", "poisson"]:
        for p in [0.01, 0.05, 0.3]:
            P = mpmath.mpf(p)
            total = sum(table["weights"])
            value = sum(mpmath.mpf(w) / total * ((1 - (1 - P) ** v) if law == "fixed" else (1 - mpmath.exp(-v * P)))
                        for v, w in zip(table["values"], table["weights"]))
            mixtures.append({"law": law, "share": p, "expected": float(value)})

    with open(OUT, "w") as f:
        json.dump({"poisson": poisson, "binomial": binomial, "shares": shares,
                   "mixture": {"values": table["values"], "weights": table["weights"], "cases": mixtures}},
                  f, indent=1)
        f.write("\n")
    print(f"wrote {len(poisson)} Poisson, {len(binomial)} binomial, {len(shares) + len(mixtures)} share cases to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
