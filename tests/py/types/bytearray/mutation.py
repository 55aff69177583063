# bytearray is a mutable sequence of ints 0..255.
ba = bytearray(b"hello")
ba[0] = 74
print(ba, ba[0])
ba[-1] = ord("y")
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.extend([32, 65])
print(ba, len(ba))
ba.insert(0, 62)
ba.insert(100, 60)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
del ba[0]
del ba[1:3]
print(ba)
ba[1:3] = b"XYZW"
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba[:] = b"reset"
print(ba)
ba[2:2] = [1, 2]
print(ba)
ba.clear()
print(ba, len(ba))
for bad_value in [256, -1]:
    try:
        bytearray(b"x")[0] = bad_value
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bytearray(b"x")[0] = b"y"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"abc").remove(120)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
b2 = bytearray(b"abc")
b2 += b"def"
b2 *= 2
print(b2)
try:
    b2[::2] = b"too short"
except ValueError as e:
    print(type(e).__name__, e)
