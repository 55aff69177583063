# mandelbrot: escape-time iteration over a W x W grid of the complex plane with plain
# floats (no complex type). Exercises float multiply/add/compare in a tight inner loop,
# int-to-float conversion, and building a row bitmap as an int.
# Argument: grid width W. Prints the total iteration count, the number of points inside
# the set and a checksum over the row bitmaps.
# quick-args: 120
import sys

MAX_ITER = 50


def mandelbrot(size):
    total_iters = 0
    inside = 0
    checksum = 0
    # Dyadic constants only, so every implementation parses them to the same double.
    scale = 3.0 / size
    for y in range(size):
        ci = y * scale - 1.5
        row_bits = 0
        for x in range(size):
            cr = x * scale - 2.25
            zr = 0.0
            zi = 0.0
            i = 0
            while i < MAX_ITER:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            total_iters += i
            row_bits = row_bits << 1
            if i == MAX_ITER:
                inside += 1
                row_bits = row_bits | 1
        checksum = (checksum * 33 + row_bits) % 1000000007
    return total_iters, inside, checksum


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 700
    total_iters, inside, checksum = mandelbrot(size)
    print("mandelbrot size=%d iters=%d inside=%d checksum=%d" % (size, total_iters, inside, checksum))


main()
