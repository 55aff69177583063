# nqueens: counts every placement of N queens on an N x N board (for each size from 4 to
# N) by recursive backtracking over lists of booleans (column and both diagonals), folding
# each solution into a checksum as it is found. Exercises recursion, closures, list
# indexing and stores, and small-int arithmetic.
# Argument: largest board size N. Prints the solution count and checksum, and the first
# solution for size N.
# quick-args: 10
import sys


def solve(n):
    cols = [False] * n
    diag_up = [False] * (2 * n)
    diag_down = [False] * (2 * n)
    placed = [0] * n
    # count, checksum, first solution: kept in a list the closure can update.
    state = [0, 0, None]

    def place(row):
        if row == n:
            checksum = state[1]
            for col in placed:
                checksum = (checksum * 31 + col + state[0]) % 1000000007
            state[1] = checksum
            if state[0] == 0:
                state[2] = tuple(placed)
            state[0] += 1
            return
        for col in range(n):
            up = row + col
            down = row - col + n
            if not cols[col] and not diag_up[up] and not diag_down[down]:
                cols[col] = diag_up[up] = diag_down[down] = True
                placed[row] = col
                place(row + 1)
                cols[col] = diag_up[up] = diag_down[down] = False

    place(0)
    return state


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    total = 0
    checksum = 0
    first = ()
    for size in range(4, n + 1):
        count, size_checksum, first = solve(size)
        total += count
        checksum = (checksum * 7 + size_checksum) % 1000000007
    print("nqueens n=%d solutions=%d checksum=%d first=%s" % (n, total, checksum, ",".join([str(c) for c in first])))


main()
