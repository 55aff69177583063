# Sieve of Eratosthenes, trial division and prime factorisation.
def sieve(limit):
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0:2] = b"\x00\x00"
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
    return [i for i, flag in enumerate(is_prime) if flag]
primes = sieve(200)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
print(all(is_prime(p) for p in primes), [n for n in range(100) if is_prime(n)] == sieve(99))
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [1, 2, 12, 97, 360, 1001, 2 ** 16, 600851475143]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins)
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.count(2))
print(sum(sieve(2000)))
