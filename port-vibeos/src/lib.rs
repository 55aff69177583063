//! The VibePy port over kapi: HAL (console, keyboard, time), REPL, script runner, files.
//!
//! `run` is the whole program behind both `vibepy` on Linux (over the host's std-backed
//! kapi table) and `python.elf` on VibeOS: it reads the command line, reserves the GC heap
//! with kapi `malloc`, and runs a script, `-c` code, a module, or the REPL.
#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod engine;
pub mod files;
pub mod hal;
pub mod os_module;
pub mod pyfile;
pub mod pyfs;
pub mod vibe;

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::RefCell;
use engine::{exit_status, Console, Executor, SharedHal, VmHal};
use hal::PlatformHooks;
use kernel_api::{KApi, Kapi};
use vm::interp::{Vm, VmConfig};

/// Default GC heap: 8 MiB (ARCHITECTURE.md; the OS keeps room for other programs).
pub const DEFAULT_HEAP: usize = 8 * 1024 * 1024;
const MIN_HEAP: usize = 256 * 1024;
const MAX_HEAP: usize = 1024 * 1024 * 1024;

const BANNER: &[u8] =
    b"VibePy 0.1.0 (Python 3.11 language, MicroPython bytecode); Ctrl+D to exit\n";

/// What the command line asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options<'a> {
    pub heap: usize,
    pub gc_stress: bool,
    pub verbose: u8,
    /// `-c CODE`
    pub command: Option<&'a str>,
    /// `-m MODULE`
    pub module: Option<&'a str>,
    /// The script path, if any.
    pub script: Option<&'a str>,
    /// `sys.argv`: the script (or `-c`/`-m`) and the arguments after it.
    pub argv: Vec<&'a str>,
    /// Native stack bytes Python code may use (set by the entry, not the command line).
    pub stack_limit: usize,
}

/// Parse `1024`, `256K`, `8M`, `1G`.
fn parse_size(text: &str) -> Option<usize> {
    let (digits, mult) = match text.as_bytes().last()? {
        b'K' | b'k' => (text.get(..text.len() - 1)?, 1024),
        b'M' | b'm' => (text.get(..text.len() - 1)?, 1024 * 1024),
        b'G' | b'g' => (text.get(..text.len() - 1)?, 1024 * 1024 * 1024),
        _ => (text, 1),
    };
    digits.parse::<usize>().ok()?.checked_mul(mult)
}

/// One `-X` option (`-X heapsize=8M` or `-Xheapsize=8M`).
fn x_option(o: &mut Options<'_>, x: &str) -> Result<(), &'static str> {
    if let Some(size) = x.strip_prefix("heapsize=") {
        let n = parse_size(size).ok_or("bad -X heapsize")?;
        if !(MIN_HEAP..=MAX_HEAP).contains(&n) {
            return Err("-X heapsize must be between 256K and 1G");
        }
        o.heap = n;
    } else if x == "gcstress" {
        o.gc_stress = true;
    } else {
        return Err("unknown -X option");
    }
    Ok(())
}

/// Parse the command line (`args[0]` is the program).
pub fn parse_args<'a>(args: &[&'a str]) -> Result<Options<'a>, &'static str> {
    let mut o = Options {
        heap: DEFAULT_HEAP,
        ..Options::default()
    };
    let mut i = 1;
    while let Some(&a) = args.get(i) {
        match a {
            "-X" => {
                i += 1;
                let x = args.get(i).ok_or("-X needs an option")?;
                x_option(&mut o, x)?;
            }
            "-v" => o.verbose += 1,
            "-c" => {
                let code = args.get(i + 1).ok_or("-c needs an argument")?;
                o.command = Some(code);
                o.argv.push("-c");
                o.argv.extend(args.iter().skip(i + 2));
                return Ok(o);
            }
            "-m" => {
                let m = args.get(i + 1).ok_or("-m needs an argument")?;
                o.module = Some(m);
                o.argv.push(m);
                o.argv.extend(args.iter().skip(i + 2));
                return Ok(o);
            }
            s if s.starts_with("-X") && s.len() > 2 => x_option(&mut o, s.get(2..).unwrap_or(""))?,
            s if s.starts_with('-') && s.len() > 1 && s != "-" => return Err("unknown option"),
            script => {
                o.script = Some(script);
                o.argv.extend(args.iter().skip(i));
                return Ok(o);
            }
        }
        i += 1;
    }
    o.argv.push("");
    Ok(o)
}

