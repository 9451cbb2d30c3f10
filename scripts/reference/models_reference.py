#!/usr/bin/env python3
"""Reference values for the models, correlations and inequality indices.

Writes Tests/BurdenStatsTests/Fixtures/models.json; the Swift tests read it and
compare with one tolerance helper. Run from the repository root:

    python3 scripts/reference/models_reference.py

Models are fitted by statsmodels (OLS; GLM with the Poisson family and an offset;
the discrete NegativeBinomial model, loglike_method='nb2', with an offset), pushed to
full convergence, and checked against an independent numpy evaluation of the same
formulas (docs/METHODS.md §7). Correlations come from scipy.stats; the inequality
indices are written out here from their definitions with numpy. Every data set is
simulated from a seeded numpy generator, so the fixture does not depend on any file.
"""

import csv
import json
import os
import sys
import warnings

import mpmath
import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy import special, stats

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "BurdenStatsTests", "Fixtures", "models.json")
# The real public data, beside the checkout (docs/DATA.md); optional.
CASUALTIES = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "ru-casualties-2023-04")


def floats(values):
    return [float(v) for v in np.asarray(values).ravel()]


def columns_of(names, matrix):
    """Named predictor columns (without the intercept), as the Swift design takes them."""
    return [{"name": name, "values": floats(matrix[:, j])} for j, name in enumerate(names)]


def design(columns):
    return np.column_stack([np.ones(len(columns[0]["values"]))] + [np.array(c["values"]) for c in columns])


# ---------------------------------------------------------------------------
# Data sets
# ---------------------------------------------------------------------------

def regions_like(rng, n=85):
    """Covariates and populations shaped like Russia's 85 regions."""
    population = np.exp(rng.normal(np.log(300_000), 0.9, n)).round()
    population = np.clip(population, 12_000, 4_500_000)
    below = np.clip(rng.gamma(9.0, 1.5, n), 4.5, 36.0).round(1)
    non_russian = np.clip(100 * rng.beta(0.5, 2.0, n), 0.5, 99.0)
    urban = np.clip(rng.normal(70, 12, n), 29, 100).round(1)
    republic = (rng.random(n) < 21 / 85).astype(float)
    income = np.exp(rng.normal(np.log(35_000), 0.3, n)).round()
    unemployment = np.clip(rng.gamma(4.0, 1.6, n), 2.0, 30.0).round(1)
    names = ["below_subsistence", "non_russian", "urban", "republic", "log_income", "unemployment"]
    x = np.column_stack([below, non_russian, urban, republic, np.log(income), unemployment])
    return names, x, population


def ols_datasets():
    rng = np.random.default_rng(7001)
    sets = []

    # Known truth, small n.
    n = 30
    x = np.column_stack([rng.normal(0, 1, n), rng.uniform(-2, 2, n)])
    y = 1.5 + 2.0 * x[:, 0] - 0.5 * x[:, 1] + rng.normal(0, 1, n)
    sets.append(("simulated_small", ["x1", "x2"], x, y, {"truth": [1.5, 2.0, -0.5]}))

    # 85 regions: rate per 100,000 on six covariates.
    names, x, population = regions_like(rng)
    rate = 20 + 1.8 * x[:, 0] + 0.05 * x[:, 1] - 0.2 * x[:, 2] + 8 * x[:, 3] - 3 * (x[:, 4] - 10.4) + 0.4 * x[:, 5]
    rate = rate + rng.gamma(2.0, 6.0, 85) - 12
    sets.append(("regions_85", names, x, rate, {}))

    # Large n, five predictors.
    n = 1000
    x = rng.normal(0, 1, (n, 5)) * np.array([1, 10, 0.1, 100, 1]) + np.array([0, 50, 0, 1000, 3])
    beta = np.array([3.0, 0.5, -0.02, 4.0, 0.001, -1.0])
    y = np.column_stack([np.ones(n), x]) @ beta + rng.normal(0, 2, n)
    sets.append(("large_n", ["a", "b", "c", "d", "e"], x, y, {"truth": beta.tolist()}))

    # Near-collinear but full rank: x2 = x1 + small noise (condition number ~ 1e4).
    n = 60
    x1 = rng.normal(10, 2, n)
    x2 = x1 + rng.normal(0, 1e-3, n)
    x3 = rng.normal(0, 1, n)
    y = 1 + x1 + 2 * x2 - x3 + rng.normal(0, 0.5, n)
    sets.append(("near_collinear", ["x1", "x2", "x3"], np.column_stack([x1, x2, x3]), y, {}))

    # One residual degree of freedom: n = p + 1.
    x = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 5.0], [4.0, 3.0]])
    y = np.array([1.0, 3.0, 2.0, 6.0])
    sets.append(("one_residual_df", ["u", "v"], x, y, {}))

    # Covariates in the millions (populations) beside fractions.
    n = 40
    pop = rng.uniform(1e5, 5e6, n)
    share = rng.uniform(0, 1, n)
    y = 5 + 2e-6 * pop + 3 * share + rng.normal(0, 1, n)
    sets.append(("large_scale_covariate", ["population", "share"], np.column_stack([pop, share]), y, {}))
    return sets


