# A log-processing pipeline built from generators.
LOG = """2024-01-01 10:00:01 INFO  server started
2024-01-01 10:00:05 WARN  disk 85% full
2024-01-01 10:01:00 ERROR connection refused: db
2024-01-01 10:01:30 INFO  request /index 200 12ms
2024-01-01 10:02:00 INFO  request /api 500 340ms
2024-01-01 10:02:10 ERROR timeout: cache
2024-01-01 10:03:00 INFO  request /index 200 8ms"""
def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        date, time, level, message = line.split(None, 3)
        yield {"time": time, "level": level, "message": message}
def only(levels, records):
    for r in records:
        if r["level"] in levels:
            yield r
def requests(records):
    for r in records:
        if r["message"].startswith("request"):
            _, path, status, ms = r["message"].split()
            yield path, int(status), int(ms[:-2])
records = list(parse(read_lines(LOG)))
print(len(records), records[0])
for r in only({"ERROR", "WARN"}, records):
    print(r["time"], r["level"], r["message"])
reqs = list(requests(parse(read_lines(LOG))))
print(reqs)
print("slowest:", max(reqs, key=lambda r: r[2]))
print("errors:", sum(1 for _, status, _ in reqs if status >= 500))
print("mean ms:", sum(ms for _, _, ms in reqs) / len(reqs))
by_level = {}
for r in parse(read_lines(LOG)):
    by_level[r["level"]] = by_level.get(r["level"], 0) + 1
print(sorted(by_level.items()))
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total
print(list(running_total(ms for _, _, ms in requests(parse(read_lines(LOG))))))
