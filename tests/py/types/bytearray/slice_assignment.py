# Slice assignment and deletion resize a bytearray.
ba = bytearray(b"0123456789")
ba[2:5] = b""
print(ba)
ba[0:0] = b"ab"
print(ba)
ba[-2:] = bytearray(b"XYZ")
print(ba)
ba[3:4] = [65, 66, 67]
print(ba)
ba[len(ba):] = b"!"
print(ba)
del ba[::3]
print(ba)
del ba[-2:]
print(ba)
ba[::-1] = ba[::-1]
print(ba)
ba[1::2] = b"." * len(ba[1::2])
print(ba)
ba[:] = range(5)
print(ba)
ba[2:3] = bytearray()
print(ba)
try:
    ba[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[0:1] = [300]
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0:1] = "s"
except TypeError as e:
    print(type(e).__name__, e)
big = bytearray(1000)
big[100:900] = b""
print(len(big))
big[10:10] = bytes(500)
print(len(big), big.count(0))
grow = bytearray()
for i in range(300):
    grow[len(grow):] = bytes([i % 256])
print(len(grow), grow[255], grow[299])