def poisson_datasets():
    rng = np.random.default_rng(7002)
    sets = []

    n = 40
    x = np.column_stack([rng.normal(0, 1, n), rng.binomial(1, 0.4, n).astype(float)])
    population = rng.integers(1_000, 50_000, n).astype(float)
    truth = np.array([np.log(2e-3), 0.3, -0.5])
    y = rng.poisson(population * np.exp(np.column_stack([np.ones(n), x]) @ truth)).astype(float)
    sets.append(("simulated_small", ["x1", "group"], x, y, np.log(population), {"truth": truth.tolist()}))

    names, x, population = regions_like(rng)
    xc = x - x.mean(axis=0)
    truth = np.array([np.log(6e-4), 0.04, 0.004, -0.02, 0.3, -0.4, 0.02])
    y = rng.poisson(population * np.exp(np.column_stack([np.ones(85), xc]) @ truth)).astype(float)
    sets.append(("regions_85", names, x, y, np.log(population), {}))

    # Many zero counts.
    n = 50
    x = np.column_stack([rng.uniform(-1, 1, n)])
    population = rng.integers(100, 2_000, n).astype(float)
    y = rng.poisson(population * np.exp(-7.0 + 1.2 * x[:, 0])).astype(float)
    assert (y == 0).sum() >= 5
    sets.append(("many_zeros", ["x"], x, y, np.log(population), {}))

    # Very large offsets: populations 1e6 to 1e8, rare events.
    n = 30
    x = np.column_stack([rng.normal(0, 1, n), rng.normal(5, 2, n)])
    population = np.exp(rng.uniform(np.log(1e6), np.log(1e8), n))
    y = rng.poisson(population * np.exp(-14 + 0.2 * x[:, 0] + 0.05 * x[:, 1])).astype(float)
    sets.append(("large_offsets", ["x1", "x2"], x, y, np.log(population), {}))

    # Near-collinear but full rank.
    n = 80
    x1 = rng.normal(0, 1, n)
    x2 = x1 + rng.normal(0, 1e-3, n)
    x3 = rng.uniform(0, 1, n)
    population = rng.integers(5_000, 20_000, n).astype(float)
    y = rng.poisson(population * np.exp(-6 + 0.2 * x1 + 0.1 * x2 + 0.5 * x3)).astype(float)
    sets.append(("near_collinear", ["x1", "x2", "x3"], np.column_stack([x1, x2, x3]), y, np.log(population), {}))

    # Larger n, four covariates, no offset.
    n = 1500
    x = rng.normal(0, 1, (n, 4))
    truth = np.array([0.5, 0.2, -0.3, 0.1, 0.0])
    y = rng.poisson(np.exp(np.column_stack([np.ones(n), x]) @ truth)).astype(float)
    sets.append(("large_n_no_offset", ["a", "b", "c", "d"], x, y, np.zeros(n), {"truth": truth.tolist()}))
    return sets


