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

/// A run with an interrupt budget: `take_interrupt` says yes from the `after`-th poll on,
/// as the fuzz HAL does once its time budget is spent.
fn run_interrupted(source: &str, after: u32) -> String {
    super::tests::run_source_with_interrupt(source, HEAP, after)
}

#[test]
fn native_loops_over_huge_iterables_stay_interruptible() {
    let cases = [
        "sum(range(10**15))",
        "all(range(1, 10**15))",
        "max(x for x in range(10**15))",
        "1.5 in range(10**15)",
        "range(10**15).count(1.5)",
        "range(10**15).index(0.5)",
        "pow(2**30000 + 1, 2**30000 + 1, 3**20000)",
        "__import__('math').factorial(10**9)",
    ];
    for expr in cases {
        let src = alloc::format!(
            "try:\n    {expr}\nexcept KeyboardInterrupt:\n    print('interrupted')\n"
        );
        assert_eq!(run_interrupted(&src, 2), "interrupted\n", "{expr}");
    }
}

#[test]
fn int_membership_in_a_range_is_arithmetic() {
    let src = "\
r = range(-10**15, 10**15, 3)
print(10**15 - 1 in r, 10**15 - 2 in r, -10**15 in r, 2**100 in r, True in range(2))
print(r.index(10**15 - 2), r.count(-10**15 + 3), range(0, -10, -2).index(-8))
print(2.0 in range(3), range(3).index(2.0))
try:
    r.index(10**15 - 1)
except ValueError as e:
    print(e)
";
    assert_eq!(
        run_source(src, HEAP, false),
        "False True True False True\n666666666666666 1 4\nTrue 2\n999999999999999 is not in range\n"
    );
}

/// Compile `source` and write it as `.mpy`: what the compiler accepts must be storable.
fn compiles_to_storable_mpy(source: &str) -> Result<(), crate::compiler::CompileError> {
    let opts = crate::compiler::CompileOptions {
        budget_bytes: 1 << 24,
        optimize: 0,
    };
    let m = crate::compiler::compile(source, "<t>", crate::compiler::CompileMode::Exec, &opts)?;
    crate::bytecode::validate::validate_module(&m).unwrap();
    let bytes = crate::bytecode::mpy::write_mpy(&m).unwrap();
    assert!(crate::bytecode::mpy::read_mpy(&bytes).unwrap() == m.as_stored());
    Ok(())
}

#[test]
fn scopes_nested_deeper_than_an_mpy_file_holds_are_a_compile_error() {
    let nest = |n: usize| alloc::format!("x = {}1{}\n", "[".repeat(n), " for a in b]".repeat(n));
    assert!(compiles_to_storable_mpy(&nest(60)).is_ok());
    assert_eq!(
        compiles_to_storable_mpy(&nest(150)),
        Err(crate::compiler::CompileError::Recursion)
    );
    assert_eq!(
        last_line(&nest(150)),
        "RecursionError: maximum recursion depth exceeded during compilation"
    );
}

#[test]
fn constant_tuples_nested_too_deep_for_an_mpy_file_are_built_at_run_time() {
    let deep = alloc::format!("{}1{}", "(".repeat(150), ",)".repeat(150));
    assert!(compiles_to_storable_mpy(&alloc::format!("x = {deep}\n")).is_ok());
    assert!(compiles_to_storable_mpy(&alloc::format!("def f(a={deep}): return a\n")).is_ok());
    let src = alloc::format!(
        "y = {deep}\nn = 0\nwhile isinstance(y, tuple):\n    y = y[0]\n    n += 1\nprint(n, y)\n"
    );
    assert_eq!(run_source(&src, HEAP, false), "150 1\n");
}
