# Common dict idioms: counting, grouping, inverting, nested updates.
text = "the cat and the hat and the bat"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for word in text.split():
    groups.setdefault(len(word), []).append(word)
print(groups)
by_letter = {}
for word in sorted(set(text.split())):
    by_letter.setdefault(word[-2:], set()).add(word)
print({k: sorted(v) for k, v in sorted(by_letter.items())})
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
nested = {}
for path, value in [("a.b.c", 1), ("a.b.d", 2), ("a.e", 3), ("f", 4)]:
    node = nested
    parts = path.split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
print(nested)
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
print(flatten(nested))
char_counts = {}
for ch in "mississippi":
    char_counts[ch] = char_counts.get(ch, 0) + 1
print(max(char_counts, key=char_counts.get), char_counts)
scores = {"ann": [90, 80], "bob": [70], "cy": []}
print({k: (sum(v) / len(v) if v else None) for k, v in scores.items()})
print(dict(sorted(counts.items())))
