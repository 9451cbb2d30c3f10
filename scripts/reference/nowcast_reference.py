#!/usr/bin/env python3
"""Reference values for the nowcast (docs/METHODS.md §13), computed independently with
numpy and scipy, and R's surveillance::nowcast for the Lawless (1994) special case.

Writes into Tests/BurdenAnalysisTests/Fixtures/nowcast/:

- truncated.csv: a synthetic snapshot table (snapshot_date,death_date,deaths) drawn here
  with numpy (seed 20240601): deaths from 2023-04-01 to 2024-04-30, Poisson 40 a day;
  delays from a known reverse-time hazard; the deaths of each month named with
  Dirichlet(80 x delay pmf) shares; snapshots every 7 days from 2023-10-01 (left
  truncation: the deaths of spring 2023 are seen only at long delays) to 2024-04-30,
  none from 2023-12-20 to 2024-01-10 (a gap); a few counts lowered by one for a while
  (corrections).
- lawless.csv: a complete daily triangle of 80 days (seed 7), every delay within 15 days:
  the case surveillance::nowcast(method = "lawless") handles.
- reference.json: for truncated.csv, the delay fit (theta, log-likelihood, the sandwich
  and model covariances), the dispersion kappa and Var(ln kappa), the local level (tau,
  estimates, variances, cavity gamma shape and rate) and per period the reported count,
  the share named, the chain-ladder point and the predictive quantiles of 40,000 draws
  at a band of levels around 0.025, 0.5 and 0.975 with the effective number of draws
  -- for months and weeks, with and without the trend, eventually and for a target day;
  for lawless.csv the delay shares F(d) with one-day bands and day cohorts, and R's.

Everything but the draws is deterministic and follows the same algorithm as the Swift
code (Fisher scoring from the same start with the same step rule and stopping rule,
golden-section search for tau), written directly on dense arrays -- no prefix sums.

    python3 scripts/reference/nowcast_reference.py        (needs Rscript with surveillance)
"""

import csv
import datetime
import json
import os
import subprocess
import tempfile

import numpy as np
from scipy.special import digamma, gammaln, polygamma

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(REPO, "Tests", "BurdenAnalysisTests", "Fixtures", "nowcast")
YEAR = 365.25
EPOCH = datetime.date(1970, 1, 1)


def day(text):
    return (datetime.date.fromisoformat(text) - EPOCH).days


def iso(d):
    return (EPOCH + datetime.timedelta(days=int(d))).isoformat()


# ---------------------------------------------------------------- synthetic data

def reverse_hazard_pmf(edges, hazards):
    """P(delay = d), d = 0..D, from ln F(d) = -sum_j rho_j A_j(d)."""
    D = edges[-1]
    F = np.ones(D + 1)
    for d in range(D):
        F[d] = np.exp(-sum(h * max(0, edges[j + 1] - max(d, edges[j])) for j, h in enumerate(hazards)))
    return np.diff(np.concatenate([[0.0], F]))


