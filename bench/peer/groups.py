"""Peer of `warburden groups --by federal-district`: deaths, population and the
relative risk of each district against the rest with Koopman's interval."""
import sys

from common import counts_by_region, emit, koopman, load_list, load_reference

path, reference = sys.argv[1], sys.argv[2]
regions, lookup = load_reference(reference)
df = load_list(path, lookup)
table = counts_by_region(df, regions)
table = table[table["men_16_61_2021"] > 0]
by = table.groupby("federal_district")[["deaths", "men_16_61_2021"]].sum()
total_d, total_n = by["deaths"].sum(), by["men_16_61_2021"].sum()
result = {}
for district, row in by.iterrows():
    ratio, low, high = koopman(row["deaths"], row["men_16_61_2021"], total_d - row["deaths"], total_n - row["men_16_61_2021"])
    result[district] = [float(row["deaths"]), ratio, low, high]
emit({"groups": result})
