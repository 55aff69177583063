# Lists used as stacks, queues and for in-place algorithms.
stack = []
for c in "abc":
    stack.append(c)
print(stack, stack[-1])
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 0)
print(queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "a(b)c[d]{e}", "}{"]:
    print(repr(s), balanced(s))
def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], 4))
def dedupe(items):
    out = []
    for it in items:
        if it not in out:
            out.append(it)
    return out
print(dedupe([3, 1, 3, 2, 1, 4]))
def chunk(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]
print(chunk(list(range(7)), 3))
arr = [5, 2, 9, 1]
arr[0], arr[-1] = arr[-1], arr[0]
print(arr)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(sum(matrix, []))
