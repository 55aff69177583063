# Iterator classes: a range-like iterable, a peekable wrapper and a chunker.
class Span:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return SpanIterator(self)
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)
class SpanIterator:
    def __init__(self, span):
        self.current = span.start
        self.span = span
    def __iter__(self):
        return self
    def __next__(self):
        if self.current >= self.span.stop:
            raise StopIteration
        value = self.current
        self.current += self.span.step
        return value
s = Span(2, 11, 3)
print(list(s), list(s), len(s), sum(s), 8 in s, 9 in s)
it = iter(s)
print(next(it), next(it), list(it), next(it, "exhausted"))
class Peekable:
    _EMPTY = object()
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buffer = self._EMPTY
    def __iter__(self):
        return self
    def peek(self, default=None):
        if self.buffer is self._EMPTY:
            self.buffer = next(self.it, self._EMPTY)
        return default if self.buffer is self._EMPTY else self.buffer
    def __next__(self):
        if self.buffer is not self._EMPTY:
            value, self.buffer = self.buffer, self._EMPTY
            return value
        return next(self.it)
p = Peekable("abc")
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("none left"))
class Chunks:
    def __init__(self, seq, size):
        self.seq, self.size, self.pos = seq, size, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.pos >= len(self.seq):
            raise StopIteration
        chunk = self.seq[self.pos:self.pos + self.size]
        self.pos += self.size
        return chunk
print(list(Chunks("abcdefgh", 3)), list(Chunks([1, 2, 3, 4], 2)), list(Chunks("", 5)))
print(dict(zip(Span(0, 3), "xyz")), max(Span(0, 100, 7)), sorted(Span(0, 5), reverse=True))