def nb_datasets():
    rng = np.random.default_rng(7003)
    sets = []

    def draw(mu, alpha):
        # NB2 as a gamma–Poisson mixture: mean mu, variance mu + alpha mu^2.
        return rng.poisson(rng.gamma(1 / alpha, alpha * mu)).astype(float)

    n = 200
    x = np.column_stack([rng.normal(0, 1, n), rng.binomial(1, 0.5, n).astype(float)])
    population = rng.integers(500, 5_000, n).astype(float)
    truth = np.array([np.log(5e-3), 0.4, -0.3])
    y = draw(population * np.exp(np.column_stack([np.ones(n), x]) @ truth), 0.5)
    sets.append(("simulated", ["x1", "group"], x, y, np.log(population), {"truth": truth.tolist(), "alpha": 0.5}))

    names, x, population = regions_like(rng)
    xc = x - x.mean(axis=0)
    truth = np.array([np.log(6e-4), 0.04, 0.004, -0.02, 0.3, -0.4, 0.02])
    y = draw(population * np.exp(np.column_stack([np.ones(85), xc]) @ truth), 0.3)
    sets.append(("regions_85", names, x, y, np.log(population), {}))

    n = 120
    x = np.column_stack([rng.uniform(-1, 1, n)])
    population = rng.integers(100, 1_000, n).astype(float)
    y = draw(population * np.exp(-6.0 + 1.0 * x[:, 0]), 1.5)
    assert (y == 0).sum() >= 20
    sets.append(("many_zeros", ["x"], x, y, np.log(population), {}))

    n = 60
    x = np.column_stack([rng.normal(0, 1, n)])
    population = np.exp(rng.uniform(np.log(1e6), np.log(1e8), n))
    y = draw(population * np.exp(-12 + 0.3 * x[:, 0]), 0.2)
    sets.append(("large_offsets", ["x1"], x, y, np.log(population), {}))

    n = 150
    x1 = rng.normal(0, 1, n)
    x2 = x1 + rng.normal(0, 1e-2, n)
    population = rng.integers(1_000, 10_000, n).astype(float)
    y = draw(population * np.exp(-5 + 0.3 * x1 + 0.2 * x2), 0.4)
    sets.append(("near_collinear", ["x1", "x2"], np.column_stack([x1, x2]), y, np.log(population), {}))

    n = 500
    x = np.column_stack([rng.normal(0, 1, n), rng.normal(0, 1, n)])
    y = draw(np.exp(2.0 + 0.3 * x[:, 0] - 0.2 * x[:, 1]), 0.03)
    sets.append(("small_alpha_no_offset", ["a", "b"], x, y, np.zeros(n), {}))
    return sets


# ---------------------------------------------------------------------------
# Fits
# ---------------------------------------------------------------------------

def ols_reference(name, names, x, y, extra):
    columns = columns_of(names, x)
    X = design(columns)
    n, p = X.shape
    fit = sm.OLS(y, X).fit()
    ci = fit.conf_int(0.05)
    rss = float(np.sum(fit.resid ** 2))
    tss = float(np.sum((y - y.mean()) ** 2))
    # R's summary.lm / logLik.lm: AIC counts the residual variance as a parameter.
    loglik = -n / 2 * (np.log(2 * np.pi) + np.log(rss / n) + 1)
    assert abs(loglik - fit.llf) <= 1e-10 * abs(loglik)
    # Independent check of the coefficients with numpy's least squares (SVD).
    beta_svd = np.linalg.lstsq(X, y, rcond=None)[0]
    assert np.allclose(beta_svd, fit.params, rtol=1e-9, atol=1e-12), name
    return {
        "name": name, "columns": columns, "response": floats(y), **extra,
        "terms": ["(Intercept)"] + names,
        "estimate": floats(fit.params), "std_error": floats(fit.bse), "statistic": floats(fit.tvalues),
        "p_value": floats(fit.pvalues), "conf_low": floats(ci[:, 0]), "conf_high": floats(ci[:, 1]),
        "sigma": float(np.sqrt(fit.scale)), "df_residual": float(fit.df_resid), "r_squared": float(fit.rsquared),
        "adj_r_squared": float(fit.rsquared_adj), "f_statistic": float(fit.fvalue), "f_p_value": float(fit.f_pvalue),
        "df": float(fit.df_model), "nobs": n, "rss": rss, "tss": tss,
        "log_likelihood": float(loglik), "aic": float(-2 * loglik + 2 * (p + 1)),
        "bic": float(-2 * loglik + np.log(n) * (p + 1)),
    }


