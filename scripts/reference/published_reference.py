#!/usr/bin/env python3
"""Reference values for the published analysis of Bessudnov (2023), computed
independently from the raw public files with the csv module, scipy and statsmodels.

Reads ../shared/data/ru-casualties-2023-04 (see docs/DATA.md) and writes
Tests/BurdenAnalysisTests/Fixtures/published.json: the 85-row regional rate table
(R prop.test intervals, re-derived), the OLS of the rate on percBelowSubsistence and
percentNonRus, the correlations with search volumes and with the increase in military
pensions, the ethnic and within-republic relative risks (Koopman score interval by
root finding), the mean age and the counts by unit type. These are aggregates of the
list, not a copy of it; the tests that use them run only when the list is present.

    python3 scripts/reference/published_reference.py [--shared ../shared/data]
"""

import argparse
import collections
import csv
import json
import os

import numpy as np
import statsmodels.api as sm
from scipy import optimize, stats

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(REPO, "Tests", "BurdenAnalysisTests", "Fixtures", "published.json")


def prop_test_ci(x, n, conf=0.95):
    """R's prop.test interval (one sample, Yates' correction capped at |x - n/2|)."""
    estimate = x / n
    yates = min(0.5, abs(x - n * 0.5))
    z = stats.norm.ppf((1 + conf) / 2)
    z22n = z * z / (2 * n)
    p_c = estimate + yates / n
    upper = 1.0 if p_c >= 1 else (p_c + z22n + z * np.sqrt(p_c * (1 - p_c) / n + z22n / (2 * n))) / (1 + 2 * z22n)
    p_c = estimate - yates / n
    lower = 0.0 if p_c <= 0 else (p_c + z22n - z * np.sqrt(p_c * (1 - p_c) / n + z22n / (2 * n))) / (1 + 2 * z22n)
    return lower, upper


