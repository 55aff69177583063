//! Regression tests for the crashes, hangs and memory blow-ups that fuzzing the whole
//! pipeline (`fuzz/`, source and `.mpy` targets) found: each program here once brought
//! the process down and must now end in an ordinary Python exception.

use super::tests::run_source;

const HEAP: usize = 1 << 20;

/// The last line of what `source` printed (the exception line of a traceback).
fn last_line(source: &str) -> String {
    let out = run_source(source, HEAP, false);
    String::from(out.lines().last().unwrap_or(""))
}

use alloc::string::String;

#[test]
fn float_of_complex_is_a_type_error_not_endless_recursion() {
    assert_eq!(
        last_line("float(1j)\n"),
        "TypeError: float() argument must be a string or a real number, not 'complex'"
    );
    assert_eq!(
        run_source(
            "print(hasattr(1j, '__float__'), (2.5).__float__(), (3).__float__())\n",
            HEAP,
            false
        ),
        "False 2.5 3.0\n"
    );
}

#[test]
fn text_bigger_than_the_heap_is_a_memory_error_before_it_is_built() {
    let cases = [
        "'ab' * 10**9",
        "b'ab' * 10**9",
        "bytearray(b'ab') * 10**9",
        "'{:999999999}'.format(1)",
        "f'{1:>999999999}'",
        "'%999999999d' % 1",
        "b'%.999999999d' % 1",
        "'x'.ljust(10**9)",
        "b'x'.center(10**9)",
        "'x'.zfill(10**9)",
        "'a\\tb'.expandtabs(10**9)",
        "'-'.join(['abc'] * 100000)",
    ];
    for expr in cases {
        let src =
            alloc::format!("try:\n    {expr}\nexcept MemoryError:\n    print('MemoryError')\n");
        assert_eq!(run_source(&src, HEAP, false), "MemoryError\n", "{expr}");
    }
}
