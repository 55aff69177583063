# Conway's Game of Life on a small wrapping grid.
def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}
def step(live, height, width):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % height, (c + dc) % width)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, height, width):
    return ["".join("#" if (r, c) in live else "." for c in range(width)) for r in range(height)]
glider = parse([".#......", "..#.....", "###.....", "........", "........", "........"])
H, W = 6, 8
state = glider
for gen in range(5):
    print("generation", gen, "alive", len(state))
    for line in render(state, H, W):
        print(line)
    state = step(state, H, W)
blinker = parse([".....", "..#..", "..#..", "..#..", "....."])
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(render(b1, 5, 5), b2 == blinker)
block = parse(["....", ".##.", ".##.", "...."])
print(step(block, 4, 4) == block)
state = glider
for _ in range(96):
    state = step(state, H, W)
print("glider after 96 steps:", sorted(state) == sorted(glider), len(state))
