# Comprehensions with several for clauses and nested comprehensions.
print([(x, y) for x in range(3) for y in range(x)])
print([c for word in ["ab", "cd"] for c in word])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([x * y for x in range(1, 4) if x != 2 for y in range(1, 4) if y != x])
print([[(i, j) for j in range(i)] for i in range(4)])
print({(a, b) for a in "xy" for b in "xy" if a < b})
print({i: [j for j in range(i)] for i in range(4)})
flat = [n for sub in [[1], [2, 3], []] for n in sub]
print(flat)
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print(sum(sum(r) for r in matrix))
grid = [["." for _ in range(3)] for _ in range(2)]
grid[0][1] = "#"
print(grid)
print(["".join(p) for p in [[a, b] for a in "01" for b in "01"]])
print([[x for x in range(n)] for n in range(3)])
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]])