def poisson_reference(name, names, x, y, offset, extra):
    columns = columns_of(names, x)
    X = design(columns)
    n, p = X.shape
    model = sm.GLM(y, X, family=sm.families.Poisson(), offset=offset)
    fit = model.fit(tol=1e-14, maxiter=200)
    mu = fit.mu
    # Score at the estimate is zero to rounding: the fit is converged, not merely close.
    score = X.T @ (y - mu)
    assert np.all(np.abs(score) <= 1e-8 * (np.abs(X).T @ (y + mu))), (name, score)
    # Deviance, Pearson, log-likelihood re-derived with numpy.
    ylogy = np.where(y > 0, y * np.log(np.where(y > 0, y, 1) / mu), 0.0)
    deviance = 2 * np.sum(ylogy - (y - mu))
    pearson = np.sum((y - mu) ** 2 / mu)
    loglik = np.sum(y * np.log(mu) - mu - special.gammaln(y + 1))
    assert abs(deviance - fit.deviance) <= 1e-10 * deviance
    assert abs(pearson - fit.pearson_chi2) <= 1e-10 * pearson
    assert abs(loglik - fit.llf) <= 1e-10 * abs(loglik)
    # Null model: intercept and offset; its fitted means are N_i * sum(y) / sum(N_i).
    exposure = np.exp(offset)
    mu0 = exposure * y.sum() / exposure.sum()
    null_deviance = 2 * np.sum(np.where(y > 0, y * np.log(np.where(y > 0, y, 1) / mu0), 0.0) - (y - mu0))
    assert abs(null_deviance - fit.null_deviance) <= 1e-8 * null_deviance
    ci = fit.conf_int(0.05)
    # Quasi-Poisson as R's summary.glm: SE times sqrt(Pearson/(n - p)), t with n - p df.
    quasi = model.fit(tol=1e-14, maxiter=200, scale="X2", use_t=True)
    assert np.allclose(quasi.params, fit.params, rtol=1e-12)
    qci = quasi.conf_int(0.05)
    return {
        "name": name, "columns": columns, "response": floats(y), "offset": floats(offset), **extra,
        "terms": ["(Intercept)"] + names,
        "estimate": floats(fit.params), "std_error": floats(fit.bse), "statistic": floats(fit.tvalues),
        "p_value": floats(fit.pvalues), "conf_low": floats(ci[:, 0]), "conf_high": floats(ci[:, 1]),
        "irr": floats(np.exp(fit.params)), "irr_low": floats(np.exp(ci[:, 0])), "irr_high": floats(np.exp(ci[:, 1])),
        "deviance": float(deviance), "null_deviance": float(null_deviance), "pearson_chi2": float(pearson),
        "dispersion": float(pearson / (n - p)), "log_likelihood": float(loglik),
        "aic": float(-2 * loglik + 2 * p), "bic": float(-2 * loglik + np.log(n) * p),
        "df_residual": float(n - p), "df_null": float(n - 1), "nobs": n,
        "quasi_std_error": floats(quasi.bse), "quasi_statistic": floats(quasi.tvalues),
        "quasi_p_value": floats(quasi.pvalues), "quasi_conf_low": floats(qci[:, 0]), "quasi_conf_high": floats(qci[:, 1]),
    }


def nb2_loglike(y, mu, alpha):
    size = 1 / alpha
    return np.sum(special.gammaln(y + size) - special.gammaln(size) - special.gammaln(y + 1)
                  - size * np.log1p(alpha * mu) + y * np.log(alpha * mu / (1 + alpha * mu)))


def nb2_score(X, y, mu, alpha):
    """Analytic score of the NB2 log-likelihood in (beta, alpha)."""
    size = 1 / alpha
    d_beta = X.T @ ((y - mu) / (1 + alpha * mu))
    d_alpha = np.sum((np.log1p(alpha * mu) - (special.digamma(y + size) - special.digamma(size))) / alpha ** 2
                     + (y - mu) / (alpha * (1 + alpha * mu)))
    return np.append(d_beta, d_alpha)


