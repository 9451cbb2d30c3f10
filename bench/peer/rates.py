"""Peer of `warburden rates`: deaths per 100,000 by region with prop.test intervals,
empirical-Bayes smoothed rates (Marshall 1991) and ranks."""
import sys

import numpy as np

from common import PER, counts_by_region, emit, load_list, load_reference, wilson_cc

path, reference = sys.argv[1], sys.argv[2]
regions, lookup = load_reference(reference)
df = load_list(path, lookup)
table = counts_by_region(df, regions)
table = table[table["men_16_61_2021"] > 0]
d, n = table["deaths"].to_numpy(float), table["men_16_61_2021"].to_numpy(float)
low, high = wilson_cc(d, n)
m = d.sum() / n.sum()
r = d / n
s2 = np.sum(n * (r - m) ** 2) / n.sum()
a = max(0.0, s2 - m / (n.sum() / len(n)))
smoothed = m + (a / (a + m / n) if a > 0 else 0) * (r - m)
emit({"unassigned": int(df["code"].isna().sum()),
      "regions": {code: [d[i], r[i] * PER, low[i] * PER, high[i] * PER, smoothed[i] * PER]
                  for i, code in enumerate(table.index)}})
