"""Peer of `warburden report`: the analyses a report holds (rates, groups, the Poisson
model, monthly counts by unit type), written as CSV tables and matplotlib charts."""
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import statsmodels.api as sm

from common import PER, counts_by_region, emit, load_list, load_reference, wilson_cc

path, reference, out = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(out, exist_ok=True)
regions, lookup = load_reference(reference)
df = load_list(path, lookup)
table = counts_by_region(df, regions)
table = table[table["men_16_61_2021"] > 0].copy()
d, n = table["deaths"].to_numpy(float), table["men_16_61_2021"].to_numpy(float)
low, high = wilson_cc(d, n)
table["rate"], table["conf_low"], table["conf_high"] = d / n * PER, low * PER, high * PER
table.to_csv(f"{out}/rates.csv")
table["national_republic"] = table["national_republic"].astype(float)
X = sm.add_constant(table[["below_subsistence_pct_2020", "non_russian_share_men_2010"]].dropna())
fit = sm.OLS(table.loc[X.index, "rate"], X).fit()
monthly = df.assign(month=df["deathConfirmedDate"].str[:7]).groupby(["month", "unitType"]).size().unstack(fill_value=0)
monthly.to_csv(f"{out}/monthly.csv")
figure, axes = plt.subplots(2, 2, figsize=(14, 10))
ordered = table.sort_values("rate")
axes[0][0].errorbar(ordered["rate"], range(len(ordered)), xerr=[ordered["rate"] - ordered["conf_low"], ordered["conf_high"] - ordered["rate"]], fmt="o")
axes[0][1].scatter(table["below_subsistence_pct_2020"], table["rate"])
monthly.plot.area(ax=axes[1][0], legend=False)
axes[1][1].scatter(table["urban_share_2021"], table["rate"])
figure.savefig(f"{out}/charts.png", dpi=80)
emit({"regions": {code: [row["deaths"], row["rate"], row["conf_low"], row["conf_high"]] for code, row in table.iterrows()},
      "ols": list(fit.params)})
