"""Peer of `warburden excess --by region`: excess male deaths at ages 15–49 in 2022
from the sex ratio's 2015–2019 linear trend (Kobak et al. 2025), nationally and by region.
It reports the expected male deaths and the ± (the excess is observed − expected: a small
difference of large numbers, compared through its parts)."""
import sys

import numpy as np
import pandas as pd

from common import emit, load_reference

path, reference = sys.argv[1], sys.argv[2]
_, lookup = load_reference(reference)
df = pd.read_csv(path)
ages = [f"{a}-{a + 4} лет" for a in range(15, 50, 5)]
df = df[df["Age"].isin(ages) & df["Year"].isin([2015, 2016, 2017, 2018, 2019, 2022])]
# The plain Arkhangelsk and Tyumen rows include their okrugs; the oblasts proper are the «без АО» rows.
df = df[~df["Region"].isin(["Архангельская область", "Тюменская область"])]
wide = df.pivot_table(index=["Region", "Age", "Year"], columns="Gender", values="Deaths", aggfunc="sum").reset_index()
baseline = np.array([2015, 2016, 2017, 2018, 2019], dtype=float)
X = np.column_stack([np.ones(5), baseline])
XtX_inv = np.linalg.inv(X.T @ X)
x0 = np.array([1.0, 2022.0])
leverage = 1 + x0 @ XtX_inv @ x0
results = {}
for region, group in wide.groupby("Region"):
    total, variance, complete = 0.0, 0.0, True
    for age, rows in group.groupby("Age"):
        rows = rows.set_index("Year")
        if not set(baseline.astype(int)).issubset(rows.index) or 2022 not in rows.index:
            complete = False
            continue
        ratio = (rows.loc[baseline.astype(int), "m"] / rows.loc[baseline.astype(int), "f"]).to_numpy(float)
        if not np.all(np.isfinite(ratio)) or rows.loc[2022, "f"] == 0:
            complete = False
            continue
        beta = XtX_inv @ X.T @ ratio
        rss = np.sum((ratio - X @ beta) ** 2)
        female = rows.loc[2022, "f"]
        total += (x0 @ beta) * female  # expected male deaths (the excess is observed minus this)
        variance += female ** 2 * rss / 3 * leverage
    # Rosstat writes «Ямало-Hенецкий АО» with a Latin H.
    code = "RU" if region == "Российская Федерация" else lookup.get(region.strip().replace("H", "Н").lower())
    if code and complete:
        results[code] = [total, np.sqrt(variance)]
emit({"expected": results})
