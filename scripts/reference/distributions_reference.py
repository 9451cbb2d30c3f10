#!/usr/bin/env python3
"""Reference values for the special functions, distributions, exact intervals and
relative risks of the statistics core (docs/METHODS.md §6).

Writes Tests/BurdenStatsTests/Fixtures/distributions.json; the Swift tests read it
and compare with one tolerance helper. Run from the repository root:

    python3 scripts/reference/distributions_reference.py

The truth is mpmath at 50 significant digits throughout, evaluated at the exact
binary values of the double inputs. scipy only places the grid (its quantiles put
the arguments in the tails), supplies starting points for the root finders, and
is compared with the truth as a cross-check whose worst differences are printed.
scipy is not the truth because it is known to lose digits exactly where these
tests look: its incomplete beta and gamma functions lose up to about 1e-10 relative
for shapes near 10^6 to 10^8 and in far tails, and its t and F quantiles inherit
that (the printed summary shows where).

How each value is computed (all at 50 digits):
- ln Gamma, ln B: mpmath.loggamma, mpmath.beta. ln B is evaluated with the working
  precision raised by twice the decimal digits of the larger shape: at 50 digits
  a + b rounds to a when a/b exceeds 10^50, and B(1e300, 1) would come out as 1
  instead of 1e-300.
- P(a, x): x^a e^-x / Gamma(a + 1) * 1F1(1; a + 1; x) (A&S 6.5.29, a sum of positive
  terms) when x < a, else 1 - Q; Q(a, x): mpmath.gammainc(a, x, inf, regularized).
  Where both are computed independently their sum is checked to be 1.
- I_x(a, b): x^a (1 - x)^b / (a B(a, b)) * 2F1(a + b, 1; a + 1; x) (A&S 26.5.23) on the
  side of the mean where the series converges, the complement on the other; mpmath's
  own betainc agrees where it converges. For integer shapes summing past 10^5 the
  series is too slow, and I_x(a, b) is the binomial tail P(Y >= a), Y ~ Bin(a + b - 1, x),
  summed term by term.
- Inverses and distribution quantiles: safeguarded Newton in ln x (or logit x) on the
  50-digit functions, from scipy's value, to 40 digits.
- Discrete distributions: probabilities from ln Gamma; Poisson distribution functions
  from the incomplete gamma functions above (Q(k + 1, lambda), P(k + 1, lambda)),
  binomial ones as exact finite sums of the probabilities (not through the incomplete
  beta function, which the Swift code uses); a
  quantile is kept only when the 50-digit distribution function is at least 1e-9
  (relative) away from p at the answer and one below it, so rounding cannot move it.
- Relative risks: Koopman's score statistic, its limits found by
  scipy.optimize.brentq in ln(phi) in double precision and then polished by Newton's
  method on the same statistic at 50 digits; the two agree to 1e-13.
"""

import csv
import json
import math
import os
import sys
import time
import warnings

import mpmath
import numpy as np
import scipy
from mpmath import mp, mpf
from scipy import special, stats
from scipy.optimize import brentq

mp.dps = 50
# scipy warns where its own root finders give up in the far tails; it only places the grid.
warnings.filterwarnings("ignore", category=RuntimeWarning)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "Tests", "BurdenStatsTests", "Fixtures", "distributions.json")
SHARED = os.path.join(ROOT, "..", "shared", "data")

# Probabilities at which arguments and quantiles are placed: both tails to 1e-12
# (and far beyond for the special functions), the centre, and the edges.
P_TAILS = [1e-300, 1e-100, 1e-12, 1e-6, 0.01, 0.3, 0.5, 0.7, 0.99, 1 - 1e-6, 1 - 1e-12]
P_QUANTILES = [1e-300, 1e-100, 1e-12, 1e-6, 0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999, 1 - 1e-6, 1 - 1e-12]
TINY = 1e-300   # below this a double has lost relative precision (subnormals): not compared

scipy_differences = {}


def note_scipy(name, value, truth):
    """Record scipy's relative difference from the truth, for the printed summary."""
    truth = float(truth)
    if truth == 0 or not math.isfinite(truth) or not math.isfinite(value):
        return
    d = abs(value - truth) / abs(truth)
    scipy_differences[name] = max(scipy_differences.get(name, 0.0), d)


