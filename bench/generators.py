# generators: data flowing through chains of generators. A pseudo-random source feeds
# filter, map, pairing, windowing and flattening stages (including `yield from` and
# generator expressions consumed by sum/max), a prime generator trial-divides by the
# primes it has found, and a running-average coroutine is driven with send().
# Exercises generator creation, resumption and teardown, for-loops over generators,
# StopIteration handling, closures over loop state and small-int arithmetic.
# Argument: number of source items. Prints totals from each pipeline.
# quick-args: 70000
import sys


def source(count, seed):
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 12


def keep_odd(items):
    for item in items:
        if item & 1:
            yield item


def scale(items, factor, modulus):
    for item in items:
        yield item * factor % modulus


def pairs(items):
    iterator = iter(items)
    for first in iterator:
        second = next(iterator, None)
        if second is None:
            return
        yield first, second


def windows(items, width):
    window = []
    for item in items:
        window.append(item)
        if len(window) > width:
            window.pop(0)
        if len(window) == width:
            yield tuple(window)


def flatten(groups):
    for group in groups:
        yield from group


def take(items, limit):
    taken = 0
    for item in items:
        if taken >= limit:
            return
        taken += 1
        yield item


def primes():
    # Trial division by the primes found so far, up to the square root.
    found = []
    candidate = 2
    while True:
        is_prime = True
        for prime in found:
            if prime * prime > candidate:
                break
            if candidate % prime == 0:
                is_prime = False
                break
        if is_prime:
            found.append(candidate)
            yield candidate
        candidate += 1


def averager():
    total = 0
    count = 0
    average = 0
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 900000
    pipeline = scale(keep_odd(source(count, 7)), 31, 1000003)
    paired = 0
    pair_total = 0
    for a, b in pairs(pipeline):
        paired += 1
        pair_total = (pair_total + a * b) % 1000000007

    window_max = 0
    window_total = 0
    for window in windows(take(source(count, 11), count // 2), 5):
        window_max = max(window_max, max(window))
        window_total = (window_total + sum(x % 97 for x in window)) % 1000000007

    nested = ((i, i * i, i * i * i) for i in range(count // 4))
    flat_total = sum(x % 1009 for x in flatten(nested))

    prime_total = 0
    prime_count = 0
    last_prime = 0
    for prime in take(primes(), count // 20):
        prime_total += prime
        prime_count += 1
        last_prime = prime

    running = averager()
    next(running)
    average = 0
    for value in take(source(count, 3), count // 4):
        average = running.send(value % 10007)
    running.close()

    print(
        "generators n=%d pairs=%d,%d windows=%d,%d flat=%d primes=%d,%d,%d avg=%d"
        % (count, paired, pair_total, window_max, window_total, flat_total, prime_count, last_prime, prime_total, average)
    )


main()
