"""Day numbers of dates (days since 1970-01-01) from Python's proleptic Gregorian
calendar, for Tests/BurdenDataTests/PartialDateDayNumberTests.swift."""
import datetime

DATES = [(1970, 1, 1), (2022, 2, 24), (2000, 2, 29), (1969, 12, 31), (1, 1, 1), (9999, 12, 31), (2024, 3, 1)]
EPOCH = datetime.date(1970, 1, 1)
for y, m, d in DATES:
    print(f"({y}, {m}, {d}, {(datetime.date(y, m, d) - EPOCH).days}),")
