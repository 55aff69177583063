//! End-to-end checks of the engine with an in-memory HAL: source in, printed text out.

use super::{Hal, Vm, VmConfig};
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

struct TestHal {
    out: Rc<RefCell<Vec<u8>>>,
    /// Report an interrupt from this many polls on (never if `None`).
    interrupt_after: Option<u32>,
    polls: u32,
}

impl Hal for TestHal {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.out.borrow_mut().extend_from_slice(bytes);
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.out.borrow_mut().extend_from_slice(bytes);
    }
    fn read_line(&mut self, _prompt: &str) -> Option<Vec<u8>> {
        None
    }
    fn ticks_us(&mut self) -> u64 {
        0
    }
    fn time_s(&mut self) -> f64 {
        0.0
    }
    fn sleep_ms(&mut self, _ms: u64) {}
    fn take_interrupt(&mut self) -> bool {
        self.polls = self.polls.saturating_add(1);
        self.interrupt_after.is_some_and(|n| self.polls >= n)
    }
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
    fn is_dir(&mut self, _path: &str) -> bool {
        false
    }
}

/// Run `source` on a fresh VM with a heap of `heap` bytes; return what it printed
/// (and the traceback if it raised).
pub fn run_source(source: &str, heap: usize, stress: bool) -> String {
    run_source_with(source, heap, stress, None)
}

/// Like `run_source`, with Ctrl+C pressed from the `after`-th interrupt poll on.
pub fn run_source_with_interrupt(source: &str, heap: usize, after: u32) -> String {
    run_source_with(source, heap, false, Some(after))
}

fn run_source_with(
    source: &str,
    heap: usize,
    stress: bool,
    interrupt_after: Option<u32>,
) -> String {
    let out = Rc::new(RefCell::new(Vec::new()));
    let region: &'static mut [u128] = Vec::leak(alloc::vec![0u128; heap / 16]);
    let config = VmConfig {
        gc_stress: stress,
        ..VmConfig::default()
    };
    let base = crate::gc::approximate_stack_pointer();
    // SAFETY: the region is leaked, 16-byte aligned and used by this VM alone.
    let vm = unsafe {
        Vm::new(
            region.as_mut_ptr() as *mut u8,
            heap,
            Box::new(TestHal {
                out: out.clone(),
                interrupt_after,
                polls: 0,
            }),
            config,
        )
    };
    let mut vm = match vm {
        Ok(vm) => vm,
        Err(e) => return String::from(e),
    };
    vm.set_stack_base(base + 4096);
    if let Err(e) = super::eval::run_main(&mut vm, source, "<test>") {
        let mut b = crate::objects::str::StrBuilder::new();
        let _ = crate::modules::sys::write_traceback(&mut vm, e.0, &mut b);
        out.borrow_mut()
            .extend_from_slice(b.as_str().unwrap_or("?").as_bytes());
    }
    let bytes = out.borrow().clone();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn prints_one_plus_two() {
    assert_eq!(run_source("print(1 + 2)\n", 1 << 20, false), "3\n");
}

#[test]
fn runs_functions_loops_and_classes() {
    let src = "\
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class A:
    def __init__(self, x):
        self.x = x
    def twice(self):
        return self.x * 2
total = 0
for i in range(10):
    total += i
print(fib(15), A(21).twice(), total, [i * i for i in range(5)], {'a': 1})
";
    assert_eq!(
        run_source(src, 1 << 20, false),
        "610 42 45 [0, 1, 4, 9, 16] {'a': 1}\n"
    );
}

/// Native recursion without Python frames stops at the stack limit (VibeOS has 1 MiB of
/// stack and no guard page): nested containers, iterator chains, nested class tuples.
#[test]
fn deep_native_recursion_raises_recursion_error() {
    let src = "\
a = []
b = []
t = ()
it = iter([1])
spec = int
for i in range(20000):
    a = [a]
    b = [b]
    t = (t,)
    it = map(abs, it)
    spec = (spec,)
for name, op in (('eq', lambda: a == b), ('hash', lambda: hash(t)), ('repr', lambda: repr(t)),
                 ('next', lambda: next(it)), ('isinstance', lambda: isinstance(1, spec))):
    try:
        op()
        print(name, 'finished')
    except RecursionError as e:
        print(name, e)
";
    assert_eq!(
        run_source(src, 8 << 20, false),
        "eq maximum recursion depth exceeded in comparison\n\
         hash maximum recursion depth exceeded while hashing\n\
         repr maximum recursion depth exceeded while getting the repr of an object\n\
         next maximum recursion depth exceeded\n\
         isinstance maximum recursion depth exceeded\n"
    );
}

/// A compilation started deep in Python recursion gets only the stack the VM has left,
/// so `eval` there fails cleanly; at the top it has the compiler's full room.
#[test]
fn compile_at_the_recursion_limit_gets_the_remaining_stack() {
    let src = "\
import sys
sys.setrecursionlimit(100000)
nested = '(' * 150 + '1' + ')' * 150
def down():
    try:
        return down()
    except RecursionError:
        try:
            return eval(nested)
        except RecursionError as e:
            return str(e)
print(down())
print(eval(nested))
";
    assert_eq!(
        run_source(src, 1 << 20, false),
        "maximum recursion depth exceeded during compilation\n1\n"
    );
}