def simulate_truncated(seed=20240601):
    rng = np.random.default_rng(seed)
    edges = [0, 14, 28, 56, 91, 182, 365]
    hazards = [0.2, 0.07, 0.025, 0.01, 0.004, 0.0015]
    pmf = reverse_hazard_pmf(edges, hazards)
    D = edges[-1]
    first, last = day("2023-04-01"), day("2024-04-30")
    snaps = [s for s in range(day("2023-10-01"), last + 1, 7) if not day("2023-12-20") <= s <= day("2024-01-10")]
    if snaps[-1] != last:
        snaps.append(last)
    deaths = rng.poisson(40, last - first + 1)
    named = {}  # (death day, naming day) -> count
    t = first
    while t <= last:
        date = EPOCH + datetime.timedelta(days=int(t))
        nxt = (date.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        end = min(last, (nxt - EPOCH).days - 1)
        days = np.arange(t, end + 1)
        naming = np.arange(t, end + D + 1)
        base = np.array([sum(deaths[u - first] * pmf[s - u] for u in days if 0 <= s - u <= D) for s in naming])
        shares = rng.dirichlet(80 * base / base.sum())
        per_day = rng.multinomial(deaths[t - first:end - first + 1].sum(), shares)
        for s, c in zip(naming, per_day):
            if c == 0:
                continue
            w = np.array([deaths[u - first] * pmf[s - u] if 0 <= s - u <= D else 0.0 for u in days])
            for u, k in zip(days, rng.multinomial(c, w / w.sum())):
                if k:
                    named[(u, s)] = named.get((u, s), 0) + k
        t = end + 1
    C = np.zeros((len(snaps), last - first + 1), dtype=int)
    for (u, s), c in named.items():
        for k, sk in enumerate(snaps):
            if sk >= s:
                C[k, u - first] += c
    # corrections: 12 counts lowered by one over four consecutive snapshots
    for _ in range(12):
        k = rng.integers(5, len(snaps) - 5)
        u = rng.integers(0, snaps[k] - first - 30)
        if C[k, u] > 0:
            C[k:k + 4, u] -= 1
    rows = [(iso(s), iso(first + i), int(C[k, i])) for k, s in enumerate(snaps) for i in range(C.shape[1]) if C[k, i] > 0]
    return rows


def simulate_lawless(seed=7):
    rng = np.random.default_rng(seed)
    first = day("2024-03-01")
    T = 80
    D = 15
    pmf = np.array([0.05, 0.15, 0.2, 0.15, 0.1, 0.08, 0.06, 0.05, 0.04, 0.03, 0.03, 0.02, 0.015, 0.01, 0.01, 0.005])
    pmf = pmf / pmf.sum()
    C = np.zeros((T, T), dtype=int)  # snapshot k (day first+k) x death day
    for t in range(T):
        n = rng.poisson(30)
        delays = rng.multinomial(n, pmf)
        for d, c in enumerate(delays):
            if t + d < T:
                C[t + d:, t] += c
    rows = [(iso(first + k), iso(first + t), int(C[k, t])) for k in range(T) for t in range(T) if C[k, t] > 0]
    return rows, D


def write_csv(path, rows):
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["snapshot_date", "death_date", "deaths"])
        writer.writerows(rows)


def read_triangle(rows):
    snaps = sorted({day(r[0]) for r in rows})
    first = min(day(r[1]) for r in rows)
    T = snaps[-1] - first + 1
    C = np.zeros((len(snaps), T))
    index = {s: k for k, s in enumerate(snaps)}
    for s, t, n in rows:
        C[index[day(s)], day(t) - first] = n
    return np.array(snaps), first, C


# ---------------------------------------------------------------- the model

