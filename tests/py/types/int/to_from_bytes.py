# int.to_bytes and int.from_bytes with both byte orders and signedness.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((1024).to_bytes(4, "big"), (1024).to_bytes(4, "little"))
print((0).to_bytes(3, "big"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((127).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print((2 ** 64 - 1).to_bytes(8, "little"), (2 ** 100).to_bytes(13, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\x7f", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x00\x01", "little"))
print(int.from_bytes(bytearray(b"\x01\x02"), "big"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x01" * 20, "big"))
for n in [0, 1, 255, 256, 65535, 2 ** 40 + 3, 10 ** 20]:
    length = max(1, (n.bit_length() + 7) // 8)
    for order in ("big", "little"):
        assert int.from_bytes(n.to_bytes(length, order), order) == n
print("round trips ok")
for n in [-1, -128, -129, -(2 ** 63), 2 ** 63 - 1]:
    b = n.to_bytes(9, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True) == n)
for args in [(256, 1, "big"), (-1, 1, "big"), (128, 1, "big", True)]:
    try:
        if len(args) == 4:
            args[0].to_bytes(args[1], args[2], signed=args[3])
        else:
            args[0].to_bytes(args[1], args[2])
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print((513).to_bytes(2, byteorder="big"), int.from_bytes(b"\x02\x01", byteorder="little"))
