#!/usr/bin/env python3
"""The exact posterior of the Poisson-gamma ecological-inference model on a small table.

Writes Tests/BurdenStatsTests/Fixtures/within-posterior.json; the Swift test compares
the sampler of PoissonGammaEI with it (docs/METHODS.md §12). Run from the repository root:

    python3 scripts/reference/within_posterior_reference.py

Six regions, two groups, deaths d_i. With lambda integrated out, the splits' probability
given the hyperparameters h = (kappa_u, m_u, kappa_r, m_r) is, region by region,
sum_k NB(k; kappa_u, q_u) NB(d_i - k; kappa_r, q_r), q = N m/(kappa + N m). The posterior of h
is that product times the prior (kappa ~ Gamma(1, 0.1) carried to u = ln kappa with its
Jacobian, a u - r e^u; v = ln m ~ Normal(ln crude, 2.35^2)), integrated here on a grid
in (u_u, v_u, u_r, v_r) by the trapezoidal rule; the posterior mean and sd of the national
urban rate sum_i d_iu / sum_i N_iu come from E[d_iu | h, d_i] and E[d_iu^2 | h, d_i] under the
same weights. The grid is refined once (30 and 38 points a side) and the change is
written as the quadrature error.
"""

import json
import os

import numpy as np
from scipy.special import gammaln

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "BurdenStatsTests", "Fixtures", "within-posterior.json")
SHAPE_SHAPE, SHAPE_RATE, LOG_MEAN_SD = 1.0, 0.1, 2.35


def posterior(deaths, urban, rural, points):
    crude = deaths.sum() / (urban + rural).sum()
    u = np.linspace(np.log(0.002), np.log(200.0), points)
    v = np.linspace(np.log(crude) - 4.5 * LOG_MEAN_SD, np.log(crude) + 4.5 * LOG_MEAN_SD, points)
    U1, V1, U2, V2 = np.meshgrid(u, v, u, v, indexing="ij")
    k1, m1, k2, m2 = np.exp(U1), np.exp(V1), np.exp(U2), np.exp(V2)
    centre = np.log(crude)
    log_post = (SHAPE_SHAPE * U1 - SHAPE_RATE * k1 + SHAPE_SHAPE * U2 - SHAPE_RATE * k2
                - ((V1 - centre) / LOG_MEAN_SD) ** 2 / 2 - ((V2 - centre) / LOG_MEAN_SD) ** 2 / 2)
    first = np.zeros_like(log_post)
    second = np.zeros_like(log_post)
    for d, nu, nr in zip(deaths, urban, rural):
        ks = np.arange(d + 1)
        def log_nb(k, kappa, m, n):
            return (gammaln(k + kappa) - gammaln(kappa) - gammaln(k + 1) + kappa * (np.log(kappa) - np.log(kappa + n * m))
                    + k * (np.log(n * m) - np.log(kappa + n * m)))
        if nr == 0:
            # A region without rural men: every death is urban.
            ks = np.array([d])
            terms = np.stack([log_nb(d, k1, m1, nu)])
        else:
            terms = np.stack([log_nb(k, k1, m1, nu) + log_nb(d - k, k2, m2, nr) for k in ks])
        top = terms.max(axis=0)
        w = np.exp(terms - top)
        total = w.sum(axis=0)
        log_post += top + np.log(total)
        mean_k = np.tensordot(ks, w, axes=1) / total
        mean_k2 = np.tensordot(ks * ks, w, axes=1) / total
        # Regions are independent given h: accumulate E[S | h] and Var[S | h] of S = sum d_iu.
        second += mean_k2 - mean_k**2
        first += mean_k
    weight = np.exp(log_post - log_post.max())
    # Trapezoidal weights in each of the four coordinates.
    t = np.ones(points); t[0] = t[-1] = 0.5
    weight *= t[:, None, None, None] * t[None, :, None, None] * t[None, None, :, None] * t[None, None, None, :]
    norm = weight.sum()
    mean = (weight * first).sum() / norm
    var = (weight * (second + first**2)).sum() / norm - mean**2
    # Mass at the edge of the grid, to show the grid holds the posterior.
    edge = sum(weight.take([0, -1], axis=a).sum() for a in range(4)) / norm
    return mean / urban.sum() * 1e5, np.sqrt(var) / urban.sum() * 1e5, edge


def main():
    deaths = np.array([14, 25, 9, 30, 4, 18])
    urban = np.array([60_000.0, 40_000.0, 30_000.0, 90_000.0, 20_000.0, 50_000.0])
    rural = np.array([0.0, 30_000.0, 10_000.0, 20_000.0, 15_000.0, 40_000.0])
    coarse = posterior(deaths, urban, rural, 30)
    fine = posterior(deaths, urban, rural, 38)
    result = {"deaths": deaths.tolist(), "urban": urban.tolist(), "rural": rural.tolist(),
              "prior": {"shape_shape": SHAPE_SHAPE, "shape_rate": SHAPE_RATE, "log_mean_sd": LOG_MEAN_SD},
              "urban_rate_mean": float(fine[0]), "urban_rate_sd": float(fine[1]),
              "quadrature_error": float(abs(fine[0] - coarse[0])), "edge_mass": float(fine[2])}
    with open(OUT, "w") as f:
        json.dump(result, f, indent=1)
    print(result)


if __name__ == "__main__":
    main()
