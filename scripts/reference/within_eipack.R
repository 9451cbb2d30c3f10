#!/usr/bin/env Rscript
# Reference values for the hierarchical model of ecological inference (docs/METHODS.md §12):
# R's eiPack (Lau, Moore & Kellermann), ei.MD.bayes, the multinomial-Dirichlet model of
# Rosen, Jiang, King & Tanner (2001), on a simulated 2 x 2 table of rare deaths: 30
# regions, urban and rural men, deaths drawn with gamma-varying rates. In the 2 x 2 case
# the model is binomial-beta with Dirichlet parameters alpha ~ Gamma(lambda1, lambda2);
# PoissonGammaEI is its limit for rare events with the same priors on (kappa, b).
#
# Run from the repository root:
#
#     Rscript scripts/reference/within_eipack.R
#
# It prints the posterior means of the urban and rural rates from two chains started
# at different urban/rural ratios. eiPack's default start (proportions from
# Dirichlet(1, 1), about 1/2) never reaches rates of 1e-3 under its Metropolis steps;
# started near the crude rate, with proposals tuned by tuneMD, its chains still move so
# slowly on rare events that after 220,000 iterations they remember their start (printed,
# R 4.2.2 and eiPack 0.2.2: urban 42.99 / 41.80 and rural 69.31 from a start ratio of 0.3;
# urban 50.57 / 51.70 and rural 49.08 from 3). Its estimates are therefore no reference
# for the sampler of PoissonGammaEI, which is checked instead against the exact posterior
# of its model (scripts/reference/within_posterior_reference.py). The printed values are
# in docs/METHODS.md §12.
suppressMessages({ library(eiPack); library(coda) })
set.seed(20230412)
n <- 30
urban <- round(runif(n, 20000, 200000))
rural <- round(runif(n, 5000, 80000))
dead <- rpois(n, urban * 3e-4 * rgamma(n, 5, 5)) + rpois(n, rural * 8e-4 * rgamma(n, 5, 5))
d <- data.frame(dead = dead, alive = urban + rural - dead, urban = urban, rural = rural)
f <- cbind(dead, alive) ~ cbind(urban, rural)
lambda1 <- 1
lambda2 <- 1e-5
crude <- sum(dead) / sum(urban + rural)
beta <- array(0, c(2, 2, n)); beta[, 1, ] <- crude; beta[, 2, ] <- 1 - crude
# Chains started at urban/rural rate ratios of 0.3 and 3 (the same overall rate).
for (ratio in c(0.3, 3)) {
  pu <- crude * ratio / (0.7 * ratio + 0.3); pr <- pu / ratio
  start_beta <- beta
  start_beta[1, 1, ] <- pu; start_beta[2, 1, ] <- pr; start_beta[, 2, ] <- 1 - start_beta[, 1, ]
  set.seed(9)
  tune <- tuneMD(f, data = d, ntunes = 10, totaldraws = 10000, lambda1 = lambda1, lambda2 = lambda2)
  start <- list(alpha = matrix(c(5, 5, 5 / pu, 5 / pr), 2, 2), beta = start_beta)
  fit <- ei.MD.bayes(f, data = d, lambda1 = lambda1, lambda2 = lambda2, tune.list = tune, start.list = start,
                     sample = 1000, thin = 200, burnin = 20000)
  cc <- fit$draws$Cell.counts
  cat(sprintf("start ratio %.1f: urban rate %.2f (first half of the draws) %.2f (second half), rural %.2f per 100,000\n",
              ratio, mean(cc[1:500, 1]) / sum(urban) * 1e5, mean(cc[501:1000, 1]) / sum(urban) * 1e5,
              mean(cc[, 2]) / sum(rural) * 1e5))
}