def koopman(a, n1, b, n2, conf=0.95):
    """Koopman (1984) score interval for (a/n1)/(b/n2), limits by Brent's method on the score statistic."""
    z2 = stats.norm.ppf((1 + conf) / 2) ** 2
    ratio = (a / n1) / (b / n2)

    def statistic(phi):
        # Restricted MLE of p2 under p1 = phi * p2 (quadratic A p2^2 + B p2 + C = 0).
        A = phi * (n1 + n2)
        B = -(phi * n1 + a + n2 + phi * b)
        C = a + b
        p2 = (-B - np.sqrt(B * B - 4 * A * C)) / (2 * A)
        p1 = phi * p2
        variance = p1 * (1 - p1) / n1 + phi * phi * p2 * (1 - p2) / n2
        return (a / n1 - phi * b / n2) ** 2 / variance - z2

    lower = optimize.brentq(statistic, ratio * 1e-6, ratio, xtol=1e-15, rtol=1e-15, maxiter=500)
    upper = optimize.brentq(statistic, ratio, ratio * 1e6, xtol=1e-15, rtol=1e-15, maxiter=500)
    return ratio, lower, upper


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "data"))
    folder = os.path.join(parser.parse_args().shared, "ru-casualties-2023-04")

    def table(name):
        with open(os.path.join(folder, name), encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))

    rows = table("dfFatalitiesAnonymised.csv")
    men = {r["regNameISO"]: (r["regNameEng"], int(r["nMen16_615_2021"])) for r in table("census2021_nMen16-615.csv")}
    iso_of = {name: iso for iso, (name, _) in men.items()}
    code_of = lambda iso: iso if iso.startswith("UA-") else "RU-" + iso

    def counts(before=None):
        c = collections.Counter()
        for r in rows:
            if not r["region"]:
                continue
            if before and (not r["deathConfirmedDate"] or r["deathConfirmedDate"] >= before):
                continue
            c[iso_of[r["region"]]] += 1
        return c

    c = counts()
    rates = []
    for iso, (name, n) in sorted(men.items()):
        low, high = prop_test_ci(c[iso], n)
        rates.append({"code": code_of(iso), "deaths": c[iso], "population": n, "rate": c[iso] / n * 1e5,
                      "conf_low": low * 1e5, "conf_high": high * 1e5})
    rate_of = {r["code"]: r["rate"] for r in rates}

    chars = {r["regNameISO"]: r for r in table("regionCharacteristics.csv")}
    ethn = {r["regNameISO"]: r for r in table("census_2010_ethn.csv")}
    isos = [iso for iso in men if iso in ethn]
    y = np.array([rate_of[code_of(iso)] for iso in isos])
    X = sm.add_constant(np.column_stack([[float(chars[iso]["percBelowSubsistence"]) for iso in isos],
                                         [100 - float(ethn[iso]["percRus"]) for iso in isos]]))
    ols = sm.OLS(y, X).fit()

    correlations = []
    for column in ["svo_vyplaty_10Feb", "vyplaty_pogibshim_10Feb", "vyplaty_pogibshim_19Apr"]:
        pairs = [(rate_of[code_of(r["regNameISO"])], float(r[column])) for r in table("yandex_searches.csv")
                 if r[column] not in ("", "NA")]
        x, v = zip(*pairs)
        correlations.append({"file": "yandex_searches.csv", "expression": column, "to": None, "n": len(x),
                             "pearson": stats.pearsonr(x, v)[0], "spearman": stats.spearmanr(x, v)[0]})
    before = counts("2022-12-01")
    pairs = [(before[r["regionISO"].strip()] / men[r["regionISO"].strip()][1] * 1e5,
              float(r["year2022"]) / float(r["year2021"])) for r in table("dataPensiiMO2022.csv")]
    x, v = zip(*pairs)
    correlations.append({"file": "dataPensiiMO2022.csv", "expression": "year2022/year2021", "to": "2022-11-30",
                         "n": len(x), "pearson": stats.pearsonr(x, v)[0], "spearman": stats.spearmanr(x, v)[0]})

    population = {r["newEthn"]: int(r["nPopulation_8_32"]) for r in table("census2010EthnPropPopulationAll.csv")}
    total_population = sum(population.values())
    national, republic = [], []
    for r in table("published-ethnic-counts.csv"):
        killed, total = int(r["killed"]), int(r["killed_total"])
        if r["table"] == "national":
            ratio, low, high = koopman(killed, total, population[r["group"]], total_population)
            national.append({"group": r["group"], "deaths": killed, "rr": ratio, "conf_low": low, "conf_high": high})
        else:
            e = next(x for x in ethn.values() if x["regNameEng"] == r["group"])
            all_men, slavic = int(e["nMen_ethn_nonmissing_8_32"]), int(e["nRusUkrBelMen_8_32"])
            ratio, low, high = koopman(killed, total, all_men - slavic, all_men)
            republic.append({"region": code_of(e["regNameISO"]), "name": r["group"], "killed": killed, "killed_total": total,
                             "non_slavic_men": all_men - slavic, "men": all_men, "rr": ratio, "conf_low": low,
                             "conf_high": high})

    ages = [int(r["age"]) for r in rows if r["age"]]
    units = collections.Counter(r["unitType"] for r in rows)
    data = {
        "generator": "scripts/reference/published_reference.py",
        "rates": rates,
        "ols": {"terms": ["(Intercept)", "percBelowSubsistence", "percentNonRus"], "estimate": list(ols.params),
                "std_error": list(ols.bse), "p_value": list(ols.pvalues), "r_squared": ols.rsquared,
                "adj_r_squared": ols.rsquared_adj, "f_statistic": ols.fvalue, "nobs": int(ols.nobs)},
        "correlations": correlations,
        "national": national,
        "republic": republic,
        "mean_age": sum(ages) / len(ages),
        "unit_types": dict(units),
    }
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print(f"wrote {os.path.relpath(OUT, REPO)}")


if __name__ == "__main__":
    main()
