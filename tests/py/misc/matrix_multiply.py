# Matrix operations on nested lists: multiply, transpose, identity, power, determinant.
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shape mismatch: %dx%d @ %dx%d" % (len(a), len(a[0]), len(b), len(b[0])))
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def show(m):
    for row in m:
        print(" ".join("%5s" % v for v in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(matmul(b, a))
print(matmul(identity(3), b) == b)
print(mat_pow([[1, 1], [1, 0]], 50)[0][1])
print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det(identity(4)))
try:
    matmul(a, a)
except ValueError as e:
    print(type(e).__name__, e)
f = [[0.5, 1.5], [2.0, -1.0]]
show(matmul(f, f))
print(transpose(transpose(b)) == b, transpose([[1, 2, 3]]))
big = [[i * 10 + j for j in range(10)] for i in range(10)]
print(sum(map(sum, matmul(big, identity(10)))), matmul(big, big)[9][9])
