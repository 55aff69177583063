# pidigits: digits of pi from Gibbons' unbounded spigot, the benchmarks-game kernel.
# Exercises big-integer multiply, add, shift and divmod on numbers that grow to
# thousands of digits, with small-int bookkeeping around them. The digits are folded
# into running values rather than kept in a list, so the heap holds little besides the
# four growing integers (MicroPython's default 2 MB heap fragments otherwise).
# Argument: number of digits. Prints the count, the first and last 10 digits, the digit
# sum and a checksum.
# quick-args: 1500
import sys


def pi_digits(count):
    produced = 0
    head = 0
    tail = 0
    digit_sum = 0
    checksum = 0
    k = 0
    k1 = 1
    n = 1
    a = 0
    d = 1
    while produced < count:
        k += 1
        t = n << 1
        n *= k
        a += t
        k1 += 2
        a *= k1
        d *= k1
        if a >= n:
            t, u = divmod(n * 3 + a, d)
            u += n
            if d > u:
                produced += 1
                if produced <= 10:
                    head = head * 10 + t
                tail = (tail * 10 + t) % 10000000000
                digit_sum += t
                checksum = (checksum * 10 + t) % 1000000007
                a -= d * t
                a *= 10
                n *= 10
    return head, tail, digit_sum, checksum


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 6500
    head, tail, digit_sum, checksum = pi_digits(count)
    print("pidigits n=%d head=%010d tail=%010d sum=%d checksum=%d" % (count, head, tail, digit_sum, checksum))


main()