/// The GC heap size `args` ask for with `-X heapsize=` (else `DEFAULT_HEAP`), found
/// without allocating: the bare-metal entry sizes its Rust arena from it before any
/// allocator exists. Options end where `parse_args` ends them (`-c`, `-m`, the script); a
/// malformed size counts as the default here and `parse_args` reports it.
pub fn requested_heap(args: &[&str]) -> usize {
    let mut heap = DEFAULT_HEAP;
    let mut i = 1;
    while let Some(&a) = args.get(i) {
        let option = match a {
            "-X" => {
                i += 1;
                args.get(i).copied()
            }
            "-c" | "-m" => break,
            s if s.starts_with("-X") => s.get(2..),
            s if s.starts_with('-') && s.len() > 1 => None,
            _ => break,
        };
        if let Some(n) = option
            .and_then(|x| x.strip_prefix("heapsize="))
            .and_then(parse_size)
        {
            heap = n;
        }
        i += 1;
    }
    heap
}

/// The GC heap region, from kapi `malloc`, 16-byte aligned.
struct HeapRegion<'k> {
    kapi: Kapi<'k>,
    raw: core::ptr::NonNull<u8>,
    start: *mut u8,
    len: usize,
}

impl<'k> HeapRegion<'k> {
    fn reserve(kapi: Kapi<'k>, len: usize) -> Option<Self> {
        let raw = kapi.malloc(len.checked_add(16)?).ok()?;
        let addr = raw.as_ptr() as usize;
        let offset = (16 - addr % 16) % 16;
        // SAFETY: the allocation has len + 16 bytes, so start + len stays inside it.
        let start = unsafe { raw.as_ptr().add(offset) };
        Some(HeapRegion {
            kapi,
            raw,
            start,
            len,
        })
    }
}

impl Drop for HeapRegion<'_> {
    fn drop(&mut self) {
        // SAFETY: `raw` came from this table's malloc and is freed once, here.
        let _ = unsafe { self.kapi.free(self.raw) };
    }
}

fn new_vm(
    region: &HeapRegion<'_>,
    hal: &SharedHal,
    files: files::Files<'static>,
    opts: &Options<'_>,
) -> Option<Box<Vm>> {
    let config = VmConfig {
        gc_stress: opts.gc_stress,
        verbose: opts.verbose,
        stack_limit: opts.stack_limit,
    };
    let wall_start = {
        let h = hal.borrow();
        (h.unix_time().unwrap_or(0), h.ticks_us())
    };
    let vm_hal = VmHal {
        hal: hal.clone(),
        files,
        wall_start,
    };
    // SAFETY: the region is a live, exclusively owned, 16-byte aligned block of
    // `region.len` bytes that outlives the VM (the VM is dropped before the region).
    let mut vm = unsafe { Vm::new(region.start, region.len, Box::new(vm_hal), config) }.ok()?;
    vm.port_data = Some(Box::new(pyfs::PortData {
        files,
        hal: hal.clone(),
        windows: RefCell::new(Vec::new()),
    }));
    vm.open_hook = Some(pyfs::py_open);
    if pyfs::register(&mut vm).is_err() {
        return None;
    }
    Some(vm)
}

/// Run VibePy: the entry of both the Linux and the VibeOS program. Returns the exit status.
/// `stack_limit` is how much native stack Python code may use before RecursionError.
pub fn run(api: &'static KApi, hooks: PlatformHooks, args: &[&str], stack_limit: usize) -> i32 {
    // SAFETY: `api` is the kernel's (or host's) table, valid for the program's lifetime.
    let kapi = unsafe { Kapi::new(api) };
    let shared: SharedHal = Rc::new(RefCell::new(hal::Hal::new(kapi, hooks)));
    let err = |msg: &str| {
        shared.borrow().write_error(msg.as_bytes());
        shared.borrow().write_error(b"\n");
        2
    };
    let mut opts = match parse_args(args) {
        Ok(o) => o,
        Err(e) => return err(e),
    };
    opts.stack_limit = stack_limit;
    let Some(region) = HeapRegion::reserve(kapi, opts.heap) else {
        return err("vibepy: cannot reserve the heap");
    };
    let stack_base = vm::gc::approximate_stack_pointer();
    let Some(mut vm) = new_vm(&region, &shared, files::Files::new(kapi), &opts) else {
        return err("vibepy: heap too small to start");
    };
    vm.set_stack_base(stack_base + 4096);
    let status = run_program(&mut vm, &shared, &opts, &region, kapi);
    pyfs::flush_open_files(&mut vm);
    drop(vm);
    drop(region);
    status
}

