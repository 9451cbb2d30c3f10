#!/usr/bin/env python3
"""Reference values for ecological inference: Goodman's regression with an identity link.

Writes Tests/BurdenStatsTests/Fixtures/within.json; the Swift tests compare
IdentityLinkRegression and ProfileLikelihood with it (docs/METHODS.md §12). Run from
the repository root:

    python3 scripts/reference/within_reference.py

Every data set is simulated from a seeded numpy generator: 85 regions shaped like
Russia's, men split into two groups, deaths drawn with known group rates.

- Poisson: statsmodels GLM(family=Poisson(link=identity())), IRLS to full convergence;
  standard errors from its (expected) information.
- A rate on the boundary: the constrained maximum with the rate at 0 is the GLM fit
  without that column, once the Karush-Kuhn-Tucker condition (the dropped column's
  score is <= 0 there) is checked here.
- NB2 with alpha by maximum likelihood: the profile over ln(alpha) maximised by
  scipy.optimize.minimize_scalar (bounded), each point a GLM fit with family
  NegativeBinomial(alpha, link=identity()), then polished as the root of the profile's
  slope (the alpha-score at beta-hat(alpha), envelope theorem) by brentq; standard
  errors of beta from the GLM at alpha-hat (expected information).
- Extended model: columns N_g and N_g*(x - xbar), GLM as above.
- Profile-likelihood intervals of each rate (Poisson, basic model): the rate held at
  b by an offset b*N_g, the other rate fitted; the limits by scipy.optimize.brentq on
  2(l_hat - l_P(b)) - chi2_1(0.95), to xtol 1e-13.
"""

import json
import os
import warnings

warnings.simplefilter("ignore")

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy import optimize, special, stats

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "BurdenStatsTests", "Fixtures", "within.json")
PER = 100_000.0


def floats(values):
    return [float(v) for v in np.asarray(values).ravel()]


def regions(rng, n=85):
    men = np.clip(np.exp(rng.normal(np.log(400_000), 0.9, n)), 15_000, 4_000_000).round()
    urban = np.clip(rng.beta(6, 2.2, n), 0.25, 1.0)
    urban[:2] = 1.0  # two wholly urban regions, as Moscow and St Petersburg
    n_u = (men * urban).round()
    n_r = men - n_u
    x = np.clip(rng.gamma(9.0, 1.5, n), 4.5, 36.0).round(1)
    return n_u, n_r, x


def glm(y, X, family, start, offset=None):
    model = sm.GLM(y, X, family=family, offset=offset)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return model.fit(start_params=start, tol=1e-15, maxiter=1000)


def poisson_case(name, y, X, terms, boundary=None):
    start = np.full(X.shape[1], y.sum() / X.sum())
    fam = sm.families.Poisson(link=sm.families.links.Identity())
    if boundary is None:
        fit = glm(y, X, fam, start)
        beta, se = fit.params, fit.bse
        llf = fit.llf
    else:
        keep = [j for j in range(X.shape[1]) if j != boundary]
        fit = glm(y, X[:, keep], fam, start[keep])
        mu = fit.fittedvalues
        score = float(((y / mu - 1) * X[:, boundary]).sum())
        assert score <= 0, score
        beta = np.zeros(X.shape[1])
        beta[keep] = fit.params
        se = [None] * X.shape[1]
        for slot, j in enumerate(keep):
            se[j] = float(fit.bse[slot])
        llf = fit.llf
    return {"name": name, "family": "poisson", "y": floats(y), "columns": [floats(c) for c in X.T], "terms": terms,
            "estimate": floats(beta), "std_error": [None if s is None else float(s) for s in se],
            "at_boundary": [boundary == j for j in range(X.shape[1])], "log_likelihood": float(llf)}


def negbin_case(name, y, X, terms, start=None):
    if start is None:
        start = np.full(X.shape[1], y.sum() / X.sum())
    warm = {"beta": start}

    def fit_at(log_alpha):
        fam = sm.families.NegativeBinomial(alpha=float(np.exp(log_alpha)), link=sm.families.links.Identity())
        f = glm(y, X, fam, warm["beta"])
        warm["beta"] = f.params
        return f

    res = optimize.minimize_scalar(lambda t: -fit_at(t).llf, bounds=(-12, 4), method="bounded",
                                   options={"xatol": 1e-13, "maxiter": 500})

    # The profile is flat at its maximum, so its argmax from values alone is good to about
    # the square root of their rounding; polish it as the root of the profile's slope,
    # which by the envelope theorem is the alpha-score at beta-hat(alpha):
    # sum[(ln q - (psi(y + theta) - psi(theta)))/alpha^2 + (y - mu)/(alpha q)], q = 1 + alpha mu.
    def slope(t):
        alpha = np.exp(t)
        mu = fit_at(t).fittedvalues
        q = 1 + alpha * mu
        theta = 1 / alpha
        d = special.digamma(y + theta) - special.digamma(theta)
        return float(((np.log(q) - d) / alpha**2 + (y - mu) / (alpha * q)).sum())

    t_hat = optimize.brentq(slope, res.x - 0.05, res.x + 0.05, xtol=1e-15)
    f = fit_at(t_hat)
    res.x = t_hat
    return {"name": name, "family": "negbin", "y": floats(y), "columns": [floats(c) for c in X.T], "terms": terms,
            "estimate": floats(f.params), "std_error": floats(f.bse), "at_boundary": [False] * X.shape[1],
            "log_likelihood": float(f.llf), "alpha": float(np.exp(res.x))}


