# Very large integers: factorial of 200, digit sums, conversions.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result
f200 = factorial(200)
print(f200)
s = str(f200)
print(len(s), sum(int(c) for c in s))
print(len(s) - len(s.rstrip("0")))
print(f200 // factorial(198) == 200 * 199)
print(f200 % 1000000007)
print(f200.bit_length())
print(factorial(100) * factorial(100) < f200)
print(hex(factorial(30)))
print(int(str(f200)) == f200)
print(f200 == factorial(199) * 200)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
print(len(str(fib(1000))))
p = 2 ** 521 - 1
print(str(p)[:20], str(p)[-20:], len(str(p)))
print(pow(3, p - 1, p))
print(-f200 // 10 ** 370, -f200 % 10 ** 3)
print(divmod(f200, 10 ** 100)[0])
n = 1
for _ in range(10):
    n = n * n + 1
print(n % 10 ** 12, n.bit_length())
print(str(-(10 ** 60)), repr(10 ** 40))
print(f"{f200:,}"[:30])
print("%d" % (10 ** 25), "%x" % (2 ** 80), "{:e}".format(10 ** 30))
