#!/usr/bin/env python3
"""Reference values for excess male mortality (docs/METHODS.md §9), computed
independently from Rosstat's deaths by region, year, age group and sex with the csv
and gzip modules, numpy and statsmodels.

Reads ../shared/data/ru-mortality/deaths-by-age-gender-region-year-1990-2022.csv.gz
(see docs/DATA.md) and writes Tests/BurdenAnalysisTests/Fixtures/excess.json: for
each case, every age group's observed male deaths, female deaths, projected sex
ratio, expected male deaths, excess and ±, and the sums over the age groups.

For an age group, the ratio male/female of the K baseline years is fitted on the year
(centred on the baseline's mean) by statsmodels' OLS (of the ratio, or of its logarithm
for the log fit). The
projected ratio at t is the fitted value (exp of it for the log fit); expected =
ratio x female_t; excess = male_t - expected; the ± is female_t x se_obs, the
standard error of a new observation that statsmodels' get_prediction reports (for
the log fit, multiplied by the projected ratio: the delta method). Age groups are
summed with ± in quadrature. A sum over several target years of one age group takes
the covariance of the predictions from the fit: cov = X0 (cov_params) X0' + scale I.
With K = 1 the ratio is the one year's and ± is 0.

Cases: Russia 2022, ages 15-49, K = 5 linear (2015-2019, the published table of
Kobak et al. 2025); three regions (Buryatia; Arkhangelsk oblast proper, Rosstat's
«без АО» row; Yamalo-Nenets, spelled with a Latin H) the same way; Russia with the
log fit; Russia with K = 10 (2010-2019); Russia with K = 1 (2019); and Russia in
2017-2019 from the baseline 2012-2016, each year and all three together.

    python3 scripts/reference/excess_reference.py [--shared ../shared/data]
"""

import argparse
import csv
import gzip
import json
import os

import numpy as np
import statsmodels.api as sm

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(REPO, "Tests", "BurdenAnalysisTests", "Fixtures", "excess.json")
FILE = "ru-mortality/deaths-by-age-gender-region-year-1990-2022.csv.gz"
AGES = ["15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49"]


def read(path):
    """deaths[(region, year, age, sex)] from the Rosstat export, ages without « лет»."""
    deaths = {}
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            age = row["Age"].replace(" лет", "")
            key = (row["Region"], int(row["Year"]), age, row["Gender"])
            assert key not in deaths, key
            deaths[key] = int(row["Deaths"])
    return deaths


def age_group(deaths, region, age, baseline, years, fit):
    """Every target year's estimate for one age group, and the sum over the years."""
    male = np.array([deaths[(region, y, age, "m")] for y in baseline], dtype=float)
    female = np.array([deaths[(region, y, age, "f")] for y in baseline], dtype=float)
    ratio = male / female
    targets = [(t, deaths[(region, t, age, "m")], deaths[(region, t, age, "f")]) for t in years]
    if len(baseline) == 1:
        predicted = np.full(len(years), ratio[0])
        covariance = np.zeros((len(years), len(years)))
    else:
        response = np.log(ratio) if fit == "log" else ratio
        # Years centred on the baseline's mean: (1, y) for years near 2017 is ill-conditioned.
        centre = float(np.mean(baseline))
        result = sm.OLS(response, sm.add_constant(np.array(baseline, dtype=float) - centre)).fit()
        x0 = np.column_stack([np.ones(len(years)), np.array(years, dtype=float) - centre])
        prediction = result.get_prediction(x0)
        line = prediction.predicted_mean
        covariance = x0 @ result.cov_params() @ x0.T + result.scale * np.eye(len(years))
        assert np.allclose(np.sqrt(np.diag(covariance)), prediction.se_obs, rtol=1e-12)
        predicted = np.exp(line) if fit == "log" else line
        if fit == "log":
            covariance = covariance * np.outer(predicted, predicted)
    rows = []
    for i, (t, m, f) in enumerate(targets):
        expected = predicted[i] * f
        rows.append({
            "age_group": age, "year": t, "observed": m, "female": f, "predicted_ratio": predicted[i],
            "expected": expected, "excess": m - expected, "pm": f * np.sqrt(covariance[i, i]),
        })
    scale = np.array([f for (_, _, f) in targets], dtype=float)
    period = {
        "observed": sum(m for (_, m, _) in targets),
        "expected": float(sum(r["expected"] for r in rows)),
        "pm": float(np.sqrt(scale @ covariance @ scale)),
    }
    period["excess"] = period["observed"] - period["expected"]
    return rows, period


def case(deaths, name, unit, region, baseline, years, fit):
    groups = []
    periods = []
    for age in AGES:
        rows, period = age_group(deaths, region, age, baseline, years, fit)
        groups += rows
        periods.append(period)
    totals = []
    for t in years:
        part = [r for r in groups if r["year"] == t]
        observed = sum(r["observed"] for r in part)
        expected = float(sum(r["expected"] for r in part))
        totals.append({
            "year": t, "observed": observed, "expected": expected, "excess": observed - expected,
            "pm": float(np.sqrt(sum(r["pm"] ** 2 for r in part))),
        })
    observed = sum(p["observed"] for p in periods)
    expected = float(sum(p["expected"] for p in periods))
    period = {"observed": observed, "expected": expected, "excess": observed - expected,
              "pm": float(np.sqrt(sum(p["pm"] ** 2 for p in periods)))}
    for r in groups:
        for key in ("predicted_ratio", "expected", "excess", "pm"):
            r[key] = float(r[key])
    return {"name": name, "unit": unit, "spelling": region, "fit": fit, "baseline": baseline, "years": years,
            "ages": "15-49", "groups": groups, "totals": totals, "period": period}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(REPO), "shared", "data"))
    args = parser.parse_args()
    deaths = read(os.path.join(args.shared, FILE))
    k5 = list(range(2015, 2020))
    cases = [
        case(deaths, "national K=5 linear", "RU", "Российская Федерация", k5, [2022], "linear"),
        case(deaths, "Buryatia K=5 linear", "RU-BU", "Республика Бурятия", k5, [2022], "linear"),
        case(deaths, "Arkhangelsk proper K=5 linear", "RU-ARK", "Архангельская область без АО", k5, [2022], "linear"),
        case(deaths, "Yamalo-Nenets K=5 linear", "RU-YAN", "Ямало-Hенецкий АО", k5, [2022], "linear"),
        case(deaths, "national K=5 log", "RU", "Российская Федерация", k5, [2022], "log"),
        case(deaths, "national K=10 linear", "RU", "Российская Федерация", list(range(2010, 2020)), [2022], "linear"),
        case(deaths, "national K=1", "RU", "Российская Федерация", [2019], [2022], "linear"),
        case(deaths, "national 2017-2019 from 2012-2016", "RU", "Российская Федерация", list(range(2012, 2017)),
             [2017, 2018, 2019], "linear"),
    ]
    national = cases[0]["totals"][0]
    assert (round(national["excess"]), round(national["pm"])) == (23594, 1568), national
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump({"source": FILE, "cases": cases}, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    for c in cases:
        t = c["period"]
        print(f"{c['name']:40s} excess {t['excess']:10.1f} ± {t['pm']:8.1f}")


if __name__ == "__main__":
    main()