def nb_reference(name, names, x, y, offset, extra):
    columns = columns_of(names, x)
    X = design(columns)
    n, p = X.shape
    model = sm.NegativeBinomial(y, X, loglike_method="nb2", offset=offset)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # BFGS from the Poisson start, then Newton to full convergence.
        rough = model.fit(disp=0, maxiter=500)
        fit = model.fit(start_params=rough.params, method="newton", maxiter=200, tol=1e-14, disp=0)
    beta, alpha = fit.params[:-1], fit.params[-1]
    mu = np.exp(X @ beta + offset)
    score = nb2_score(X, y, mu, alpha)
    hessian = model.hessian(fit.params)
    # Newton decrement: the remaining step is negligible in the metric of the information.
    step = np.linalg.solve(-hessian, score)
    assert np.all(np.abs(step) <= 1e-10 * (np.abs(fit.params) + np.sqrt(np.diag(np.linalg.inv(-hessian))))), (name, step)
    loglik = nb2_loglike(y, mu, alpha)
    assert abs(loglik - fit.llf) <= 1e-10 * abs(loglik)
    ci = fit.conf_int(0.05)
    k = p + 1
    # Deviance and Pearson chi-squared of the NB2 GLM with alpha fixed at its estimate,
    # and the null deviance of the intercept + offset model at that alpha (R's glm.nb).
    size = 1 / alpha
    dev_terms = np.where(y > 0, y * np.log(np.where(y > 0, y, 1) / mu), 0.0) - (y + size) * np.log((y + size) / (mu + size))
    deviance = 2 * np.sum(dev_terms)
    family = sm.families.NegativeBinomial(alpha=alpha)
    assert abs(deviance - family.deviance(y, mu)) <= 1e-9 * deviance
    pearson = np.sum((y - mu) ** 2 / (mu + alpha * mu ** 2))
    null_fit = sm.GLM(y, np.ones((n, 1)), family=family, offset=offset).fit(tol=1e-14, maxiter=200)
    null_deviance = null_fit.deviance
    irr = np.exp(beta)
    return {
        "name": name, "columns": columns, "response": floats(y), "offset": floats(offset), **extra,
        "terms": ["(Intercept)"] + names,
        "estimate": floats(beta), "std_error": floats(fit.bse[:-1]), "statistic": floats(fit.tvalues[:-1]),
        "p_value": floats(fit.pvalues[:-1]), "conf_low": floats(ci[:-1, 0]), "conf_high": floats(ci[:-1, 1]),
        "irr": floats(irr), "irr_low": floats(np.exp(ci[:-1, 0])), "irr_high": floats(np.exp(ci[:-1, 1])),
        "alpha": float(alpha), "alpha_std_error": float(fit.bse[-1]), "theta": float(1 / alpha),
        "log_likelihood": float(loglik), "aic": float(-2 * loglik + 2 * k), "bic": float(-2 * loglik + np.log(n) * k),
        "deviance": float(deviance), "null_deviance": float(null_deviance), "pearson_chi2": float(pearson),
        "dispersion": float(pearson / (n - p)), "df_residual": float(n - p), "df_null": float(n - 1), "nobs": n,
    }


# ---------------------------------------------------------------------------
# Error inputs
# ---------------------------------------------------------------------------

def error_inputs():
    rng = np.random.default_rng(7004)
    n = 20
    x1 = rng.normal(0, 1, n)
    x2 = rng.normal(0, 1, n)
    population = rng.integers(1_000, 5_000, n).astype(float)
    y = rng.poisson(population * 1e-2).astype(float)
    # x3 = x1 + x2 exactly: the design has rank 3 of 4 columns.
    rank_deficient = {"columns": columns_of(["x1", "x2", "x3"], np.column_stack([x1, x2, x1 + x2])),
                      "response": floats(y), "offset": floats(np.log(population)), "dependent": "x3"}
    assert np.linalg.matrix_rank(design(rank_deficient["columns"])) == 3
    # Quasi-separation: every region with flag = 1 has zero deaths, so the flag's
    # coefficient has no finite maximum-likelihood value.
    flag = np.array([1.0] * 6 + [0.0] * 14)
    separated_y = np.where(flag == 1, 0.0, rng.poisson(population * 1e-2)).astype(float)
    separated = {"columns": columns_of(["flag"], flag[:, None]), "response": floats(separated_y),
                 "offset": floats(np.log(population))}
    # Under-dispersed counts (binomial, variance below the mean): the NB2 likelihood
    # is largest at alpha = 0, so there is no negative-binomial fit to report.
    under_y = rng.binomial(40, 0.5, 50).astype(float)
    under_x = rng.normal(0, 1, 50)
    underdispersed = {"columns": columns_of(["x"], under_x[:, None]), "response": floats(under_y),
                      "offset": floats(np.zeros(50))}
    return {"rank_deficient": rank_deficient, "separated": separated, "underdispersed": underdispersed}