def num(x):
    """A JSON number, or a string for the non-finite values JSONDecoder reads by name."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def sig(x, digits=6):
    """x rounded to `digits` significant digits: tidy arguments for the fixture."""
    return float(f"{x:.{digits - 1}e}")


def representable(*values):
    """Whether every value is 0 or at least TINY in magnitude."""
    return all(v == 0 or abs(float(v)) >= TINY for v in values)


# ----------------------------------------------------------------------------------------
# 50-digit special functions

def gamma_pq(a, x):
    """P(a, x) and Q(a, x) at 50 digits."""
    a = mpf(a)
    x = mpf(x)
    if x == 0:
        return mpf(0), mpf(1)
    q = mpmath.gammainc(a, x, mpmath.inf, regularized=True)
    if x < a:
        p = mpmath.exp(a * mpmath.log(x) - x - mpmath.loggamma(a + 1)) * mpmath.hyp1f1(1, a + 1, x, maxterms=10**8)
        assert abs(p + q - 1) < mpf(10) ** -30, (a, x)
    else:
        p = 1 - q
    return p, q


def beta_series(a, b, x, y):
    """I_x(a, b) by the hypergeometric series (A&S 26.5.23), for x below the mean."""
    return (mpmath.exp(a * mpmath.log(x) + b * mpmath.log(y) - mpmath.log(a) - mpmath.log(mpmath.beta(a, b)))
            * mpmath.hyp2f1(a + b, 1, a + 1, x, maxterms=10**8))


def beta_pair_xy(a, b, x, y):
    """I_x(a, b) and 1 - I_x(a, b) at 50 digits, for x + y = 1 given exactly. For large
    integer shapes, where the series converges too slowly, I_x(a, b) = P(Y >= a) for
    Y ~ Binomial(a + b - 1, x) (A&S 26.5.24), an exact finite sum."""
    a = mpf(a)
    b = mpf(b)
    if x == 0:
        return mpf(0), mpf(1)
    if y == 0:
        return mpf(1), mpf(0)
    if a == int(a) and b == int(b) and a + b > 10**5:
        below, above = binomial_tails(int(a + b - 1), x, y, int(a) - 1)
        return above, below
    if x < a / (a + b):
        i = beta_series(a, b, x, y)
        return i, 1 - i
    j = beta_series(b, a, y, x)
    return 1 - j, j


def beta_pair(a, b, x):
    x = mpf(x)
    return beta_pair_xy(a, b, x, 1 - x)


def solve_increasing(g, start, width=mpf("1e-6"), tol=mpf(10) ** -40, maxit=400):
    """The u with g(u) = 0 for an increasing g returning (value, slope): a bracket grown
    from `start` by steps of 4x, then Newton's method safeguarded by bisection."""
    u = mpf(start)
    v, _ = g(u)
    if v == 0:
        return u
    step = width
    if v < 0:
        lo, hi = u, None
        while hi is None:
            w = u + step
            if g(w)[0] >= 0:
                hi = w
            else:
                lo = w
                step *= 4
    else:
        lo, hi = None, u
        while lo is None:
            w = u - step
            if g(w)[0] <= 0:
                lo = w
            else:
                hi = w
                step *= 4
    if not lo < u < hi:
        u = (lo + hi) / 2
    for _ in range(maxit):
        v, s = g(u)
        if v == 0:
            return u
        if v < 0:
            lo = u
        else:
            hi = u
        nu = u - v / s if s != 0 else mpf("inf")
        if not (lo < nu < hi) or not mpmath.isfinite(nu):
            nu = (lo + hi) / 2
        step = nu - u
        u = nu
        if abs(step) < tol * max(1, abs(u)):
            return u
    raise RuntimeError("no convergence")


def gamma_inv(a, p, upper=False):
    """x with P(a, x) = p (or Q(a, x) = p), in u = ln x, from scipy's value."""
    a = mpf(a)
    p = mpf(p)

    def g(u):
        x = mpmath.exp(u)
        lower, up = gamma_pq(a, x)
        xd = mpmath.exp(a * u - x - mpmath.loggamma(a))
        if upper:
            return -mpmath.log(up / p), xd / up
        return mpmath.log(lower / p), xd / lower

    start = float(special.gammainccinv(float(a), float(p)) if upper else special.gammaincinv(float(a), float(p)))
    st = mpmath.log(start) if 0 < start < 1e308 else mpmath.log(a)
    return mpmath.exp(solve_increasing(g, st))


def beta_inv(a, b, p, upper=False):
    """x with I_x(a, b) = p (or 1 - I_x = p), in u = logit x, from scipy's value;
    returns (x, 1 - x), both to 40 digits."""
    a = mpf(a)
    b = mpf(b)
    p = mpf(p)
    lb = mpmath.log(mpmath.beta(a, b))

    def g(u):
        x = 1 / (1 + mpmath.exp(-u))
        y = 1 / (1 + mpmath.exp(u))
        i, j = beta_pair_xy(a, b, x, y)
        d = mpmath.exp(a * mpmath.log(x) + b * mpmath.log(y) - lb)   # dI/du
        if upper:
            return -mpmath.log(j / p), d / j
        return mpmath.log(i / p), d / i

    start = float(special.betainccinv(float(a), float(b), float(p)) if upper
                  else special.betaincinv(float(a), float(b), float(p)))
    st = mpmath.log(start / (1 - start)) if 0 < start < 1 else mpmath.log(a / b)
    u = solve_increasing(g, st)
    return 1 / (1 + mpmath.exp(-u)), 1 / (1 + mpmath.exp(u))


