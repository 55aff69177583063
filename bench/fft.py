# fft: iterative radix-2 Cooley-Tukey FFT on separate lists of real and imaginary
# floats (no complex type, which small Pythons may lack), used to multiply two long
# random integers digit by digit (convolution via forward FFTs, pointwise product,
# inverse FFT, rounding, carries). Twiddle factors come from half-angle formulas with
# math.sqrt only, so every IEEE-754 implementation computes the same bits.
# Exercises float arithmetic on list elements, bit-reversal index shuffling, nested
# loops with strides, and float-to-int rounding.
# Argument: number of multiplications. Prints a checksum of the product digits.
# quick-args: 8
import sys
import math

LOG_SIZE = 11
SIZE = 1 << LOG_SIZE


def unit_roots(n):
    # cos/sin of 2*pi*k/n for k < n/2, built from cos(pi/2^s) by half-angle steps and
    # then by complex multiplication, avoiding libm sin/cos whose last bit can differ.
    cos_t = -1.0
    sin_t = 0.0
    m = 2
    while m < n:
        sin_t = sin_t / math.sqrt(2.0 * (1.0 + cos_t)) if m > 2 else 1.0
        cos_t = math.sqrt((1.0 + cos_t) / 2.0) if m > 2 else 0.0
        m *= 2
    roots_re = [1.0] * (n // 2)
    roots_im = [0.0] * (n // 2)
    for k in range(1, n // 2):
        pr = roots_re[k - 1]
        pi = roots_im[k - 1]
        roots_re[k] = pr * cos_t - pi * sin_t
        roots_im[k] = pr * sin_t + pi * cos_t
    return roots_re, roots_im


def bit_reverse_table(n, bits):
    table = [0] * n
    for i in range(n):
        r = 0
        v = i
        for _ in range(bits):
            r = (r << 1) | (v & 1)
            v >>= 1
        table[i] = r
    return table


def fft(re, im, roots_re, roots_im, rev, inverse):
    n = len(re)
    for i in range(n):
        j = rev[i]
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    sign = -1.0 if inverse else 1.0
    half = 1
    while half < n:
        step = n // (half * 2)
        for start in range(0, n, half * 2):
            k = 0
            for i in range(start, start + half):
                wr = roots_re[k]
                wi = roots_im[k] * sign
                j = i + half
                xr = re[j] * wr - im[j] * wi
                xi = re[j] * wi + im[j] * wr
                re[j] = re[i] - xr
                im[j] = im[i] - xi
                re[i] = re[i] + xr
                im[i] = im[i] + xi
                k += step
        half *= 2
    if inverse:
        scale = 1.0 / n
        for i in range(n):
            re[i] = re[i] * scale
            im[i] = im[i] * scale


def multiply(a_digits, b_digits, roots_re, roots_im, rev):
    n = SIZE
    are = [0.0] * n
    aim = [0.0] * n
    bre = [0.0] * n
    bim = [0.0] * n
    for i in range(len(a_digits)):
        are[i] = float(a_digits[i])
    for i in range(len(b_digits)):
        bre[i] = float(b_digits[i])
    fft(are, aim, roots_re, roots_im, rev, False)
    fft(bre, bim, roots_re, roots_im, rev, False)
    for i in range(n):
        r = are[i] * bre[i] - aim[i] * bim[i]
        are[i] = are[i] * bim[i] + aim[i] * bre[i]
        aim[i] = are[i]
        are[i] = r
    fft(are, aim, roots_re, roots_im, rev, True)
    product = [0] * n
    carry = 0
    worst = 0.0
    for i in range(n):
        exact = int(math.floor(are[i] + 0.5))
        error = abs(are[i] - exact)
        if error > worst:
            worst = error
        total = exact + carry
        product[i] = total % 10
        carry = total // 10
    return product, worst


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    roots_re, roots_im = unit_roots(SIZE)
    rev = bit_reverse_table(SIZE, LOG_SIZE)
    seed = 12345
    checksum = 0
    max_error_ok = True
    for _ in range(rounds):
        a = []
        b = []
        for _ in range(SIZE // 2):
            seed = (seed * 1103515245 + 12345) % 2147483648
            a.append((seed >> 16) % 10)
            seed = (seed * 1103515245 + 12345) % 2147483648
            b.append((seed >> 16) % 10)
        product, worst = multiply(a, b, roots_re, roots_im, rev)
        if worst >= 0.25:
            max_error_ok = False
        for i in range(SIZE):
            checksum = (checksum * 11 + product[i]) % 1000000007
    print("fft size=%d rounds=%d checksum=%d exact=%s" % (SIZE, rounds, checksum, max_error_ok))


main()
