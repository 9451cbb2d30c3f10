"""Peer of `warburden check`: read the list, map regions, account for the rows."""
import sys

import pandas as pd

from common import emit, load_list, load_reference

path, reference = sys.argv[1], sys.argv[2]
_, lookup = load_reference(reference)
df = load_list(path, lookup)
dates = pd.to_datetime(df["deathConfirmedDate"].where(df["deathConfirmedDate"].str.len() == 10), errors="coerce")
duplicates = int(df["id"].duplicated().sum())
kept = df[~df["id"].duplicated()]
emit({"rows": len(df), "duplicates": duplicates, "with_region": int(kept["code"].notna().sum()),
      "without_region": int(kept["code"].isna().sum()), "full_dates": int(dates.notna().sum())})