def normal_inv(p, upper=False):
    """z with Phi(z) = p (or 1 - Phi(z) = p)."""
    p = mpf(p)

    def g(z):
        if upper:
            s = mpmath.ncdf(-z)
            return -mpmath.log(s / p), mpmath.npdf(z) / s
        c = mpmath.ncdf(z)
        return mpmath.log(c / p), mpmath.npdf(z) / c

    start = float(stats.norm.isf(float(p)) if upper else stats.norm.ppf(float(p)))
    return solve_increasing(g, start if math.isfinite(start) else 0)


# ----------------------------------------------------------------------------------------
# Special functions

def log_gamma_cases():
    xs = [1e-300, 1e-10, 0.001, 0.1, 0.5, 0.9, 1, 1.5, 2, 2.5, 3, 5, 9.5, 10, 30.5, 100, 1e4, 1e6, 1e8,
          1e15, 1e100, 1e300, -0.5, -1.5, -2.5, -10.5, -100.5]
    cases = []
    for x in xs:
        value = mpmath.log(abs(mpmath.gamma(mpf(x)))) if x < 0 else mpmath.loggamma(mpf(x))
        note_scipy("logGamma", float(special.gammaln(x)), value)
        cases.append({"x": x, "value": num(value)})
    return cases


BETA_SHAPES = [(0.5, 0.5), (0.25, 0.5), (0.5, 0.25), (1, 1), (2, 3), (1.25, 0.5), (15, 0.5), (0.1, 10), (10, 0.1),
               (0.5, 5000), (5000, 0.5), (10, 10), (30, 2.5), (9.5, 12), (1e4, 2e4), (999995, 6), (6, 999995),
               (5, 999996), (5e7, 5e7 + 1), (7e7, 3e7 + 1), (20, 1e8), (1e8 - 20, 21)]


def log_beta(a, b):
    """ln B(a, b) at 50 digits, with a + b exact: the working precision grows by the
    decimal digits of the larger shape (and of its ln Gamma, which B's evaluation forms)."""
    extra = 2 * int(mpmath.ceil(mpmath.log10(max(a, b, 1)))) + 10
    with mp.workdps(mp.dps + extra):
        value = mpmath.log(mpmath.beta(mpf(a), mpf(b)))
    return +value


def log_beta_cases():
    pairs = [(0.5, 0.5), (1, 2), (2.5, 3.5), (0.001, 5), (1e-10, 1), (9.5, 12), (10, 10), (30, 30), (5, 1e6),
             (0.5, 5000), (1e6, 0.25), (1e4, 2e4), (1e8, 1e8), (5, 1e8), (1e8, 30.5), (1e300, 1)]
    cases = []
    for a, b in pairs:
        value = log_beta(a, b)
        note_scipy("logBeta", float(special.betaln(a, b)), value)
        cases.append({"a": a, "b": b, "value": num(value)})
    return cases


GAMMA_SHAPES = [0.01, 0.1, 0.25, 0.5, 1, 1.25, 2.5, 5, 9.5, 10, 15, 30, 100, 5000, 1e6, 5e7, 1e8]


def gamma_incomplete_cases():
    cases = []
    for a in GAMMA_SHAPES:
        xs = {0.0, float(a), float(a) + 1}
        for p in P_TAILS:
            x = float(special.gammaincinv(a, p) if p < 0.5 else special.gammainccinv(a, 1 - p))
            if 0 < x < 1e300:
                xs.add(sig(x))
        for x in sorted(xs):
            lower, upper = gamma_pq(a, x)
            if not representable(lower, upper):
                continue
            note_scipy("regularizedLower", float(special.gammainc(a, x)), lower)
            note_scipy("regularizedUpper", float(special.gammaincc(a, x)), upper)
            cases.append({"a": a, "x": x, "lower": num(lower), "upper": num(upper)})
    return cases


def gamma_inverse_cases():
    cases = []
    for a in GAMMA_SHAPES:
        for p in P_TAILS:
            for upper in (False, True):
                x = gamma_inv(a, p, upper)
                if not representable(x) or x == 0:
                    continue
                s = float(special.gammainccinv(a, p) if upper else special.gammaincinv(a, p))
                note_scipy("inverseRegularizedUpper" if upper else "inverseRegularizedLower", s, x)
                cases.append({"a": a, "p": p, "upper": upper, "x": num(x)})
    return cases