# ---------------------------------------------------------------------------
# Correlation and inequality
# ---------------------------------------------------------------------------

def correlation_cases():
    rng = np.random.default_rng(7005)
    sets = []
    n = 85
    x = rng.gamma(9.0, 1.5, n)
    y = 2 * x + rng.normal(0, 8, n)
    sets.append(("regions_85", x, y))
    x = rng.normal(0, 1, 10)
    sets.append(("negative_small", x, -x + rng.normal(0, 0.8, 10)))
    # Ties in both variables (Spearman's average ranks).
    x = rng.integers(0, 5, 40).astype(float)
    y = np.round(x + rng.normal(0, 1.5, 40))
    sets.append(("ties", x, y))
    x = rng.normal(0, 1, 4)
    sets.append(("four_points", x, x ** 3 + rng.normal(0, 0.3, 4)))
    x = rng.uniform(0, 1, 500)
    sets.append(("weak_large_n", x, rng.uniform(0, 1, 500) + 0.05 * x))
    x = np.linspace(1, 30, 30)
    sets.append(("monotone_nonlinear", x, np.exp(x / 5)))
    cases = []
    for name, x, y in sets:
        n = len(x)
        pearson = stats.pearsonr(x, y)
        ci = pearson.confidence_interval(0.95)
        r = float(pearson.statistic)
        # Fisher z interval written out, to pin scipy's method.
        z = stats.norm.ppf(0.975)
        low, high = np.tanh(np.arctanh(r) - z / np.sqrt(n - 3)), np.tanh(np.arctanh(r) + z / np.sqrt(n - 3))
        assert abs(low - ci.low) <= 1e-14 and abs(high - ci.high) <= 1e-14
        t = r * np.sqrt((n - 2) / (1 - r * r))
        spearman = stats.spearmanr(x, y)
        rho = float(spearman.statistic)
        t_rho = rho * np.sqrt((n - 2) / (1 - rho * rho)) if abs(rho) < 1 else np.inf
        cases.append({"name": name, "x": floats(x), "y": floats(y), "n": n,
                      "pearson": r, "pearson_statistic": float(t), "pearson_p_value": float(pearson.pvalue),
                      "pearson_conf_low": float(ci.low), "pearson_conf_high": float(ci.high),
                      "spearman": rho, "spearman_statistic": float(t_rho) if np.isfinite(t_rho) else None,
                      "spearman_p_value": float(spearman.pvalue)})
    return cases


def weighted_gini(rates, weights):
    """Population-weighted Gini: sum_ij w_i w_j |r_i - r_j| / (2 W^2 mu)."""
    w = weights / weights.sum()
    mu = np.sum(w * rates)
    return float(np.sum(np.outer(w, w) * np.abs(rates[:, None] - rates[None, :])) / (2 * mu))


def fractional_ranks(covariate, weights):
    """Weighted fractional rank, poorest (lowest covariate) first; tied covariates share a rank."""
    f = weights / weights.sum()
    order = np.argsort(covariate, kind="stable")
    ranks = np.empty(len(covariate))
    cumulative = 0.0
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and covariate[order[j + 1]] == covariate[order[i]]:
            j += 1
        group = order[i:j + 1]
        share = f[group].sum()
        ranks[group] = cumulative + share / 2
        cumulative += share
        i = j + 1
    return ranks