def profile_intervals(y, X, level=0.95):
    fam = sm.families.Poisson(link=sm.families.links.Identity())
    full = glm(y, X, fam, np.full(X.shape[1], y.sum() / X.sum()))
    cut = stats.chi2.ppf(level, 1)
    out = []
    for g in range(X.shape[1]):
        other = 1 - g

        def excess(b):
            offset = b * X[:, g]
            f = glm(y, X[:, [other]], fam, np.array([full.params[other]]), offset=offset)
            return 2 * (full.llf - f.llf) - cut

        est, se = full.params[g], full.bse[g]
        lo = optimize.brentq(excess, est - 8 * se, est, xtol=1e-13)
        hi = optimize.brentq(excess, est, est + 8 * se, xtol=1e-13)
        out.append([float(lo), float(hi)])
    return out


def main():
    rng = np.random.default_rng(20230412)
    cases = []
    n_u, n_r, x = regions(rng)
    X = np.column_stack([n_u, n_r]) / PER
    # Basic model, Poisson: urban 30, rural 90 per 100,000.
    y = rng.poisson(X @ np.array([30.0, 90.0])).astype(float)
    case = poisson_case("poisson-basic", y, X, ["urban", "rural"])
    case["profile_interval"] = profile_intervals(y, X)
    cases.append(case)
    # A rate on the boundary: rural men with no deaths of their own, urban 40.
    yb = rng.poisson(X @ np.array([40.0, 0.0]) * 0.97).astype(float)
    fam = sm.families.Poisson(link=sm.families.links.Identity())
    free = glm(yb, X, fam, np.full(2, yb.sum() / X.sum()))
    assert free.params[1] < 0, free.params
    cases.append(poisson_case("poisson-boundary", yb, X, ["urban", "rural"], boundary=1))
    # Overdispersed deaths (gamma heterogeneity), NB2.
    heterogeneity = rng.gamma(4.0, 1 / 4.0, len(y))
    yn = rng.poisson(X @ np.array([30.0, 90.0]) * heterogeneity).astype(float)
    cases.append(negbin_case("negbin-basic", yn, X, ["urban", "rural"]))
    # Extended model: rates rising with the covariate (aggregation bias).
    men = n_u + n_r
    xbar = float((men * x).sum() / men.sum())
    rate_u = 20 + 1.5 * (x - xbar)
    rate_r = 70 + 3.0 * (x - xbar)
    ye = rng.poisson(X[:, 0] * np.clip(rate_u, 0, None) + X[:, 1] * np.clip(rate_r, 0, None)).astype(float)
    Xe = np.column_stack([X[:, 0], X[:, 0] * (x - xbar), X[:, 1], X[:, 1] * (x - xbar)])
    terms = ["urban", "urban:x", "rural", "rural:x"]
    ext = poisson_case("poisson-extended", ye, Xe, terms)
    ext["covariate"] = floats(x)
    cases.append(ext)
    mu_e = X[:, 0] * np.clip(rate_u, 0, None) + X[:, 1] * np.clip(rate_r, 0, None)
    yne = rng.poisson(mu_e * rng.gamma(4.0, 1 / 4.0, len(y))).astype(float)
    start = np.array(ext["estimate"])
    nb = negbin_case("negbin-extended", yne, Xe, terms, start=start)
    nb["covariate"] = floats(x)
    cases.append(nb)
    with open(OUT, "w") as f:
        json.dump({"generator": f"numpy {np.__version__}, scipy {scipy.__version__}, statsmodels {statsmodels.__version__}",
                   "cases": cases}, f, indent=1)
    for c in cases:
        print(c["name"], c["estimate"], c["std_error"], c["log_likelihood"], c.get("alpha"), c.get("profile_interval"))


if __name__ == "__main__":
    main()