def beta_incomplete_cases():
    cases = []
    for a, b in BETA_SHAPES:
        xs = {0.0, 1.0, 0.5}
        for p in P_TAILS:
            x = float(special.betaincinv(a, b, p) if p < 0.5 else special.betainccinv(a, b, 1 - p))
            if 0 < x < 1:
                # Keep all digits near 1, where six significant digits would round to 1.
                xs.add(sig(x) if x < 0.99 else x)
        for x in sorted(xs):
            lower, upper = beta_pair(a, b, x)
            if not representable(lower, upper):
                continue
            note_scipy("regularizedIncomplete", float(special.betainc(a, b, x)), lower)
            note_scipy("complementedRegularizedIncomplete", float(special.betaincc(a, b, x)), upper)
            cases.append({"a": a, "b": b, "x": x, "lower": num(lower), "upper": num(upper)})
    return cases


def beta_inverse_cases():
    cases = []
    for a, b in BETA_SHAPES:
        for p in P_TAILS:
            for upper in (False, True):
                x, _ = beta_inv(a, b, p, upper)
                if not representable(x) or x == 0:
                    continue
                s = float(special.betainccinv(a, b, p) if upper else special.betaincinv(a, b, p))
                note_scipy("inverseComplementedRegularizedIncomplete" if upper
                           else "inverseRegularizedIncomplete", s, x)
                cases.append({"a": a, "b": b, "p": p, "upper": upper, "x": num(x)})
    return cases


# ----------------------------------------------------------------------------------------
# Continuous distributions: density, cdf, survival at arguments from the tails, and
# both quantiles. Each is defined from the 50-digit functions above.

def t_values(nu, t):
    nu = mpf(nu)
    t = mpf(t)
    x = nu / (nu + t * t)
    y = t * t / (nu + t * t)
    half = beta_pair_xy(nu / 2, mpf("0.5"), x, y)[0] / 2 if t != 0 else mpf("0.5")
    cdf, sf = (half, 1 - half) if t <= 0 else (1 - half, half)
    pdf = mpmath.exp(-(nu + 1) / 2 * mpmath.log(1 + t * t / nu) - mpmath.log(mpmath.beta(nu / 2, mpf("0.5")))) / mpmath.sqrt(nu)
    return pdf, cdf, sf


def t_quantile(nu, p, upper):
    """The t with F(t) = p (or 1 - F(t) = p), from the incomplete beta inverse."""
    if upper:
        return -t_quantile(nu, p, False)
    p = mpf(p)
    if p == mpf("0.5"):
        return mpf(0)
    if p > mpf("0.5"):
        return -t_quantile(nu, 1 - p, False)
    x, y = beta_inv(nu / 2, 0.5, 2 * p)
    return -mpmath.sqrt(nu * y / x)


def gamma_values(shape, scale, x):
    shape = mpf(shape)
    s = mpf(x) / mpf(scale)
    lower, upper = gamma_pq(shape, s)
    pdf = mpmath.exp((shape - 1) * mpmath.log(s) - s - mpmath.loggamma(shape)) / mpf(scale) if s > 0 else None
    return pdf, lower, upper


def f_values(d1, d2, f):
    d1 = mpf(d1)
    d2 = mpf(d2)
    f = mpf(f)
    x = d1 * f / (d1 * f + d2)
    y = d2 / (d1 * f + d2)
    lower, upper = beta_pair_xy(d1 / 2, d2 / 2, x, y)
    pdf = mpmath.exp((d1 / 2) * mpmath.log(x) + (d2 / 2) * mpmath.log(y) - mpmath.log(mpmath.beta(d1 / 2, d2 / 2))) / f
    return pdf, lower, upper


def beta_values(a, b, x):
    lower, upper = beta_pair(a, b, x)
    x = mpf(x)
    pdf = mpmath.exp((a - 1) * mpmath.log(x) + (b - 1) * mpmath.log(1 - x) - mpmath.log(mpmath.beta(a, b)))
    return pdf, lower, upper


def normal_values(mu, sigma, x):
    z = (mpf(x) - mpf(mu)) / mpf(sigma)
    return mpmath.npdf(z) / mpf(sigma), mpmath.ncdf(z), mpmath.ncdf(-z)


