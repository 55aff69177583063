# wordcount: string- and dict-heavy text processing. Generates a pseudo-random text
# (words built from syllables, mixed case, punctuation, line breaks), then splits it
# into lines and words, normalises case and punctuation, counts words and word pairs in
# dicts, builds a report with % formatting and join, and sorts by count.
# Exercises str methods (split, lower, upper, strip, replace, find, startswith, join,
# slicing, concatenation), dict get/set/iteration and sort with a tuple key.
# The text is made and counted in chunks so the live heap stays well under 1 MB.
# Argument: number of generated words. Prints counts, the top words and checksums.
# quick-args: 50000
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "ch", "str", "an", "el", "ou"]
PUNCTUATION = [".", ",", ";", "!", "?", ":"]
CHUNK = 2000


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        word = ""
        for _ in range(1 + rng.next(3)):
            word += SYLLABLES[rng.next(len(SYLLABLES))]
        if word not in seen:
            seen[word] = True
            words.append(word)
    return words


def make_text(rng, vocabulary, count):
    lines = []
    line = []
    for i in range(count):
        # Zipf-like skew: small indices much more likely.
        index = rng.next(len(vocabulary))
        index = index * rng.next(len(vocabulary)) // len(vocabulary)
        word = vocabulary[index]
        style = rng.next(10)
        if style == 0:
            word = word.upper()
        elif style == 1:
            word = word[0].upper() + word[1:]
        if rng.next(8) == 0:
            word = word + PUNCTUATION[rng.next(len(PUNCTUATION))]
        line.append(word)
        if len(line) >= 8 + rng.next(6):
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def normalise(token):
    token = token.lower()
    for mark in PUNCTUATION:
        token = token.replace(mark, "")
    return token.strip()


def count_words(text, index_of, words, pairs, longest_line):
    for line in text.split("\n"):
        if len(line) > len(longest_line):
            longest_line = line
        previous = None
        for token in line.split():
            word = normalise(token)
            if not word:
                continue
            words[word] = words.get(word, 0) + 1
            if previous is not None:
                # Small-int keys: long-lived heap keys scattered among the text's garbage
                # would fragment a small non-moving heap. Folding the previous word's
                # index mod 16 bounds the table.
                key = index_of[previous] % 16 * 1000 + index_of[word]
                pairs[key] = pairs.get(key, 0) + 1
            previous = word
    return longest_line


def string_hash(text):
    value = 0
    for ch in text:
        value = (value * 131 + ord(ch)) % 1000000007
    return value


def report(words, pairs):
    ranked = sorted(words.items(), key=lambda item: (-item[1], item[0]))
    out = []
    for rank, item in enumerate(ranked):
        word, count = item
        marker = "*" if word.startswith("ka") or word.find("str") >= 0 else " "
        out.append("%4d %s %-12s %6d" % (rank + 1, marker, word, count))
    top_pairs = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))[:20]
    for pair, count in top_pairs:
        out.append(str(pair // 1000) + "+" + str(pair % 1000) + "=" + str(count))
    return ranked, "\n".join(out)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    rng = Random(2024)
    vocabulary = make_vocabulary(rng, 300)
    index_of = {}
    for index, word in enumerate(vocabulary):
        index_of[word] = index
    words = {}
    pairs = {}
    longest_line = ""
    chars = 0
    done = 0
    while done < count:
        chunk = min(CHUNK, count - done)
        text = make_text(rng, vocabulary, chunk)
        chars += len(text)
        longest_line = count_words(text, index_of, words, pairs, longest_line)
        done += chunk
    ranked, text_report = report(words, pairs)
    top = ",".join([word + ":" + str(n) for word, n in ranked[:3]])
    print(
        "wordcount words=%d distinct=%d pairs=%d chars=%d top=%s longest=%d report=%d"
        % (count, len(words), len(pairs), chars, top, len(longest_line), string_hash(text_report))
    )


main()