fn run_program(
    vm: &mut Box<Vm>,
    shared: &SharedHal,
    opts: &Options<'_>,
    region: &HeapRegion<'_>,
    kapi: Kapi<'static>,
) -> i32 {
    if vm::modules::sys::set_argv(vm, &opts.argv).is_err() {
        return 1;
    }
    if let Some(code) = opts.command {
        let r = vm::interp::eval::run_main(vm, code, "<string>");
        return exit_status(vm, r);
    }
    if let Some(m) = opts.module {
        let r = run_module(vm, m);
        return exit_status(vm, r);
    }
    if let Some(script) = opts.script {
        set_script_dir(vm, script);
        let files = files::Files::new(kapi);
        let data = match files.read_all(script.as_bytes()) {
            Ok(d) => d,
            Err(e) => {
                let mut b = vm::objects::str::StrBuilder::new();
                let _ = core::fmt::write(
                    &mut b,
                    format_args!(
                        "vibepy: can't open file '{}': [Errno {}] {}\n",
                        script,
                        e.code(),
                        e.message()
                    ),
                );
                vm.hal
                    .write_stderr(b.as_str().unwrap_or("vibepy: can't open file\n").as_bytes());
                return 2;
            }
        };
        let r = if script.ends_with(".mpy") {
            vm::interp::eval::run_main_mpy(vm, &data, script)
        } else {
            match core::str::from_utf8(&data) {
                Ok(text) => vm::interp::eval::run_main(vm, text, script),
                Err(_) => Err(vm.new_exception(
                    &vm::objects::exception::SYNTAX_ERROR,
                    "source is not valid UTF-8",
                )),
            }
        };
        return exit_status(vm, r);
    }
    let mut repl = vm::repl::Repl::new(BANNER);
    let mut console = Console(shared.clone());
    let mut reset = |v: &mut Box<Vm>| {
        // The fresh VM reuses the heap region: write out the old one's files first.
        pyfs::flush_open_files(v);
        if let Some(fresh) = new_vm(region, shared, files::Files::new(kapi), opts) {
            let base = v.stack_base;
            *v = fresh;
            v.set_stack_base(base);
        }
    };
    let mut executor = Executor {
        vm,
        last_exception: vm::value::Value::NONE,
        reset: &mut reset,
    };
    match repl.run(&mut console, &mut executor) {
        vm::repl::ReplExit::SystemExit(code) => code,
        _ => 0,
    }
}

/// `sys.path[0]` is the script's directory, as in CPython.
fn set_script_dir(vm: &mut Vm, script: &str) {
    let dir = script
        .rsplit_once('/')
        .map(|(d, _)| if d.is_empty() { "/" } else { d })
        .unwrap_or("");
    let _ = (|| {
        let path = vm::modules::sys::path_list(vm)?;
        let s = vm::objects::str::new_str(vm, dir)?;
        if let Some(l) = vm::objects::Obj::<vm::objects::list::ListObj>::from_value(path) {
            l.get().set(0, s);
        }
        Ok::<(), vm::interp::PyErr>(())
    })();
}

/// `-m MODULE`: import it as `__main__`.
fn run_module(vm: &mut Vm, name: &str) -> Result<(), vm::interp::PyErr> {
    let mut path = vm::objects::str::StrBuilder::new();
    for dir in ["", "/lib"] {
        path.truncate(0);
        if !dir.is_empty() {
            path.push_str(vm, dir)?;
            path.push_str(vm, "/")?;
        }
        path.push_str(vm, &name.replace('.', "/"))?;
        path.push_str(vm, ".py")?;
        let p = path.as_str().unwrap_or("");
        if let Some(src) = vm.hal.read_file(p) {
            let text = core::str::from_utf8(&src)
                .map_err(|_| vm.value_error("source is not valid UTF-8"))?;
            return vm::interp::eval::run_main(vm, text, p);
        }
    }
    Err(vm.new_exception_fmt(
        &vm::objects::exception::MODULE_NOT_FOUND_ERROR,
        format_args!("No module named '{}'", name),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requested_heap_reads_x_heapsize_before_the_script() {
        assert_eq!(requested_heap(&["python"]), DEFAULT_HEAP);
        assert_eq!(
            requested_heap(&["python", "-X", "heapsize=4M", "a.py"]),
            4 << 20
        );
        assert_eq!(
            requested_heap(&["python", "-v", "-Xheapsize=256K", "-c", "1"]),
            256 << 10
        );
        // Options after the script belong to the script; a bad size is parse_args' to report.
        assert_eq!(
            requested_heap(&["python", "a.py", "-X", "heapsize=4M"]),
            DEFAULT_HEAP
        );
        assert_eq!(
            requested_heap(&["python", "-X", "heapsize=lots"]),
            DEFAULT_HEAP
        );
    }

    #[test]
    fn both_x_forms_check_the_heap_range() {
        let heap = |args: &[&str]| parse_args(args).map(|o| o.heap);
        assert_eq!(heap(&["p", "-X", "heapsize=4M"]), Ok(4 << 20));
        assert_eq!(heap(&["p", "-Xheapsize=4M"]), Ok(4 << 20));
        assert!(heap(&["p", "-X", "heapsize=16K"]).is_err());
        assert!(heap(&["p", "-Xheapsize=16K"]).is_err());
    }
}