DISTRIBUTIONS = [
    # (name, parameters, scipy frozen distribution, values(x), quantile(p, upper))
    *[("student_t", [nu], stats.t(nu), (lambda nu: lambda x: t_values(nu, x))(nu),
       (lambda nu: lambda p, up: t_quantile(nu, p, up))(nu)) for nu in (0.5, 1, 2.5, 30, 1e4)],
    *[("chi_squared", [k], stats.chi2(k), (lambda k: lambda x: gamma_values(k / 2, 2, x))(k),
       (lambda k: lambda p, up: 2 * gamma_inv(k / 2, p, up))(k)) for k in (0.5, 1, 2.5, 30, 1e4)],
    *[("fisher_f", [d1, d2], stats.f(d1, d2), (lambda d1, d2: lambda x: f_values(d1, d2, x))(d1, d2),
       (lambda d1, d2: lambda p, up: (lambda r: mpf(d2) / mpf(d1) * r[0] / r[1])(beta_inv(d1 / 2, d2 / 2, p, up)))(d1, d2))
      for d1, d2 in ((1, 1), (0.5, 2.5), (2, 7), (2.5, 30), (5, 1), (30, 1e4), (1e4, 1e4))],
    *[("beta", [a, b], stats.beta(a, b), (lambda a, b: lambda x: beta_values(a, b, x))(a, b),
       (lambda a, b: lambda p, up: beta_inv(a, b, p, up)[0])(a, b))
      for a, b in ((0.5, 0.5), (2, 5), (0.1, 3), (1000, 2000), (5, 1e6))],
    *[("gamma", [shape, scale], stats.gamma(shape, scale=scale),
       (lambda shape, scale: lambda x: gamma_values(shape, scale, x))(shape, scale),
       (lambda shape, scale: lambda p, up: mpf(scale) * gamma_inv(shape, p, up))(shape, scale))
      for shape, scale in ((0.25, 1), (1, 3), (2.5, 0.1), (30, 7), (1e6, 1e-3))],
    *[("normal", [mu, sigma], stats.norm(mu, sigma), (lambda mu, sigma: lambda x: normal_values(mu, sigma, x))(mu, sigma),
       (lambda mu, sigma: lambda p, up: mpf(mu) + mpf(sigma) * normal_inv(p, up))(mu, sigma))
      for mu, sigma in ((0, 1), (100, 15), (-3, 0.001))],
]


def continuous_cases():
    values = []
    quantiles = []
    for name, params, frozen, value_of, quantile_of in DISTRIBUTIONS:
        xs = set()
        for p in P_TAILS:
            x = float(frozen.ppf(p) if p < 0.5 else frozen.isf(1 - p))
            if math.isfinite(x) and abs(x) < 1e250 and x != 0:
                xs.add(sig(x))
        if name in ("student_t", "normal"):
            xs.update({params[0] if name == "normal" else 0.0, -1.0, 1.0, 2.5})
        if name == "student_t":
            # Beyond |t| = 1e145 sqrt(nu), where nu / (nu + t^2) is below 1e-290 or underflows
            # (kept where the density is still above 1e-300: nu = 0.5 and 1).
            xs.update({-1e190, -1e160, -1e148, 1e148, 1e160, 1e190})
        for x in sorted(xs):
            pdf, cdf, sf = value_of(x)
            if pdf is None or not representable(pdf, cdf, sf) or not (0 < cdf < 1):
                continue
            note_scipy(name + ".cdf", float(frozen.cdf(x)), cdf)
            note_scipy(name + ".survival", float(frozen.sf(x)), sf)
            values.append({"distribution": name, "parameters": params, "x": x,
                           "density": num(pdf), "cdf": num(cdf), "survival": num(sf)})
        for p in P_QUANTILES:
            lower = quantile_of(p, False)
            upper = quantile_of(p, True)
            if not representable(lower, upper) or abs(lower) > 1e300 or abs(upper) > 1e300:
                continue
            note_scipy(name + ".quantile", float(frozen.ppf(p)), lower)
            note_scipy(name + ".upperQuantile", float(frozen.isf(p)), upper)
            quantiles.append({"distribution": name, "parameters": params, "p": p,
                              "quantile": num(lower), "upper_quantile": num(upper)})
    return values, quantiles


# ----------------------------------------------------------------------------------------
# Discrete distributions

def poisson_values(lam, k):
    lam = mpf(lam)
    if lam == 0:
        return (mpf(1) if k == 0 else mpf(0)), mpf(1), mpf(0)
    pmf = mpmath.exp(k * mpmath.log(lam) - lam - mpmath.loggamma(k + 1))
    lower, upper = gamma_pq(k + 1, lam)
    return pmf, upper, lower


def binomial_tails(n, pi, q, k):
    """P(X <= k) and P(X > k) for X ~ Binomial(n, pi), q = 1 - pi, by exact finite sums
    of the probabilities at 50 digits over the tail on the far side of k from the mean
    (where the terms fall away from k), the other as its complement."""
    def pmf(j):
        return mpmath.exp(mpmath.loggamma(n + 1) - mpmath.loggamma(j + 1) - mpmath.loggamma(n - j + 1)
                          + j * mpmath.log(pi) + (n - j) * mpmath.log(q))

    eps = mpf(10) ** -55
    if k < n * pi:
        term = pmf(k)
        total = term
        j = k
        while j > 0:
            term *= mpf(j) / (n - j + 1) * (q / pi)
            j -= 1
            total += term
            if term < total * eps:
                break
        return total, 1 - total
    if k >= n:
        return mpf(1), mpf(0)
    term = pmf(k + 1)
    total = term
    j = k + 1
    while j < n:
        term *= mpf(n - j) / (j + 1) * (pi / q)
        j += 1
        total += term
        if term < total * eps:
            break
    return 1 - total, total