def concentration(deaths, populations, covariate):
    """C = 2 cov_w(r, R)/mu and the grouped-data delta-method variance (Kakwani et al. 1997;
    O'Donnell et al. 2008, ch. 8), with n the total population and within-region variance r(1 - r)."""
    rates = deaths / populations
    f = populations / populations.sum()
    mu = np.sum(f * rates)
    ranks = fractional_ranks(covariate, populations)
    c = float(2 * np.sum(f * (rates - mu) * (ranks - 0.5)) / mu)
    c_alt = 2 / mu * np.sum(f * rates * ranks) - 1
    assert abs(c - c_alt) <= 1e-12
    # Groups in rank order; tied covariates form one group.
    order = np.argsort(ranks, kind="stable")
    unique_ranks = []
    groups = []
    for i in order:
        if unique_ranks and ranks[i] == unique_ranks[-1]:
            groups[-1].append(i)
        else:
            unique_ranks.append(ranks[i])
            groups.append([i])
    ft = np.array([f[g].sum() for g in groups])
    mut = np.array([np.sum(deaths[g]) / np.sum(populations[g]) for g in groups])
    rt = np.array(unique_ranks)
    q = np.cumsum(mut * ft) / mu
    q_prev = np.concatenate([[0.0], q[:-1]])
    a = mut / mu * (2 * rt - 1 - c) + 2 - q_prev - q
    n = populations.sum()
    sigma2 = mut * (1 - mut)
    variance = (np.sum(ft * a ** 2) - (1 + c) ** 2) / n + np.sum(ft * sigma2 * (2 * rt - 1 - c) ** 2) / (n * mu ** 2)
    return c, float(np.sqrt(variance))


def quantile_rate_ratio(deaths, populations, covariate, groups=5, confidence=0.95):
    """Deaths and population of the lowest and highest group by cumulative population.

    Regions with equal covariate values are pooled into one block first; a block that
    straddles a boundary is split in proportion to population (its rate applies to both
    parts). Log-Wald interval on the two (fractional) Poisson counts."""
    order = np.argsort(covariate, kind="stable")
    blocks = []
    for i in order:
        if blocks and covariate[i] == blocks[-1][0]:
            blocks[-1][1] += deaths[i]
            blocks[-1][2] += populations[i]
        else:
            blocks.append([covariate[i], deaths[i], populations[i]])
    total = populations.sum()
    low_bound, high_bound = total / groups, total * (groups - 1) / groups
    d_low = n_low = d_high = n_high = 0.0
    start = 0.0
    for _, d, pop in blocks:
        end = start + pop
        low_part = max(0.0, min(end, low_bound) - start)
        high_part = max(0.0, end - max(start, high_bound))
        d_low += d * low_part / pop
        n_low += low_part
        d_high += d * high_part / pop
        n_high += high_part
        start = end
    ratio = (d_low / n_low) / (d_high / n_high)
    z = stats.norm.ppf((1 + confidence) / 2)
    se = np.sqrt(1 / d_low + 1 / d_high)
    return {"deaths_low": float(d_low), "population_low": float(n_low), "deaths_high": float(d_high),
            "population_high": float(n_high), "ratio": float(ratio),
            "conf_low": float(ratio * np.exp(-z * se)), "conf_high": float(ratio * np.exp(z * se)),
            "log_std_error": float(se)}


def inequality_cases():
    rng = np.random.default_rng(7006)
    sets = []
    names, x, population = regions_like(rng)
    rate = 6e-4 * np.exp(0.05 * (x[:, 0] - 13) - 0.3 * (x[:, 4] - 10.4))
    deaths = rng.poisson(population * rate).astype(float)
    sets.append(("regions_85", deaths, population, x[:, 4]))
    sets.append(("regions_85_by_poverty", deaths, population, -x[:, 0]))
    # Tied covariates and a zero count.
    sets.append(("ties_and_zero", np.array([0.0, 5, 12, 3, 30, 8, 8]),
                 np.array([1000.0, 2000, 1500, 800, 5000, 1200, 1200]),
                 np.array([1.0, 2.0, 2.0, 3.0, 4.0, 5.0, 5.0])))
    # Equal rates: Gini 0, concentration 0.
    sets.append(("equal_rates", np.array([10.0, 20, 30, 40, 50]), np.array([1000.0, 2000, 3000, 4000, 5000]),
                 np.array([5.0, 4, 3, 2, 1])))
    pops = rng.integers(10_000, 1_000_000, 12).astype(float)
    sets.append(("twelve_regions", rng.poisson(pops * 1e-3).astype(float) + 1, pops, rng.normal(0, 1, 12)))
    # Populations that line up exactly with the fifths (no region straddles a boundary).
    sets.append(("exact_fifths", np.array([50.0, 40, 30, 20, 10]), np.array([1000.0] * 5),
                 np.array([1.0, 2, 3, 4, 5])))
    cases = []
    for name, deaths, populations, covariate in sets:
        c, se = concentration(deaths, populations, covariate)
        cases.append({"name": name, "deaths": floats(deaths), "populations": floats(populations),
                      "covariate": floats(covariate), "gini": weighted_gini(deaths / populations, populations),
                      "concentration": c, "concentration_std_error": se,
                      "quintile": quantile_rate_ratio(deaths, populations, covariate)})
    return cases


