# Chained generators process data lazily, one item at a time.
trace = []
def source(lines):
    for line in lines:
        trace.append("read " + line)
        yield line
def strip_comments(lines):
    for line in lines:
        if not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        name, _, value = line.partition("=")
        yield name.strip(), int(value)
def only_positive(pairs):
    for name, value in pairs:
        if value > 0:
            yield name, value
data = ["# config", "a = 1", "b = -2", "# skip", "c = 3"]
pipeline = only_positive(parse(strip_comments(source(data))))
print(trace)
print(next(pipeline))
print(trace)
print(list(pipeline))
print(len(trace))
def numbers():
    yield from range(1, 21)
def evens(it):
    return (n for n in it if n % 2 == 0)
def squared(it):
    return (n * n for n in it)
def running_sum(it):
    total = 0
    for n in it:
        total += n
        yield total
print(list(running_sum(squared(evens(numbers())))))
def batch(it, size):
    chunk = []
    for item in it:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(batch(range(7), 3)))
def window(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(window("abcde", 3)))
words = "the quick brown fox jumps over the lazy dog".split()
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 3)
print(sum(long_ones))
