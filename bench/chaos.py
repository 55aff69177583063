# chaos: the chaos game for iterated function systems (a Barnsley-style fern plus a
# Sierpinski-like set), in the spirit of pyperformance's chaos benchmark. Points are
# objects with operator overloading (__add__, __sub__, __mul__); each affine map is an
# object picked by weighted pseudo-random choice; hits are accumulated in a grid.
# Exercises special-method dispatch, float arithmetic, object allocation, int(),
# list-of-lists updates and bisection over cumulative weights.
# Argument: number of points per system. Prints hit statistics and a grid checksum.
# quick-args: 30000
import sys

GRID = 64


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def __mul__(self, factor):
        return Point(self.x * factor, self.y * factor)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


class Affine:
    # Maps p to (a*x + b*y, c*x + d*y) + offset. Coefficients are fractions of 64 so
    # every implementation parses them to the same doubles.
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a / 64.0
        self.b = b / 64.0
        self.c = c / 64.0
        self.d = d / 64.0
        self.offset = Point(e / 64.0, f / 64.0)
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y, self.c * p.x + self.d * p.y) + self.offset


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


class System:
    def __init__(self, name, maps, low, high):
        self.name = name
        self.maps = maps
        self.low = low
        self.high = high
        self.cumulative = []
        total = 0
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total_weight = total

    def choose(self, rng):
        pick = rng.below(self.total_weight)
        lo = 0
        hi = len(self.cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cumulative[mid] > pick:
                hi = mid
            else:
                lo = mid + 1
        return self.maps[lo]

    def run(self, count, rng):
        grid = [[0] * GRID for _ in range(GRID)]
        span = self.high - self.low
        point = Point(0.0, 0.0)
        previous = point
        repeats = 0
        for step in range(count):
            point = self.choose(rng).apply(point)
            if point == previous:
                repeats += 1
            previous = point
            # Skip the first points while the orbit settles onto the attractor.
            if step < 20:
                continue
            rel = point - self.low
            gx = int(rel.x / span.x * GRID)
            gy = int(rel.y / span.y * GRID)
            if 0 <= gx < GRID and 0 <= gy < GRID:
                grid[gy][gx] += 1
        return grid, repeats


def grid_summary(grid):
    filled = 0
    peak = 0
    checksum = 0
    for row in grid:
        for cell in row:
            if cell:
                filled += 1
            if cell > peak:
                peak = cell
            checksum = (checksum * 17 + cell) % 1000000007
    return filled, peak, checksum


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    fern = System(
        "fern",
        [
            Affine(0, 0, 0, 10, 0, 0, 1),
            Affine(54, 3, -3, 54, 0, 102, 85),
            Affine(13, -17, 15, 14, 0, 102, 7),
            Affine(-10, 18, 17, 15, 0, 28, 7),
        ],
        Point(-3.0, 0.0),
        Point(3.0, 10.5),
    )
    triangle = System(
        "triangle",
        [
            Affine(32, 0, 0, 32, 0, 0, 1),
            Affine(32, 0, 0, 32, 32, 0, 1),
            Affine(32, 0, 0, 32, 16, 28, 1),
            Affine(16, 16, -16, 16, 24, 8, 1),
        ],
        Point(0.0, 0.0),
        Point(1.0, 1.0),
    )
    rng = Random(42)
    parts = []
    for system in (fern, triangle):
        grid, repeats = system.run(count, rng)
        filled, peak, checksum = grid_summary(grid)
        parts.append("%s=%d,%d,%d,%d" % (system.name, filled, peak, repeats, checksum))
    print("chaos n=%d %s" % (count, " ".join(parts)))


main()