def gamma_difference_cases():
    """lnΓ(θ + y) − lnΓ(θ) − y·ln θ, ψ(θ + y) − ψ(θ) and ψ′(θ + y) − ψ′(θ) at 50 digits (mpmath),
    over the counts and θ = 1/α the negative-binomial likelihood meets, large θ included."""
    mpmath.mp.dps = 50
    cases = []
    for y in [0, 1, 7, 100, 101, 250.5, 1e4, 3e5]:
        for theta in [0.05, 0.7, 3, 9.99, 10, 50, 1e4, 1e8, 1e10]:
            t, v = mpmath.mpf(theta), mpmath.mpf(y)
            cases.append({
                "y": y, "theta": theta,
                "log_gamma_ratio": float(mpmath.log(mpmath.rf(t, v) / t ** v)),
                "digamma": float(mpmath.digamma(t + v) - mpmath.digamma(t)),
                "trigamma": float(mpmath.psi(1, t + v) - mpmath.psi(1, t)),
            })
    return cases


def read_csv(name):
    with open(os.path.join(CASUALTIES, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def published_ols():
    """Bessudnov (2023): rate per 100,000 men aged 16-61 ~ percBelowSubsistence + percentNonRus
    over the 83 regions with 2010 ethnicity data (Crimea and Sevastopol have none).

    Deaths are the rows of the anonymised list per region (358 rows without a region are
    left out); the denominator is men aged 16-61.5 at the 2021 census; percentNonRus is
    100 - percRus. Returns None when the data is not beside the checkout."""
    if not os.path.isdir(CASUALTIES):
        return None
    deaths = {}
    for row in read_csv("dfFatalitiesAnonymised.csv"):
        if row["region"]:
            deaths[row["region"]] = deaths.get(row["region"], 0) + 1
    census = {r["regNameISO"]: r for r in read_csv("census2021_nMen16-615.csv")}
    poverty = {r["regNameISO"]: float(r["percBelowSubsistence"]) for r in read_csv("regionCharacteristics.csv")}
    russian = {r["regNameISO"]: float(r["percRus"]) for r in read_csv("census_2010_ethn.csv")}
    codes = sorted(c for c in census if c in poverty and c in russian)
    rate = np.array([deaths[census[c]["regNameEng"]] / float(census[c]["nMen16_615_2021"]) * 1e5 for c in codes])
    below = np.array([poverty[c] for c in codes])
    non_russian = np.array([100 - russian[c] for c in codes])
    fit = ols_reference("bessudnov_2023", ["percBelowSubsistence", "percentNonRus"],
                        np.column_stack([below, non_russian]), rate, {})
    fit["regions"] = codes
    fit["published"] = {"estimate": [28.366, 2.6005, -0.01555], "r_squared": 0.08803, "nobs": 83}
    return fit


def main():
    data = {
        "generator": "scripts/reference/models_reference.py",
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__,
                     "statsmodels": statsmodels.__version__, "mpmath": mpmath.__version__},
        "ols": [ols_reference(*s) for s in ols_datasets()],
        "poisson": [poisson_reference(*s) for s in poisson_datasets()],
        "negative_binomial": [nb_reference(*s) for s in nb_datasets()],
        "errors": error_inputs(),
        "correlation": correlation_cases(),
        "inequality": inequality_cases(),
        "gamma_differences": gamma_difference_cases(),
    }
    published = published_ols()
    if published is None:
        # Without the real data, keep the values computed when it was present.
        print("real data not found beside the checkout: keeping the previous published_ols values")
        with open(OUT) as f:
            published = json.load(f).get("published_ols")
    data["published_ols"] = published
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print(f"wrote {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
