//! End-to-end checks of bytes and bytearray: Python source in, printed text out, on a
//! small heap with and without collection before every allocation.

use crate::interp::{Hal, Vm, VmConfig};
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

struct CaptureHal {
    out: Rc<RefCell<Vec<u8>>>,
}

impl Hal for CaptureHal {
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
        false
    }
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
    fn is_dir(&mut self, _path: &str) -> bool {
        false
    }
}

fn run(source: &str, stress: bool) -> String {
    let heap = 1 << 20;
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
            Box::new(CaptureHal { out: out.clone() }),
            config,
        )
    };
    let mut vm = vm.unwrap();
    vm.set_stack_base(base + 4096);
    if let Err(e) = crate::interp::eval::run_main(&mut vm, source, "<test>") {
        let mut b = crate::objects::str::StrBuilder::new();
        let _ = crate::modules::sys::write_traceback(&mut vm, e.0, &mut b);
        out.borrow_mut()
            .extend_from_slice(b.as_str().unwrap_or("?").as_bytes());
    }
    let bytes = out.borrow().clone();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Run with and without GC stress; both must print `expected`.
fn check(source: &str, expected: &str) {
    assert_eq!(run(source, false), expected);
    assert_eq!(run(source, true), expected);
}

#[test]
fn constructors_and_repr() {
    check(
        "print(bytes(3), bytes([65, 66]), bytearray(b\"it's\"), bytes('\\xe9', 'latin-1'))\n\
         try:\n    bytes([256])\nexcept ValueError as e:\n    print(e)\n",
        "b'\\x00\\x00\\x00' b'AB' bytearray(b\"it\\'s\") b'\\xe9'\nbytes must be in range(0, 256)\n",
    );
}

#[test]
fn slice_assignment_and_deletion() {
    check(
        "a = bytearray(b'0123456789')\na[2:5] = b'xy'\ndel a[::3]\na[::-1] = a[::-1]\n\
         a[1:2] = a\nprint(a)\na[::2] = b''\nprint(a)\n",
        "bytearray(b'11x56895689')\nbytearray(b'15858')\n",
    );
}

#[test]
fn mutators_grow_and_shrink() {
    check(
        "a = bytearray()\nfor i in range(300):\n    a.append(i % 256)\n\
         a.insert(0, 7)\nprint(len(a), a.pop(), a.pop(0), a.count(0))\n\
         a.remove(5)\na.reverse()\na *= 2\na += b'!'\nprint(len(a), a[-1], a[:2])\n",
        "301 43 7 2\n597 33 bytearray(b'*)')\n",
    );
}

#[test]
fn methods_match_cpython() {
    check(
        "b = b'one two one'\nprint(b.split(), b.rsplit(b' ', 1), b.replace(b'', b'-', 3))\n\
         print(b.title(), b.center(15, b'*'), b'-5'.zfill(4), b.find(b'o', 1), b.count(111))\n\
         print(b'a\\tb\\r\\nc'.expandtabs(4).splitlines(True), b'AB'.hex(':'), bytes.fromhex(' 4142 '))\n",
        "[b'one', b'two', b'one'] [b'one two', b'one'] b'-o-n-e two one'\n\
         b'One Two One' b'**one two one**' b'-005' 6 3\n\
         [b'a   b\\r\\n', b'c'] 41:42 b'AB'\n",
    );
}

#[test]
fn decode_errors_and_percent_format() {
    check(
        "try:\n    b'a\\xe2\\x82'.decode()\nexcept UnicodeDecodeError as e:\n    print(e, e.start, e.end)\n\
         print(b'\\xffa'.decode('utf-8', 'replace'), b'%05.1f|%-4s|%#x|%c' % (2.25, b'ab', 255, 65))\n",
        "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data 1 3\n\
         \u{fffd}a b'002.2|ab  |0xff|A'\n",
    );
}
