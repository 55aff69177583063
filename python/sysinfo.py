# sysinfo.py: what the kernel reports about the machine.
import vibe


def mib(n):
    return "%.1f MiB" % (n / 1048576)


def attempt(f, *args):
    try:
        return f(*args)
    except OSError:
        return "n/a"


print("CPU      ", attempt(vibe.cpu_name), "-", attempt(vibe.cpu_cores), "core(s) at",
      attempt(vibe.cpu_freq_mhz), "MHz")
print("RAM      ", mib(vibe.ram_total()), "total,", mib(vibe.mem_free()), "free,",
      mib(vibe.mem_used()), "used")
print("Disk     ", attempt(vibe.disk_total), "total,", attempt(vibe.disk_free), "free")
w, h = vibe.screen_size()
print("Screen   ", "%dx%d" % (w, h) if w else "none", "- console", "%dx%d" % vibe.console_size())
t = vibe.uptime_ms() // 1000
print("Uptime   ", "%d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60))
date = attempt(vibe.datetime)
print("Date     ", "%04d-%02d-%02d %02d:%02d:%02d UTC" % date[:6] if date != "n/a" else date)
print("Processes", attempt(vibe.process_count))
procs = attempt(vibe.ps)
for slot, name, state in procs if procs != "n/a" else []:
    print("   ", slot, name, {1: "ready", 2: "running", 3: "blocked"}.get(state, state))
print("Network  ", attempt(vibe.net_ip))
print("kapi     ", "v%d" % vibe.kapi_version())
