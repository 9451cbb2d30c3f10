"""Peer of `warburden model --family poisson`: a Poisson GLM of regional deaths with
log(population) as offset (statsmodels)."""
import sys

import numpy as np
import statsmodels.api as sm

from common import counts_by_region, emit, load_list, load_reference

path, reference = sys.argv[1], sys.argv[2]
regions, lookup = load_reference(reference)
df = load_list(path, lookup)
table = counts_by_region(df, regions)
table = table[table["men_16_61_2021"] > 0]
table["national_republic"] = table["national_republic"].astype(float)
covariates = ["below_subsistence_pct_2020", "urban_share_2021", "national_republic"]
X = sm.add_constant(table[covariates].to_numpy(float))
fit = sm.GLM(table["deaths"].to_numpy(float), X, family=sm.families.Poisson(),
             offset=np.log(table["men_16_61_2021"].to_numpy(float))).fit(tol=1e-12)
emit({"estimate": list(fit.params), "std_error": list(fit.bse), "deviance": fit.deviance})