def binomial_values(n, pi, k):
    """P(X = k), P(X <= k), P(X > k) for X ~ Binomial(n, pi)."""
    if k > n:
        return mpf(0), mpf(1), mpf(0)
    pi = mpf(pi)
    q = 1 - pi
    if pi == 0 or pi == 1:
        point = 0 if pi == 0 else n
        return (mpf(1) if k == point else mpf(0)), (mpf(1) if k >= point else mpf(0)), (mpf(0) if k >= point else mpf(1))
    pmf = mpmath.exp(mpmath.loggamma(n + 1) - mpmath.loggamma(k + 1) - mpmath.loggamma(n - k + 1)
                     + k * mpmath.log(pi) + (n - k) * mpmath.log(q))
    return (pmf, *binomial_tails(n, pi, q, k))


DISCRETE = [
    *[("poisson", [lam], stats.poisson(lam), (lambda lam: lambda k: poisson_values(lam, k))(lam))
      for lam in (0, 1e-3, 1, 5, 30.5, 1e6, 1e8)],
    *[("binomial", [n, pi], stats.binom(n, pi), (lambda n, pi: lambda k: binomial_values(n, pi, k))(n, pi))
      for n, pi in ((0, 0.3), (1, 0.5), (5, 0.2), (10, 0.001), (100, 0), (100, 1), (1000, 0.999),
                    (10**6, 0.3), (10**6, 1e-5), (10**8, 0.5), (10**8, 2e-7), (10**8, 0.9999))],
]


def discrete_quantile(frozen, value_of, p):
    """The smallest k with P(X <= k) >= p, or None when rounding could move it."""
    p = mpf(p)
    k = int(frozen.ppf(float(p)))
    if k < 0:
        k = 0

    def holds(k):
        _, cdf, sf = value_of(k)
        return cdf >= p

    while k > 0 and holds(k - 1):
        k -= 1
    while not holds(k):
        k += 1
    _, cdf, _ = value_of(k)
    _, below, _ = value_of(k - 1) if k > 0 else (None, mpf(0), None)
    # Keep only quantiles that no rounding of the distribution function can move:
    # compare in the tail that holds the digits.
    for c in (cdf, below):
        gap = abs(c - p) / p if p <= 0.5 else abs((1 - c) - (1 - p)) / (1 - p)
        if c != 0 and c != 1 and gap < mpf("1e-9"):
            return None
    return k


def discrete_cases():
    values = []
    quantiles = []
    for name, params, frozen, value_of in DISCRETE:
        ks = {0, 1, 5}
        for p in P_TAILS:
            ks.add(int(frozen.ppf(p)) if p < 0.5 else int(frozen.isf(1 - p)))
        for k in sorted(ks):
            if k < 0 or (name == "binomial" and k > params[0]):
                continue
            pmf, cdf, sf = value_of(k)
            if not representable(pmf, cdf, sf):
                continue
            note_scipy(name + ".cdf", float(frozen.cdf(k)), cdf)
            note_scipy(name + ".survival", float(frozen.sf(k)), sf)
            values.append({"distribution": name, "parameters": params, "k": k,
                           "probability": num(pmf), "cdf": num(cdf), "survival": num(sf)})
        for p in P_QUANTILES:
            k = discrete_quantile(frozen, value_of, p)
            if k is not None:
                quantiles.append({"distribution": name, "parameters": params, "p": p, "k": k})
    return values, quantiles


# ----------------------------------------------------------------------------------------
# Exact intervals for a proportion or rate

def proportion_exact_cases():
    grid = [(0, 1), (1, 1), (0, 10), (10, 10), (1, 10), (5, 10), (3, 7), (1, 100), (50, 100), (99, 100),
            (0, 1000), (5, 1000), (231, 92884), (125, 4096435), (23, 17456), (1, 10**6), (10**6, 10**8),
            (5, 10**8), (0, 10**8), (10**8 - 1, 10**8), (10**8, 10**8)]
    cases = []
    for d, n in grid:
        for conf in (0.9, 0.95, 0.99):
            tail = (1 - conf) / 2
            # Garwood: [chi2_{tail}(2d)/2, chi2_{1-tail}(2d+2)/2]/N = gamma quantiles of shape d, d + 1.
            lo = 0 if d == 0 else gamma_inv(d, tail) / n
            hi = gamma_inv(d + 1, tail, upper=True) / n
            # Clopper-Pearson: Beta(d, N-d+1) lower quantile, Beta(d+1, N-d) upper quantile.
            cl = 0 if d == 0 else beta_inv(d, n - d + 1, tail)[0]
            cu = 1 if d == n else beta_inv(d + 1, n - d, tail, upper=True)[0]
            note_scipy("garwood", float(stats.chi2.isf(tail, 2 * d + 2) / 2 / n), hi)
            note_scipy("clopperPearson", float(stats.beta.isf(tail, d + 1, n - d)) if d < n else 1.0, cu)
            cases.append({"d": d, "n": n, "confidence": conf,
                          "exact_poisson": [num(lo), num(hi)], "clopper_pearson": [num(cl), num(cu)]})
    return cases


