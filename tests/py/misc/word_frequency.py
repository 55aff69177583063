# Word frequency count over a text, with normalisation and ranking.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
def words(text):
    current = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            yield "".join(current)
            current = []
    if current:
        yield "".join(current)
counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print("%-12s %3d %s" % (word, n, "*" * n))
print("distinct:", len(counts), "total:", sum(counts.values()))
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
singletons = sorted(w for w, n in counts.items() if n == 1)
print("once:", singletons)
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("top letters:", sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
