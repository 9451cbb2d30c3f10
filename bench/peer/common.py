"""Shared helpers of the peer scripts: what a pandas user would write to load a
casualty list and the region reference exported from warburden.

The peer receives the region reference as CSV files exported once by
`warburden regions --format csv` and `warburden regions --spellings --format csv`
(outside the timed runs), as a notebook would load a lookup table.
"""

import json
import sys

import numpy as np
import pandas as pd
from scipy import stats

PER = 100_000


def load_reference(folder):
    regions = pd.read_csv(f"{folder}/regions.csv", dtype={"okato": str, "oktmo": str})
    spellings = pd.read_csv(f"{folder}/spellings.csv")
    lookup = dict(zip(spellings["spelling"].str.strip().str.lower(), spellings["code"]))
    return regions, lookup


def load_list(path, lookup):
    """The list with a `code` column (None where the region is missing or unknown)."""
    df = pd.read_csv(path, dtype={"region": str, "unitType": str, "id": str}, keep_default_na=False,
                     na_values={"birthYear": [""], "age": [""]})
    region = df["region"].str.strip()
    df["code"] = region.str.lower().map(lookup)
    df.loc[region.isin(["", "NA", "removed"]), "code"] = None
    return df


def counts_by_region(df, regions):
    counts = df.dropna(subset=["code"]).groupby("code").size()
    return regions.set_index("code").join(counts.rename("deaths")).fillna({"deaths": 0})


def wilson_cc(d, n, conf=0.95):
    """R's prop.test interval, vectorised."""
    z = stats.norm.ppf((1 + conf) / 2)
    p = d / n
    c = np.minimum(0.5, np.abs(d - n / 2))
    k = z * z / (2 * n)
    pu = p + c / n
    upper = np.where(pu >= 1, 1.0, (pu + k + z * np.sqrt(np.clip(pu * (1 - pu) / n + k / (2 * n), 0, None))) / (1 + 2 * k))
    pl = p - c / n
    lower = np.where(pl <= 0, 0.0, (pl + k - z * np.sqrt(np.clip(pl * (1 - pl) / n + k / (2 * n), 0, None))) / (1 + 2 * k))
    return lower, upper


def koopman(a, n1, b, n2, conf=0.95):
    """Koopman's score interval for (a/n1)/(b/n2) by Brent's method."""
    from scipy import optimize
    z2 = stats.norm.ppf((1 + conf) / 2) ** 2
    ratio = (a / n1) / (b / n2)

    def score(phi):
        A = phi * (n1 + n2)
        B = -(phi * n1 + a + n2 + phi * b)
        C = a + b
        p2 = (-B - np.sqrt(B * B - 4 * A * C)) / (2 * A)
        p1 = phi * p2
        return (a / n1 - phi * b / n2) ** 2 / (p1 * (1 - p1) / n1 + phi * phi * p2 * (1 - p2) / n2) - z2

    return (ratio, optimize.brentq(score, ratio * 1e-6, ratio, xtol=1e-14, rtol=1e-14),
            optimize.brentq(score, ratio, ratio * 1e6, xtol=1e-14, rtol=1e-14))


def emit(result):
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