# ----------------------------------------------------------------------------------------
# Relative risks (Koopman's score interval, Katz's log-Wald interval)

# Bessudnov (2023), replication of 12 April 2023: named dead by implied ethnic group
# among all 20,253 named dead, against the group's men aged 8-32 among the 22,032,860
# men of the 2010 census (published-ethnic-counts.csv, census2010EthnPropPopulationAll.csv).
NATIONAL = [("Tuvan", 210, 49050), ("Buryat", 317, 89940), ("BashTat", 1049, 1053685),
            ("BelRusUkr", 16455, 17734430), ("CheDagIngKabAdKarBalOs", 1169, 1423855), ("other", 1053, 1681900)]
# Within republics: non-Slavic named dead of all named dead of the region, against
# non-Slavic men aged 8-32 of men with a stated ethnicity (census_2010_ethn.csv columns
# nMen_ethn_nonmissing_8_32 and nRusUkrBelMen_8_32).
REPUBLICS = [("Astrakhan", 91, 186, 147090, 94410), ("Buryatia", 244, 643, 170255, 108825),
             ("Tuva", 208, 231, 56210, 7760), ("Chechnya", 191, 193, 265850, 2615),
             ("Dagestan", 480, 495, 618990, 15785), ("Bashkortostan", 389, 612, 676610, 243185),
             ("Ingushetia", 37, 38, 75680, 435), ("Kalmykia", 33, 48, 52630, 13465),
             ("Kabardino-Balkaria", 67, 89, 160255, 29080), ("North Ossetia", 158, 229, 119265, 21350),
             ("Karachay-Cherkessia", 28, 48, 82685, 22935), ("Tatarstan", 167, 372, 613920, 238755),
             ("Adygea", 18, 76, 68075, 41130)]


def check_against_shared_data():
    """When the shared data is beside the repository, confirm the tables above."""
    counts = os.path.join(SHARED, "ru-casualties-2023-04", "published-ethnic-counts.csv")
    census = os.path.join(SHARED, "ru-casualties-2023-04", "census_2010_ethn.csv")
    if not (os.path.exists(counts) and os.path.exists(census)):
        print("shared data not found; using the embedded tables")
        return
    published = {(r["table"], r["group"]): r for r in csv.DictReader(open(counts))}
    men = {r["regNameEng"]: r for r in csv.DictReader(open(census))}
    for name, killed, total, with_ethnicity, slavic in REPUBLICS:
        row = published[("republic", name)]
        assert (int(row["killed"]), int(row["killed_total"])) == (killed, total), name
        m = men[name]
        assert (int(m["nMen_ethn_nonmissing_8_32"]), int(m["nRusUkrBelMen_8_32"])) == (with_ethnicity, slavic), name
    for name, killed, _ in NATIONAL:
        assert int(published[("national", name)]["killed"]) == killed, name
    print("embedded tables agree with the shared data")


def score_statistic(a, na, b, nb, phi):
    """S(phi) = (a/nA - phi b/nB)/sqrt(V), with the restricted MLEs under RR = phi
    (the smaller root of phi N p^2 - (phi (nA + b) + a + nB) p + (a + b) = 0)."""
    n = na + nb
    big_a = phi * n
    big_b = phi * (na + b) + a + nb
    c = a + b
    disc = big_b * big_b - 4 * big_a * c
    p_b = 2 * c / (big_b + (disc if disc > 0 else 0) ** 0.5)
    p_a = min(1, phi * p_b)
    var = p_a * (1 - p_a) / na + phi * phi * p_b * (1 - p_b) / nb
    diff = a / na - phi * b / nb
    if var == 0:
        return 0 if diff == 0 else math.copysign(math.inf, diff)
    return diff / var ** 0.5


def score_statistic_mp(a, na, b, nb, phi):
    a, na, b, nb = (mpf(v) for v in (a, na, b, nb))
    n = na + nb
    big_b = phi * (na + b) + a + nb
    disc = max(big_b ** 2 - 4 * phi * n * (a + b), 0)
    p_b = 2 * (a + b) / (big_b + mpmath.sqrt(disc))
    p_a = phi * p_b
    var = p_a * (1 - p_a) / na + phi ** 2 * p_b * (1 - p_b) / nb
    return (a / na - phi * b / nb) / mpmath.sqrt(var)


