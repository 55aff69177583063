# sudoku: a constraint-propagation sudoku solver in the style of Peter Norvig's essay
# (a search benchmark in the spirit of pyperformance's hexiom). The candidates of each
# square are a string of digits held in a dict; assigning a digit eliminates it from the
# square's peers recursively, and search copies the dict and tries the square with the
# fewest candidates first. Exercises dicts keyed by strings, dict.copy, string replace
# and membership, recursion, list comprehensions and early returns.
# Argument: number of puzzles to solve (cycling through fixed and generated puzzles).
# Prints how many were solved and verified, plus a checksum over the solutions.
# quick-args: 16
import sys

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNIT_LIST = (
    [cross(ROWS, c) for c in COLS]
    + [cross(r, COLS) for r in ROWS]
    + [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")]
)
UNITS = {}
PEERS = {}
for square in SQUARES:
    UNITS[square] = [unit for unit in UNIT_LIST if square in unit]
    peers = []
    for unit in UNITS[square]:
        for other in unit:
            if other != square and other not in peers:
                peers.append(other)
    PEERS[square] = peers

FIXED_PUZZLES = [
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
]


def assign(values, square, digit):
    others = values[square].replace(digit, "")
    for other in others:
        if not eliminate(values, square, other):
            return False
    return True


def eliminate(values, square, digit):
    if digit not in values[square]:
        return True
    remaining = values[square].replace(digit, "")
    values[square] = remaining
    if not remaining:
        return False
    if len(remaining) == 1:
        for peer in PEERS[square]:
            if not eliminate(values, peer, remaining):
                return False
    for unit in UNITS[square]:
        places = [s for s in unit if digit in values[s]]
        if not places:
            return False
        if len(places) == 1:
            if not assign(values, places[0], digit):
                return False
    return True


def parse(grid):
    values = {}
    for square in SQUARES:
        values[square] = DIGITS
    for square, ch in zip(SQUARES, grid):
        if ch in DIGITS and not assign(values, square, ch):
            return None
    return values


def search(values, counter):
    if values is None:
        return None
    counter[0] += 1
    best = None
    best_len = 10
    for square in SQUARES:
        n = len(values[square])
        if 1 < n < best_len:
            best = square
            best_len = n
    if best is None:
        return values
    for digit in values[best]:
        attempt = values.copy()
        if assign(attempt, best, digit):
            result = search(attempt, counter)
            if result is not None:
                return result
    return None


def valid(values, grid):
    for unit in UNIT_LIST:
        if "".join(sorted([values[s] for s in unit])) != DIGITS:
            return False
    for square, ch in zip(SQUARES, grid):
        if ch in DIGITS and values[square] != ch:
            return False
    return True


def generated_puzzle(seed):
    # A solved grid from the shifted-row pattern, with relabelled digits and about
    # two thirds of the squares blanked.
    state = seed
    labels = list(DIGITS)
    for i in range(8, 0, -1):
        state = (state * 1103515245 + 12345) % 2147483648
        j = (state >> 8) % (i + 1)
        labels[i], labels[j] = labels[j], labels[i]
    cells = []
    for r in range(9):
        for c in range(9):
            state = (state * 1103515245 + 12345) % 2147483648
            if (state >> 8) % 3 == 0:
                cells.append(labels[(r * 3 + r // 3 + c) % 9])
            else:
                cells.append(".")
    return "".join(cells)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 160
    solved = 0
    nodes = 0
    checksum = 0
    for index in range(count):
        if index % 2 == 0:
            grid = FIXED_PUZZLES[(index // 2) % len(FIXED_PUZZLES)]
        else:
            grid = generated_puzzle(index)
        counter = [0]
        values = search(parse(grid), counter)
        nodes += counter[0]
        if values is not None and valid(values, grid):
            solved += 1
            line = "".join([values[s] for s in SQUARES])
            for ch in line:
                checksum = (checksum * 10 + ord(ch) - 48) % 1000000007
    print("sudoku puzzles=%d solved=%d nodes=%d checksum=%d" % (count, solved, nodes, checksum))


main()
