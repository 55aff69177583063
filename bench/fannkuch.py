# fannkuch: the fannkuch-redux kernel. Walks every permutation of 0..N-1 in a fixed
# order and, for each, counts the prefix reversals ("pancake flips") until 0 comes first.
# Exercises list copying, list slice reads with a negative step and slice assignment,
# and tight while loops over small ints.
# Arguments: N and the number of rounds (N=10 would be ten times the work of N=9).
# Prints the alternating-sign flip checksum and the maximum flip count.
# quick-args: 8 2
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Advance perm1 to the next permutation by rotating growing prefixes.
        while True:
            if r == n:
                return checksum, max_flips, perm_count + 1
            perm0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    for _ in range(rounds):
        checksum, max_flips, perms = fannkuch(n)
    print("fannkuch n=%d rounds=%d checksum=%d maxflips=%d perms=%d" % (n, rounds, checksum, max_flips, perms))


main()