def score_limit(a, na, b, nb, target, start):
    """ln(phi) with S(phi) = target: a bracket grown from `start` (S decreases in phi),
    brentq in double precision, then Newton's method at 50 digits."""
    f = lambda u: score_statistic(a, na, b, nb, math.exp(u)) - target
    step = 0.25
    if f(start) > 0:
        lo = start
        while True:
            hi = lo + step
            if f(hi) <= 0:
                break
            lo = hi
            step *= 2
    else:
        hi = start
        while True:
            lo = hi - step
            if f(lo) > 0:
                break
            hi = lo
            step *= 2
    u = brentq(f, lo, hi, xtol=1e-300, rtol=4 * np.finfo(float).eps, maxiter=500)
    g = lambda v: score_statistic_mp(a, na, b, nb, mpmath.exp(v)) - target
    exact = mpmath.findroot(g, mpf(u), tol=mpf(10) ** -40)
    assert abs(float(exact) - u) <= 1e-13 * max(1, abs(u)), (a, na, b, nb, u, exact)
    return exact


def relative_risk_case(label, a, na, b, nb, conf):
    z = normal_inv((1 - conf) / 2, upper=True)
    ratio = (mpf(a) / na) / (mpf(b) / nb) if b > 0 else (mpf("inf") if a > 0 else mpf("nan"))
    # Score limits: 0 when a = 0, +inf when b = 0, [0, inf] when both are 0.
    if a == 0 and b == 0:
        score = [0, math.inf]
    else:
        if a > 0 and b > 0:
            centre = math.log((a / na) / (b / nb))
        elif a == 0:
            centre = math.log((3 / na) / (b / nb))
        else:
            centre = math.log((a / na) / (3 / nb))
        lo = 0 if a == 0 else mpmath.exp(score_limit(a, na, b, nb, float(z), centre))
        hi = math.inf if b == 0 else mpmath.exp(score_limit(a, na, b, nb, -float(z), centre))
        score = [lo, hi]
    if a > 0 and b > 0:
        se = mpmath.sqrt(mpf(1) / a - mpf(1) / na + mpf(1) / b - mpf(1) / nb)
        wald = [ratio * mpmath.exp(-z * se), ratio * mpmath.exp(z * se)]
    else:
        wald = [math.nan, math.nan]
    return {"label": label, "a": a, "n_a": na, "b": b, "n_b": nb, "confidence": conf, "ratio": num(ratio),
            "score": [num(v) for v in score], "log_wald": [num(v) for v in wald]}


def relative_risk_cases():
    check_against_shared_data()
    cases = []
    for name, killed, men in NATIONAL:
        for conf in (0.9, 0.95, 0.99):
            cases.append(relative_risk_case(f"national {name}", killed, 20253, men, 22032860, conf))
    for name, killed, total, with_ethnicity, slavic in REPUBLICS:
        cases.append(relative_risk_case(f"republic {name}", killed, total, with_ethnicity - slavic, with_ethnicity, 0.95))
    # Small and degenerate tables: a = 0, b = 0, a = n_A, b = n_B, both full, tiny counts.
    for label, a, na, b, nb in [("a = 0", 0, 100, 5, 100), ("b = 0", 5, 100, 0, 100), ("a = n_A", 20, 20, 30, 60),
                                ("b = n_B", 3, 50, 40, 40), ("both full", 100, 100, 50, 50),
                                ("one each", 1, 10, 1, 10), ("a = 0 of 1", 0, 1, 1, 1), ("equal rates", 10, 1000, 100, 10000),
                                ("large", 10**6, 10**8, 2 * 10**6, 10**8)]:
        for conf in (0.9, 0.95, 0.99):
            cases.append(relative_risk_case(label, a, na, b, nb, conf))
    return cases


def timed(name, build):
    """Runs one section, saying on standard error how long it took."""
    start = time.time()
    result = build()
    print(f"  {name}: {time.time() - start:.0f} s", file=sys.stderr, flush=True)
    return result


def main():
    continuous, continuous_quantiles = timed("continuous distributions", continuous_cases)
    discrete, discrete_quantiles = timed("discrete distributions", discrete_cases)
    data = {
        "generator": "scripts/reference/distributions_reference.py",
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__,
                     "mpmath": mpmath.__version__},
        "log_gamma": timed("log gamma", log_gamma_cases),
        "log_beta": timed("log beta", log_beta_cases),
        "gamma_incomplete": timed("incomplete gamma", gamma_incomplete_cases),
        "gamma_inverse": timed("inverse incomplete gamma", gamma_inverse_cases),
        "beta_incomplete": timed("incomplete beta", beta_incomplete_cases),
        "beta_inverse": timed("inverse incomplete beta", beta_inverse_cases),
        "continuous": continuous,
        "continuous_quantile": continuous_quantiles,
        "discrete": discrete,
        "discrete_quantile": discrete_quantiles,
        "proportion_exact": timed("exact intervals", proportion_exact_cases),
        "relative_risk": timed("relative risks", relative_risk_cases),
    }
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print(f"wrote {os.path.relpath(OUT)}")
    for key, value in data.items():
        if isinstance(value, list):
            print(f"  {key}: {len(value)} cases")
    print("scipy against the 50-digit truth, worst relative difference:")
    for name, d in sorted(scipy_differences.items()):
        print(f"  {name:45s} {d:.1e}")


if __name__ == "__main__":
    main()
