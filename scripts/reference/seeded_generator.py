#!/usr/bin/env python3
"""Reference outputs of the simulator's generator: xoshiro256** seeded by SplitMix64.

An independent implementation of the published algorithms (Vigna, prng.di.unimi.it);
the Swift tests compare SeededGenerator with the values printed here.

    python3 scripts/reference/seeded_generator.py
"""

MASK = (1 << 64) - 1


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return state, z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


def xoshiro(seed):
    s = []
    state = seed
    for _ in range(4):
        state, value = splitmix64(state)
        s.append(value)
    while True:
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        yield result


for seed in (0, 7, 2**64 - 1):
    g = xoshiro(seed)
    print(seed, [hex(next(g)) for _ in range(4)])
