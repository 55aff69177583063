# A singly linked list class with the usual operations and dunder methods.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)
    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        value = self.head.value
        self.head = self.head.next
        self.size -= 1
        return value
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError("%r not in list" % (value,))
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __contains__(self, value):
        return any(v == value for v in self)
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll), 3 in ll, 9 in ll)
ll.remove(2)
ll.reverse()
print(ll, list(ll), sum(ll))
print(ll.pop_front(), ll.pop_front(), ll)
for bad in [lambda: ll.remove(99), lambda: LinkedList().pop_front()]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(LinkedList(), len(LinkedList()), LinkedList("ab"))
