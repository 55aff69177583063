# Set algebra with operators; results printed sorted (iteration order is unspecified).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a | b | {10}), sorted(a & b & {4}), sorted(a - b - {1}))
print(a <= a, a < a, {1, 2} < a, {1, 2} <= a, a > {1}, a >= {9}, {1} < {2})
print(a == {4, 3, 2, 1}, a != b, set() == set(), set() < a)
c = set(a)
c |= {7}
c &= {1, 2, 7}
c -= {2}
c ^= {1, 8}
print(sorted(c))
print(len(a), 3 in a, 9 in a, 9 not in a)
try:
    a | [7]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(a | frozenset([0])), type(a | frozenset()).__name__, type(frozenset() | a).__name__)
print(sorted({x % 3 for x in range(10)}), len({1, 1.0, True}), len({0, False, 0.0, -0.0}))
empty = set()
print(empty, repr(empty), type({}).__name__, type(set()).__name__)
print({1}, {"only"}, {(1, 2)})
words = "the quick brown fox jumps over the lazy dog".split()
print(len(set(words)), sorted(set(words) - {"the"}), len(set("".join(words))))
print(sorted(set("abracadabra")), sorted(set("alacazam") & set("abracadabra")))
print(max({3, 9, 1}), min({3, 9, 1}), sum({1, 2, 3}), sorted({-1, 5, 0}, reverse=True))