def period_starts(first, last, period):
    starts, t = [], first
    while t <= last:
        date = EPOCH + datetime.timedelta(days=int(t))
        if period == "day":
            start, end = t, t
        elif period == "week":
            start = t - (t - 4) % 7
            end = start + 6
        else:
            start = t - (date.day - 1)
            nxt = (date.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            end = (nxt - EPOCH).days - 1
        starts.append(start)
        t = end + 1
    return starts


class Nowcast:
    def __init__(self, snaps, first, C, edges, period, trend, spacing=28, asof=None):
        K = len(snaps) if asof is None else np.searchsorted(snaps, asof, side="right")
        self.s = snaps[:K]
        last = self.s[-1]
        T = last - first + 1
        self.first = first
        self.days = first + np.arange(T)
        self.C = C[:K, :T]
        self.edges = np.array(edges)
        self.lo = self.edges[:-1].astype(float)
        self.hi = self.edges[1:].astype(float)
        self.D = edges[-1]
        self.J = len(edges) - 1
        self.trend = trend
        self.spacing = spacing
        starts = period_starts(first, last, period)
        self.starts = starts
        self.cohort = np.zeros(T, dtype=int)
        for c, st in enumerate(starts):
            self.cohort[max(st, first) - first:] = c
        self.ncoh = len(starts)
        self.onehot = np.zeros((T, self.ncoh))
        self.onehot[np.arange(T), self.cohort] = 1
        self.longest = last - first
        shown = [j for j in range(self.J) if edges[j] < min(self.longest, self.D)]
        self.bandpar = np.minimum(np.arange(self.J), shown[-1])
        self.nb = shown[-1] + 1
        self.p = self.nb + (1 if trend else 0)
        z = (self.days - last) / YEAR
        self.zeta = np.minimum(z[:, None], -(self.lo[None, :] + 1) / YEAR) if trend else np.zeros((T, self.J))

    # F_t(delay) for a K' x T array of delays, with dF/dtheta (p, K', T)
    def F(self, theta, delay, derivs=False):
        beta = theta[:self.nb][self.bandpar]
        g = theta[self.nb] if self.trend else 0.0
        with np.errstate(over="ignore", invalid="ignore"):
            rho = np.exp(beta[None, :] + g * self.zeta)
            A = np.clip(self.hi - np.maximum(np.asarray(delay, float)[..., None], self.lo), 0, None)
            w = np.where(A > 0, A * rho[None], 0.0)
        F = np.exp(-w.sum(-1))
        F[delay < 0] = 0.0
        F[delay >= self.D] = 1.0
        if not derivs:
            return F
        dF = np.zeros((self.p,) + F.shape)
        for j in range(self.J):
            dF[self.bandpar[j]] -= F * w[..., j]
        if self.trend:
            dF[self.nb] = -F * (w * self.zeta[None]).sum(-1)
        return F, dF

    def cells(self, theta, grid, derivs):
        s = self.s[grid]
        dc = s[1:, None] - self.days[None, :]
        dp = s[:-1, None] - self.days[None, :]
        mask = (dp < self.D).astype(float)
        n = (self.C[grid[1:]] * mask) @ self.onehot
        x = n - (self.C[grid[:-1]] * mask) @ self.onehot
        size = mask @ self.onehot
        if derivs:
            Fc, dFc = self.F(theta, dc, True)
            Fp, dFp = self.F(theta, dp, True)
            dSc = np.stack([(d * mask) @ self.onehot for d in dFc])
            dSp = np.stack([(d * mask) @ self.onehot for d in dFp])
        else:
            Fc, Fp = self.F(theta, dc), self.F(theta, dp)
            dSc = dSp = None
        Sc, Sp = (Fc * mask) @ self.onehot, (Fp * mask) @ self.onehot
        ok = (n > 0) & (Sp > 0) & (x >= 0) & (Sp < Sc)
        return dict(n=n, x=x, size=size, Sc=Sc, Sp=Sp, dSc=dSc, dSp=dSp, ok=ok)

    def evaluate(self, theta, derivs=True):
        c = self.cells(theta, np.arange(len(self.s)), derivs)
        ok = c["ok"]
        n, x, Sc, Sp = c["n"][ok], c["x"][ok], c["Sc"][ok], c["Sp"][ok]
        R = Sp / Sc
        Q = (Sc - Sp) / Sc
        ll = (np.where(x > 0, x * np.log(Q), 0) + (n - x) * np.log(R)).sum()
        if not derivs:
            return ll
        dR = R * (c["dSp"][:, ok] / Sp - c["dSc"][:, ok] / Sc)
        scores = dR * ((n * Q - x) / (R * Q))
        info = (dR * (n / (R * Q))) @ dR.T
        G = np.zeros((len(self.s) - 1, self.p))
        np.add.at(G, np.nonzero(ok)[0], scores.T)
        G = G[np.any(ok, axis=1)]
        return ll, scores.sum(1), info, G

    def fit(self):
        mid = (self.lo[:self.nb] + np.minimum(self.hi[:self.nb], max(self.longest, 1))) / 2
        theta = np.concatenate([-np.log(mid), [0.0] if self.trend else []])
        ll, g, info, G = self.evaluate(theta)
        for it in range(100):
            step = np.linalg.solve(info, g)
            if g @ step < 1e-10 * (abs(ll) + 1):
                theta = theta + step
                ll, g, info, G = self.evaluate(theta)
                break
            big = np.abs(step).max()
            if big > 2:
                step = step * (2 / big)
            t = 1.0
            while True:
                trial = theta + t * step
                lt = self.evaluate(trial, derivs=False)
                if np.isfinite(lt) and lt >= ll - 1e-12 * (abs(ll) + 1):
                    break
                t /= 2
            theta = trial
            ll, g, info, G = self.evaluate(theta)
        self.theta, self.ll = theta, ll
        bread = np.linalg.inv(info)
        ng = len(G)
        cov = bread @ (G.T @ G * ng / (ng - 1)) @ bread
        self.cov = (cov + cov.T) / 2
        self.cov_model = bread
        self.clusters = ng
        return self

    def coarse_grid(self):
        idx = [len(self.s) - 1]
        while True:
            j = np.searchsorted(self.s, self.s[idx[-1]] - self.spacing, side="right") - 1
            if j < 0:
                break
            idx.append(j)
        return np.array(idx[::-1])

    def fit_kappa(self):
        c = self.cells(self.theta, self.coarse_grid(), False)
        ok = c["ok"]
        n, x, size = c["n"][ok], c["x"][ok], c["size"][ok]
        pa, pb = (c["Sc"][ok] - c["Sp"][ok]) / size, c["Sp"][ok] / size

        def derivs(t):
            k = np.exp(t)
            a, b = k * pa, k * pb
            ll = (gammaln(x + a) - gammaln(a) + gammaln(n - x + b) - gammaln(b) - gammaln(n + a + b) + gammaln(a + b)).sum()
            d1 = (pa * (digamma(x + a) - digamma(a)) + pb * (digamma(n - x + b) - digamma(b))
                  - (pa + pb) * (digamma(n + a + b) - digamma(a + b))).sum()
            d2 = (pa ** 2 * (polygamma(1, x + a) - polygamma(1, a)) + pb ** 2 * (polygamma(1, n - x + b) - polygamma(1, b))
                  - (pa + pb) ** 2 * (polygamma(1, n + a + b) - polygamma(1, a + b))).sum()
            return ll, k * d1, k * k * d2 + k * d1

        t = np.log(50.0)
        ll, g, h = derivs(t)
        for _ in range(200):
            step = float(np.clip(-g / h if h < 0 else np.sign(g), -2, 2))
            l2, g2, h2 = derivs(t + step)
            while not l2 >= ll - 1e-12 * (abs(ll) + 1) and abs(step) >= 1e-12:
                step /= 2
                l2, g2, h2 = derivs(t + step)
            t += step
            ll, g, h = l2, g2, h2
            if abs(step) < 1e-10:
                break
        self.log_kappa, self.kappa, self.kappa_var, self.kappa_ll, self.kappa_cells = t, np.exp(t), -1 / h, ll, int(ok.sum())
        return self

    def shares(self, theta, target=None, derivs=False):
        last = self.s[-1]
        inside = ((last - self.days) < self.D).astype(float)
        res = self.F(theta, (last - self.days)[None, :], derivs)
        Fa, dFa = (res[0][0], res[1][:, 0]) if derivs else (res[0], None)
        Ft = inside if target is None else self.F(theta, (target - self.days)[None, :])[0] * inside
        size = inside @ self.onehot
        with np.errstate(invalid="ignore", divide="ignore"):
            sa = (Fa * inside) @ self.onehot / size
            st = (Ft @ self.onehot) / size
            grad = ((dFa * inside) @ self.onehot) / size / sa if derivs else None
        n = (self.C[-1] * inside) @ self.onehot
        past = (self.C[-1] * (1 - inside)) @ self.onehot
        return n, past, sa, st, size, grad

    def level(self):
        n, past, sa, _, size, grad = self.shares(self.theta, None, derivs=True)
        live = size > 0
        k = self.kappa
        a, b = k * np.where(live, sa, 1), k * np.where(live, 1 - sa, 1)
        elog = np.where(live, digamma(a) - digamma(a + b), 0.0)
        vlog = np.where(live, polygamma(1, a) - polygamma(1, a + b), 0.0)
        gg = np.nan_to_num(grad)
        vpar = np.where(live, np.einsum("pi,pq,qi->i", gg, self.cov, gg), 0.0)
        tot = n + past + 0.5
        days = self.onehot.sum(0)
        y = np.log(tot) - elog - np.log(days)
        v = vlog + vpar + 1 / tot
        lo, hi = np.log(0.001), np.log(3.0)
        phi = (np.sqrt(5) - 1) / 2
        c, d = hi - phi * (hi - lo), lo + phi * (hi - lo)
        fc, fd = kalman(y, v, np.exp(2 * c))[0], kalman(y, v, np.exp(2 * d))[0]
        while hi - lo > 1e-10:
            if fc >= fd:
                hi, d, fd = d, c, fc
                c = hi - phi * (hi - lo)
                fc = kalman(y, v, np.exp(2 * c))[0]
            else:
                lo, c, fc = c, d, fd
                d = lo + phi * (hi - lo)
                fd = kalman(y, v, np.exp(2 * d))[0]
        lt = (lo + hi) / 2
        level_ll = kalman(y, v, np.exp(2 * lt))[0]
        # the cavities averaged over a log-uniform prior on tau, on a grid of 61 points
        grid = np.log(0.001) + np.arange(61) * np.log(3.0 / 0.001) / 60
        runs = [kalman(y, v, np.exp(2 * g)) for g in grid]
        lls = np.array([r[0] for r in runs])
        w = np.exp(lls - lls.max())
        w /= w.sum()
        mc = np.zeros(len(y))
        second = np.zeros(len(y))
        for (_, ms, ps), wi in zip(runs, w):
            prec = 1 / ps - 1 / v
            var = np.where(prec > 0, 1 / np.where(prec > 0, prec, 1), 1e12)
            mean = np.where(prec > 0, var * (ms / ps - y / v), ms)
            mc += wi * mean
            second += wi * (var + mean * mean)
        vc = np.maximum(second - mc * mc, 0)
        shape = 1 / np.expm1(vc)
        rate = shape / np.exp(mc + vc / 2)
        return dict(tau=float(np.exp(lt)), log_likelihood=float(level_ll), y=y, v=v, shape=shape, rate=rate)

    def predict(self, target=None, draws=40000, conf=0.95, seed=1, prior=True, band=24, step=0.0025):
        rng = np.random.default_rng(seed)
        n, past, sa, st, size, _ = self.shares(self.theta, target)
        live = size > 0
        if prior:
            lv = self.level()
            al, be = lv["shape"], lv["rate"]
        else:
            al, be = np.ones(len(n)), np.zeros(len(n))
        th = rng.multivariate_normal(self.theta, self.cov, size=draws)
        lk = rng.normal(self.log_kappa, np.sqrt(self.kappa_var), size=draws)
        values = np.zeros((draws, len(n)))
        logw = np.zeros((draws, len(n)))
        for b in range(draws):
            _, _, fa, ft, _, _ = self.shares(th[b], target)
            kk = np.exp(lk[b])
            L = np.nonzero(live)[0]
            fa, ft = fa[L], ft[L]
            g1 = np.log(rng.gamma(kk * fa))
            g2 = np.log(rng.gamma(np.maximum(kk * (ft - fa), 1e-300)))
            g3 = np.log(rng.gamma(np.maximum(kk * (1 - ft), 1e-300))) if target is not None else np.full(len(L), -np.inf)
            tot = np.logaddexp(g1, np.logaddexp(g2, g3))
            phi = np.exp(g1 - tot)
            expo = size[L] * phi
            nl = n[L]
            logw[b, L] = np.where(nl > 0, nl * np.log(expo), 0) - (al[L] + nl) * np.log(be[L] + expo)
            lam = rng.gamma(al[L] + nl, 1 / (be[L] + expo))
            M = rng.poisson(np.minimum(size[L] * lam * (1 - phi), 1e12))
            if target is not None:
                M = rng.binomial(M, np.exp(g2 - np.logaddexp(g2, g3)))
            values[b, L] = nl + M
        values += past
        out = []
        levels = [(1 - conf) / 2, 0.5, (1 + conf) / 2]
        for i in range(len(n)):
            w = np.exp(logw[:, i] - logw[:, i].max())
            ess = w.sum() ** 2 / (w ** 2).sum()
            order = np.argsort(values[:, i], kind="stable")
            cw = np.cumsum(w[order]) / w.sum()

            def q(level):
                return float(values[order[min(np.searchsorted(cw, level, side="left"), draws - 1)], i])

            out.append(dict(ess=float(ess), **{name: [q(lv) for lv in grid] for name, grid in self.band_levels(levels, band, step).items()}))
        return out

    @staticmethod
    def band_levels(levels, band=24, step=0.0025):
        """The levels around each quantile level at which the draws' quantiles are kept."""
        return {name: [level + j * step for j in range(-band, band + 1) if 0 < level + j * step < 1]
                for name, level in zip(["low", "median", "high"], levels)}


def kalman(y, v, tau2):
    m = len(y)
    af, pf = np.zeros(m), np.zeros(m)
    ll = 0.0
    for i in range(m):
        ap, pp = (y[0], 1e12) if i == 0 else (af[i - 1], pf[i - 1] + tau2)
        S = pp + v[i]
        if i > 0:
            ll -= 0.5 * (np.log(2 * np.pi * S) + (y[i] - ap) ** 2 / S)
        K = pp / S
        af[i], pf[i] = ap + K * (y[i] - ap), pp * v[i] / S
    ms, ps = af.copy(), pf.copy()
    for i in range(m - 2, -1, -1):
        J = pf[i] / (pf[i] + tau2)
        ms[i] = af[i] + J * (ms[i + 1] - af[i])
        ps[i] = pf[i] + J * J * (ps[i + 1] - (pf[i] + tau2))
    return ll, ms, ps


def case(snaps, first, C, name, edges, period, trend, target, draws):
    m = Nowcast(snaps, first, C, edges, period, trend).fit().fit_kappa()
    lv = m.level()
    n, past, sa, st, size, _ = m.shares(m.theta, None if target is None else day(target))
    predictive = m.predict(None if target is None else day(target), draws=draws)
    periods = []
    for i in range(m.ncoh):
        live = size[i] > 0
        periods.append(dict(
            reported=int(n[i] + past[i]), reported_share=float(sa[i] / st[i]) if live else 1.0,
            chain_ladder=float(past[i] + n[i] * st[i] / sa[i]) if live else float(n[i] + past[i]),
            estimate=float(lv["y"][i]), variance=float(lv["v"][i]), prior_shape=float(lv["shape"][i]),
            prior_rate=float(lv["rate"][i]), **predictive[i]))
    return dict(
        name=name, edges=edges, period=period, trend=trend, target=target, draws=draws,
        band_levels=Nowcast.band_levels([0.025, 0.5, 0.975]),
        theta=m.theta.tolist(), log_likelihood=float(m.ll), covariance=m.cov.tolist(), model_covariance=m.cov_model.tolist(),
        clusters=m.clusters, kappa=float(m.kappa), log_kappa_variance=float(m.kappa_var), kappa_log_likelihood=float(m.kappa_ll),
        kappa_cells=m.kappa_cells, tau=lv["tau"], level_log_likelihood=lv["log_likelihood"], periods=periods)


R_SCRIPT = r"""
suppressMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
tri <- read.csv(args[1], colClasses = c("character", "character", "integer"))
tri$snapshot_date <- as.Date(tri$snapshot_date); tri$death_date <- as.Date(tri$death_date)
# the complete daily triangle as a line list: each increment is that many cases reported that day
rows <- list()
for (t in unique(tri$death_date)) {
  x <- tri[tri$death_date == t, ]; x <- x[order(x$snapshot_date), ]
  inc <- diff(c(0, x$deaths))
  rows[[length(rows) + 1]] <- data.frame(dEvent = rep(x$death_date, inc), dReport = rep(x$snapshot_date, inc))
}
cases <- do.call(rbind, rows)
now <- max(tri$snapshot_date)
D <- as.integer(args[2])
when <- seq(now - D, now, by = "1 day")
nc <- nowcast(now = now, when = when, data = cases, dEventCol = "dEvent", dReportCol = "dReport",
              method = "lawless", D = D, control = list(N.tInf.max = 4000, dRange = range(cases$dEvent)))
F <- nc@delayCDF[["lawless"]]
writeLines(sprintf("%.17g", F), args[3])
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = simulate_truncated()
    write_csv(os.path.join(OUT, "truncated.csv"), rows)
    snaps, first, C = read_triangle(rows)
    edges = [0, 14, 28, 56, 91, 182, 365]
    cases = [
        case(snaps, first, C, "month", edges, "month", False, None, 40000),
        case(snaps, first, C, "month-target", edges, "month", False, "2024-09-30", 40000),
        case(snaps, first, C, "week-trend", edges, "week", True, None, 20000),
    ]
    lrows, D = simulate_lawless()
    write_csv(os.path.join(OUT, "lawless.csv"), lrows)
    ls, lf, lC = read_triangle(lrows)
    lm = Nowcast(ls, lf, lC, list(range(D + 1)), "day", False).fit()
    shares = lm.F(lm.theta, np.minimum(np.arange(len(lm.days)), D)[None, :])[0][:D + 1]  # F(d), d = 0..D
    with tempfile.NamedTemporaryFile("w", suffix=".R", delete=False) as handle:
        handle.write(R_SCRIPT)
    values = handle.name + ".out"
    subprocess.run(["Rscript", handle.name, os.path.join(OUT, "lawless.csv"), str(D), values],
                   capture_output=True, text=True, check=True)
    with open(values) as lines:
        r_F = [float(v) for v in lines.read().split()]
    os.unlink(handle.name)
    os.unlink(values)
    reference = dict(
        source="scripts/reference/nowcast_reference.py (numpy, scipy; R surveillance " +
               subprocess.run(["Rscript", "-e", "cat(as.character(packageVersion('surveillance')))"],
                              capture_output=True, text=True).stdout.strip() + ")",
        cases=cases,
        lawless=dict(maximum_delay=D, theta=lm.theta.tolist(), shares=shares.tolist(), surveillance_delay_cdf=r_F))
    with open(os.path.join(OUT, "reference.json"), "w") as handle:
        json.dump(reference, handle, separators=(",", ":"))
        handle.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
