//! Compiler tests: the worked examples of MPY.md §8 byte for byte, instruction walks
//! over snippets covering every construct, and syntax errors with CPython's messages.

use super::*;
use crate::bytecode::module::MpyConst;
use alloc::string::String;
use alloc::vec::Vec;

fn opts() -> CompileOptions {
    CompileOptions {
        budget_bytes: 64 << 20,
        optimize: 0,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| alloc::format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn compile_ok(src: &str, file: &str) -> MpyModule {
    match compile(src, file, CompileMode::Exec, &opts()) {
        Ok(m) => m,
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

#[test]
fn print_one_plus_two() {
    let m = compile_ok("print(1 + 2)\n", "a.py");
    assert_eq!(m.qstrs, ["a.py", "<module>", "print"]);
    assert!(m.consts.is_empty());
    assert_eq!(hex(&m.root.fun_data), "08 02 01 11 02 83 34 01 59 51 63");
    assert!(m.root.children.is_empty());
}

fn unhex(s: &str) -> Vec<u8> {
    s.split_whitespace()
        .map(|h| u8::from_str_radix(h, 16).unwrap())
        .collect()
}

/// fun_data of the raw code at `path` (child indices from the module).
fn code_at<'m>(m: &'m MpyModule, path: &[usize]) -> &'m [u8] {
    let mut rc = &m.root;
    for &i in path {
        rc = &rc.children[i];
    }
    &rc.fun_data
}

#[test]
fn mpy_md_8_1_constant_folding() {
    let m = compile_ok("x = 1 + 2\n", "ex1.py");
    assert_eq!(m.qstrs, ["ex1.py", "<module>", "x"]);
    assert!(m.consts.is_empty());
    assert_eq!(code_at(&m, &[]), unhex("00 02 01 83 16 02 51 63"));
}

#[test]
fn mpy_md_8_2_default_argument_and_closure() {
    let src = "def outer(a, b=2):\n    def inner(c):\n        return a + b + c\n    return inner\n";
    let m = compile_ok(src, "ex2b.py");
    assert_eq!(
        m.qstrs,
        ["ex2b.py", "<module>", "outer", "inner", "a", "b", "*", "c"]
    );
    assert_eq!(
        code_at(&m, &[]),
        unhex("08 02 01 82 2a 01 53 33 00 16 02 51 63")
    );
    assert_eq!(
        code_at(&m, &[0]),
        unhex("a2 01 8a 01 02 04 05 20 46 00 01 b0 b1 20 00 02 c2 b2 63")
    );
    assert_eq!(
        code_at(&m, &[0, 0]),
        unhex("23 0a 03 06 06 07 40 25 00 25 01 f2 b2 f2 63")
    );
}

#[test]
fn mpy_md_8_3_for_try_finally_break() {
    let src = "def f(items):\n    total = 0\n    for x in items:\n        try:\n            if x < 0:\n                break\n            total += x\n        finally:\n            print(x)\n    return total\n";
    let m = compile_ok(src, "ex3.py");
    assert_eq!(m.qstrs, ["ex3.py", "<module>", "f", "items", "print"]);
    assert_eq!(code_at(&m, &[]), unhex("00 02 01 32 00 16 02 51 63"));
    assert_eq!(
        code_at(&m, &[0]),
        unhex(
            "5d 14 02 03 20 22 25 22 25 23 45 29 80 c1 b0 5f 4b 19 c2 49 0d b2 80 d7 44 43 40 4f 81 \
             b1 b2 e5 c1 51 12 04 b2 34 01 59 5d 42 25 b1 63"
        )
    );
}

#[test]
fn mpy_md_8_4_class_with_super() {
    let src = "class A(B):\n    def m(self, v):\n        return super().m(v) + self.k\n";
    let m = compile_ok(src, "ex4.py");
    assert_eq!(
        m.qstrs,
        [
            "ex4.py",
            "<module>",
            "A",
            "m",
            "k",
            "B",
            "__name__",
            "__module__",
            "__qualname__",
            "*",
            "self",
            "v",
            "super"
        ]
    );
    assert_eq!(
        code_at(&m, &[]),
        unhex("18 02 01 54 32 00 10 02 11 05 34 03 16 02 51 63")
    );
    assert_eq!(
        code_at(&m, &[0]),
        unhex("08 05 02 28 00 11 06 16 07 10 02 16 08 b0 20 00 01 16 03 b0 63")
    );
    assert_eq!(
        code_at(&m, &[0, 0]),
        unhex("2b 0a 03 09 0a 0b 40 12 0c 25 00 b1 15 03 b2 36 01 b1 13 04 f2 63")
    );
}

#[test]
fn mpy_md_8_5_constants() {
    let src = "big = 12345678901234567890\nf = -1.5\nb = b'\\x00hi'\ns = \"a longer string constant\"\nt = (1, 'x', None)\n";
    let m = compile_ok(src, "ex5.py");
    assert_eq!(m.qstrs, ["ex5.py", "<module>", "big", "f", "b", "s", "t"]);
    assert_eq!(
        m.consts,
        [
            MpyConst::Int("12345678901234567890".into()),
            MpyConst::Float("-1.5".into()),
            MpyConst::Bytes(b"\x00hi".to_vec()),
            MpyConst::Str("a longer string constant".into()),
            MpyConst::Tuple(alloc::vec![
                MpyConst::Int("1".into()),
                MpyConst::Str("x".into()),
                MpyConst::None
            ]),
        ]
    );
    assert_eq!(
        code_at(&m, &[]),
        unhex("00 0a 01 24 24 24 24 23 00 16 02 23 01 16 03 23 02 16 04 23 03 16 05 23 04 16 06 51 63")
    );
}

#[test]
fn mpy_md_9_2_qstr_order() {
    let src = "import os.path as p\nclass C:\n    def m(self):\n        return self.zz\ndef g():\n    def h():\n        return qq\n    return h\ny = lambda a: a.ww\n";
    let m = compile_ok(src, "ex9.py");
    assert_eq!(
        m.qstrs,
        [
            "ex9.py",
            "<module>",
            "os.path",
            "path",
            "C",
            "g",
            "<lambda>",
            "ww",
            "m",
            "zz",
            "h",
            "p",
            "y",
            "__name__",
            "__module__",
            "__qualname__",
            "a",
            "self",
            "qq"
        ]
    );
}

/// Snippets covering every construct the compiler handles.
const CONSTRUCTS: &[&str] = &[
    "x = 1\ny = x + 2 * 3 - (4 // 5) % 6 ** 7 @ z\n",
    "a = b = c = -x\na, b = b, a\na, b, c = c, b, a\n(a, b) = [c, d]\n[a, *b, c] = range(5)\n*a, = x\n",
    "x.y = 1\nx[1] = 2\nx[1:2] = 3\nx[::2] = 4\nx[1, 2] = 5\nx[a:b, c] = 6\n",
    "x += 1\nx.y -= 2\nx[i] *= 3\nx @= y\nx //= 2\nx **= 2\nx >>= 1\nx <<= 1\nx &= 1\nx |= 1\nx ^= 1\nx %= 3\nx /= 2\n",
    "del x\ndel x.y, x[1], x[1:2]\ndel (a, [b, c])\n",
    "x: int\ny: int = 5\nz.a: str = 'q'\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y\nif 0:\n    z\nif 1:\n    w\nelse:\n    v\n",
    "while a:\n    if b: break\n    if c: continue\nelse:\n    d\nwhile 1:\n    break\nwhile 0:\n    x\nelse:\n    y\n",
    "for i in x:\n    if i: break\n    continue\nelse:\n    pass\nfor a, (b, *c) in y:\n    pass\n",
    "for i in range(10):\n    if i: break\nelse:\n    z\nfor j in range(a, b, -2):\n    continue\nfor k in range(n):\n    pass\n",
    "try:\n    a\nexcept ValueError:\n    b\nexcept (TypeError, KeyError) as e:\n    c\nexcept:\n    raise\nelse:\n    d\nfinally:\n    e\n",
    "try:\n    a\nfinally:\n    b\ntry:\n    pass\nexcept E as e:\n    pass\n",
    "for x in y:\n    try:\n        break\n    finally:\n        continue\n    with a as b, c:\n        break\n",
    "with a:\n    pass\nwith a as (b, c), d as e[1]:\n    pass\nwith (a as b, c,):\n    pass\nwith (a, b) as c:\n    pass\n",
    "def f(a, b=1, *args, c, d=2, **kw):\n    return a\ndef g(a, /, b, *, c): pass\ndef h(*, k=1): pass\ndef i(): return\n",
    "@dec\n@dec2(1, x=2)\n@a.b.c\ndef f(): pass\n@dec\nclass C(B, metaclass=M, **kw):\n    x = 1\n    def m(self): return super().m()\n",
    "def outer():\n    x = 1\n    def mid():\n        def inner():\n            nonlocal x\n            x += 1\n            return x\n        return inner\n    return mid\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n        y = [x for _ in range(2)]\n    return C\n",
    "def f():\n    global g\n    g = 1\n    def h():\n        global g\n        return g\n",
    "class A:\n    def f(self):\n        return __class__\n    def g(self):\n        def h():\n            return super()\n        return h\n",
    "lambda: 0\nlambda x, *y, z=1, **w: x + z\nf = lambda: (yield)\n",
    "[x for x in y]\n{x for x in y if x}\n{k: v for k, v in d.items()}\n(x for x in y for z in x if z)\n[[i * j for j in b] for i in a]\n",
    "def g():\n    yield 1\n    x = yield\n    yield from other()\n    return 5\n",
    "async def f(a):\n    await a\n    async with a as b, c:\n        pass\n    async for x in a:\n        break\n    else:\n        pass\n    return [await y for y in z]\n",
    "x = a if b else c\ny = a < b < c\nz = a not in b and c is not d or not e\nw = a or b or c\nv = a and b\n",
    "f(a, *b, c, k=1, **d)\nf(*a, *b)\nf(**a, **b)\no.m(1, *x, y=2)\nf(x for x in y)\n",
    "x = [*a, b, *c]\ny = (*a, b)\nz = {*a, b}\nw = {**a, 'k': 1, **b}\nv = [a, *b]\n",
    "s = f'{x}'\nt = f'{x!r:>{w}} and {y=} {z=:5} {{}}'\nu = f'a' 'b{' f'{c}'\nv = rf'\\d{x}'\n",
    "x = b'bytes' b'more'\ny = 'a' 'b'\nz = '''long\nstring'''\nw = 1.5e3 + 2j\nv = 0x_ff + 0o17 + 0b101 + 1_000\n",
    "import a\nimport a.b.c\nimport a.b as c\nfrom . import x\nfrom ..m import y as z, w\nfrom m import *\n",
    "assert x\nassert x, 'message'\nraise\nraise E\nraise E from None\n",
    "if (n := len(a)) > 10:\n    pass\n[y := f(x) for x in data]\n",
    "print(*a, sep='')\nx = a[1:2:3], a[:], a[::], a[1:], a[:2]\n",
    "A = const(5)\n_B = const(A * 2)\nx = A + _B\nimport math\ny = math.pi\nz = __debug__\n",
    "x = 2 ** 100\ny = -(2 ** 63)\nz = 1 << 70\nw = 10 // 3\nv = 1.0 / 3\nu = (1, 2, (3, 4), ())\n",
    "def f():\n    for x in y:\n        try:\n            pass\n        except E as e:\n            break\n        finally:\n            return 1\n",
    "class C:\n    nonlocal_like = 1\n    def m(self):\n        return [self for _ in range(3)]\n",
    "def gen():\n    try:\n        yield 1\n    finally:\n        yield 2\n",
    "global x\nx = 1\ndel x\n",
    "x = ...\ny = None, True, False\nz = not 1\n",
];

fn check_tree(rc: &crate::bytecode::module::RawCode, m: &MpyModule, what: &str) {
    let d = match super::testutil::walk(&rc.fun_data) {
        Ok(d) => d,
        Err(e) => panic!(
            "{what}: {e}\n{}",
            super::testutil::listing(&rc.fun_data, &m.qstrs)
        ),
    };
    assert!(d.sig.n_state >= 1);
    assert!((d.name as usize) < m.qstrs.len(), "{what}: name qstr");
    for a in &d.args {
        assert!((*a as usize) < m.qstrs.len(), "{what}: arg qstr");
    }
    use crate::bytecode::opcodes as op;
    for insn in &d.insns {
        let v = insn.operand.unwrap_or(0);
        match insn.opcode {
            0x10..=0x1c => assert!((v as usize) < m.qstrs.len(), "{what}: qstr operand"),
            op::LOAD_CONST_OBJ => assert!((v as usize) < m.consts.len(), "{what}: const operand"),
            op::MAKE_FUNCTION
            | op::MAKE_FUNCTION_DEFARGS
            | op::MAKE_CLOSURE
            | op::MAKE_CLOSURE_DEFARGS => {
                assert!((v as usize) < rc.children.len(), "{what}: child operand")
            }
            _ => {}
        }
    }
    for c in &rc.children {
        check_tree(c, m, what);
    }
}

#[test]
fn every_construct_walks_cleanly() {
    for (i, src) in CONSTRUCTS.iter().enumerate() {
        for mode in [CompileMode::Exec, CompileMode::Single] {
            let m = match compile(src, "t.py", mode, &opts()) {
                Ok(m) => m,
                Err(e) => panic!("snippet {i} {src:?}: {e:?}"),
            };
            check_tree(&m.root, &m, &alloc::format!("snippet {i}"));
        }
    }
}

#[test]
fn byte_order_mark_is_skipped() {
    let m = compile("\u{feff}x = 1\n", "t.py", CompileMode::Exec, &opts()).unwrap();
    assert_eq!(m.qstrs, ["t.py", "<module>", "x"]);
    assert_eq!(
        compile("\u{feff}x = $\n", "t.py", CompileMode::Exec, &opts()),
        Err(CompileError::Syntax {
            msg: "invalid syntax".into(),
            line: 1,
            col: 6,
            indentation: false
        })
    );
}

#[test]
fn eval_and_single_modes() {
    let m = compile(" 1 + x, 2", "<eval>", CompileMode::Eval, &opts()).unwrap();
    assert_eq!(hex(code_at(&m, &[])), "08 02 01 81 11 02 f2 82 2a 02 63");
    let m = compile("x\n5\n", "<stdin>", CompileMode::Single, &opts()).unwrap();
    assert_eq!(m.qstrs, ["<stdin>", "<module>", "__repl_print__", "x"]);
    assert_eq!(
        hex(code_at(&m, &[])),
        "08 04 01 27 11 02 11 03 34 01 59 11 02 85 34 01 59 51 63"
    );
}

/// What CPython 3.11 reports: (message, line, column, IndentationError), or `None` when
/// it compiles the source.
type Expected = Option<(&'static str, u32, u32, bool)>;

/// Sources and what CPython reports for them.
const SYNTAX_CASES: &[(&str, Expected)] = &[
    ("x = (1,\n2", Some(("'(' was never closed", 1, 5, false))),
    ("x = 1)", Some(("unmatched ')'", 1, 6, false))),
    ("x = [1)", Some(("closing parenthesis ')' does not match opening parenthesis '['", 1, 7, false))),
    ("'abc", Some(("unterminated string literal (detected at line 1)", 1, 1, false))),
    ("'''abc\n\n", Some(("unterminated triple-quoted string literal (detected at line 2)", 1, 1, false))),
    ("a + = 1", Some(("invalid syntax", 1, 5, false))),
    ("f() = 1", Some(("cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, false))),
    ("1 = x", Some(("cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, false))),
    ("(a, b) += 1", Some(("'tuple' is an illegal expression for augmented assignment", 1, 1, false))),
    ("del f()", Some(("cannot delete function call", 1, 5, false))),
    ("def f(a, a): pass", Some(("duplicate argument 'a' in function definition", 1, 10, false))),
    ("def f(a=1, b): pass", Some(("non-default argument follows default argument", 1, 12, false))),
    ("nonlocal x", Some(("nonlocal declaration not allowed at module level", 1, 1, false))),
    ("def f():\n nonlocal x", Some(("no binding for nonlocal 'x' found", 2, 2, false))),
    ("[*a for a in b]", Some(("iterable unpacking cannot be used in comprehension", 1, 2, false))),
    ("x = yield", Some(("'yield' outside function", 1, 5, false))),
    ("await x", Some(("'await' outside function", 1, 1, false))),
    ("return", Some(("'return' outside function", 1, 1, false))),
    ("break", Some(("'break' outside loop", 1, 1, false))),
    ("continue", Some(("'continue' not properly in loop", 1, 1, false))),
    ("for x in y:\n def f():\n  break", Some(("'break' outside loop", 3, 3, false))),
    ("class C:\n return 1", Some(("'return' outside function", 2, 2, false))),
    ("a if b", Some(("expected 'else' after 'if' expression", 1, 1, false))),
    ("x = 5 +", Some(("invalid syntax", 1, 8, false))),
    ("print 'x'", Some(("Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, false))),
    ("if x\n  pass", Some(("expected ':'", 1, 5, false))),
    ("\tif x:\n\t\tpass", Some(("unexpected indent", 1, 1, true))),
    ("if x:\n\tpass\n        pass", Some(("inconsistent use of tabs and spaces in indentation", 3, 1, true))),
    ("f(x for x in y, 1)", Some(("Generator expression must be parenthesized", 1, 3, false))),
    ("x := 1", Some(("invalid syntax", 1, 3, false))),
    ("(x.y := 1)", Some(("cannot use assignment expressions with attribute", 1, 2, false))),
    ("\\", Some(("unexpected EOF while parsing", 1, 2, false))),
    ("x = \\ 1", Some(("unexpected character after line continuation character", 1, 6, false))),
    ("x = b'\\u1234é'", Some(("bytes can only contain ASCII literal characters", 1, 5, false))),
    ("x = 'abc' b'x'", Some(("cannot mix bytes and nonbytes literals", 1, 15, false))),
    ("€ = 1", Some(("invalid character '€' (U+20AC)", 1, 1, false))),
    ("x = 1 ", Some(("invalid non-printable character U+00A0", 1, 6, false))),
    ("if x:\npass", Some(("expected an indented block after 'if' statement on line 1", 2, 1, true))),
    ("if x:\n  pass\n    y", Some(("unexpected indent", 3, 4, true))),
    ("if x:\n    pass\n  y", Some(("unindent does not match any outer indentation level", 3, 4, true))),
    ("def f():\n  x\n global x", Some(("unindent does not match any outer indentation level", 3, 10, true))),
    ("0x", Some(("invalid hexadecimal literal", 1, 2, false))),
    ("0b2", Some(("invalid digit '2' in binary literal", 1, 3, false))),
    ("1_", Some(("invalid decimal literal", 1, 2, false))),
    ("012", Some(("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, false))),
    ("1abc", Some(("invalid decimal literal", 1, 1, false))),
    ("f(**a, *b)", Some(("iterable argument unpacking follows keyword argument unpacking", 1, 8, false))),
    ("f(a=1, b)", Some(("positional argument follows keyword argument", 1, 9, false))),
    ("f(**a, b)", Some(("positional argument follows keyword argument unpacking", 1, 9, false))),
    ("f'{x!z}'", Some(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, false))),
    ("f'{}'", Some(("f-string: empty expression not allowed", 1, 6, false))),
    ("f'}'", Some(("f-string: single '}' is not allowed", 1, 5, false))),
    ("f'{x'", Some(("f-string: expecting '}'", 1, 6, false))),
    ("def f():\n  x = 1\n  global x", Some(("name 'x' is assigned to before global declaration", 3, 3, false))),
    ("def f():\n  print(x)\n  global x", Some(("name 'x' is used prior to global declaration", 3, 3, false))),
    ("def f(x):\n  global x", Some(("name 'x' is parameter and global", 2, 3, false))),
    ("a, *b, *c = d", Some(("multiple starred expressions in assignment", 1, 1, false))),
    ("*a = b", Some(("starred assignment target must be in a list or tuple", 1, 1, false))),
    ("for f() in x: pass", Some(("cannot assign to function call", 1, 5, false))),
    ("with a as f(): pass", Some(("cannot assign to function call", 1, 11, false))),
    ("del 1", Some(("cannot delete literal", 1, 5, false))),
    ("f(a.b=1)", Some(("expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, false))),
    ("f(a=1, a=2)", Some(("keyword argument repeated: a", 1, 8, false))),
    ("def f(*): pass", Some(("named arguments must follow bare *", 1, 7, false))),
    ("def f(**k, a): pass", Some(("arguments cannot follow var-keyword argument", 1, 12, false))),
    ("def f(a, /, b, /): pass", Some(("/ may appear only once", 1, 16, false))),
    ("lambda a, a: 1", Some(("duplicate argument 'a' in function definition", 1, 11, false))),
    ("try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass", Some(("default 'except:' must be last", 3, 1, false))),
    ("try:\n  pass\n", Some(("expected 'except' or 'finally' block", 2, 7, false))),
    ("x = [1, 2", Some(("'[' was never closed", 1, 5, false))),
    ("x = (1 2)", Some(("invalid syntax. Perhaps you forgot a comma?", 1, 6, false))),
    ("f(a b)", Some(("invalid syntax. Perhaps you forgot a comma?", 1, 3, false))),
    ("def f():\n    yield from x\nasync def g():\n    yield from x", Some(("'yield from' inside async function", 4, 5, false))),
    ("async def g():\n    yield 1\n    return 2", Some(("'return' with value in async generator", 3, 5, false))),
    ("def f():\n  [(yield) for x in y]", Some(("'yield' inside list comprehension", 2, 5, false))),
    ("class C:\n  nonlocal x", Some(("no binding for nonlocal 'x' found", 2, 3, false))),
    ("x = {**a for a in b}", Some(("dict unpacking cannot be used in dict comprehension", 1, 6, false))),
    ("x = *a", Some(("can't use starred expression here", 1, 5, false))),
    ("del *a", Some(("cannot delete starred", 1, 5, false))),
    ("True = 1", Some(("cannot assign to True", 1, 1, false))),
    ("f(True=1)", Some(("cannot assign to True", 1, 3, false))),
    ("import a.b as c.d", Some(("invalid syntax", 1, 16, false))),
    ("from x import a,", Some(("trailing comma not allowed without surrounding parentheses", 1, 17, false))),
    ("for x in range(3):\n    pass\n  else:\n    pass", Some(("unindent does not match any outer indentation level", 3, 8, true))),
    ("def f():\n    pass\n  x = 1", Some(("unindent does not match any outer indentation level", 3, 8, true))),
    ("x = $", Some(("invalid syntax", 1, 5, false))),
    ("x = 1 2", Some(("invalid syntax", 1, 7, false))),
    ("@dec\nx = 1", Some(("invalid syntax", 2, 1, false))),
    ("while x\n  pass", Some(("expected ':'", 1, 8, false))),
    ("class C\n  pass", Some(("expected ':'", 1, 8, false))),
    ("def f()\n  pass", Some(("expected ':'", 1, 8, false))),
    ("x = (", Some(("'(' was never closed", 1, 5, false))),
    ("x = )", Some(("unmatched ')'", 1, 5, false))),
    ("f(,)", Some(("invalid syntax", 1, 3, false))),
    ("x = [1,,2]", Some(("invalid syntax", 1, 8, false))),
    ("if x:\n  pass\nelse\n  pass", Some(("expected ':'", 3, 5, false))),
    ("def f(:\n  pass", Some(("invalid syntax", 1, 7, false))),
    ("lambda x y: 1", Some(("invalid syntax", 1, 10, false))),
    ("x = a.1", Some(("invalid syntax", 1, 6, false))),
    ("import", Some(("invalid syntax", 1, 7, false))),
    ("from import x", Some(("invalid syntax", 1, 6, false))),
    ("x = {1: 2, 3}", Some(("':' expected after dictionary key", 1, 12, false))),
    ("x = {1, 2: 3}", Some(("invalid syntax", 1, 10, false))),
    ("for x in 1, 2:\n  continue\nelse:\n  break", Some(("'break' outside loop", 4, 3, false))),
    ("def f():\n  return\n return", Some(("unindent does not match any outer indentation level", 3, 8, true))),
    ("a = 1; b = 2;; c = 3", Some(("invalid syntax", 1, 14, false))),
    ("x = 'a' 'b' b'c'", Some(("cannot mix bytes and nonbytes literals", 1, 17, false))),
    ("class C(x for x in y): pass", Some(("invalid syntax", 1, 11, false))),
    ("def f[T](): pass", Some(("expected '('", 1, 6, false))),
    ("x = 1 if 2 else", Some(("invalid syntax", 1, 16, false))),
    ("global x, x\nnonlocal y", Some(("nonlocal declaration not allowed at module level", 2, 1, false))),
    ("def f():\n  x = 1\n  nonlocal x", Some(("name 'x' is assigned to before nonlocal declaration", 3, 3, false))),
    ("def f():\n  def g():\n    nonlocal x", Some(("no binding for nonlocal 'x' found", 3, 5, false))),
    ("x = 0b", Some(("invalid binary literal", 1, 6, false))),
    ("x = 1e", Some(("invalid decimal literal", 1, 5, false))),
    ("x = 1.2.3", Some(("invalid syntax", 1, 8, false))),
    ("x = 1__0", Some(("invalid decimal literal", 1, 6, false))),
    ("x = 0o8", Some(("invalid digit '8' in octal literal", 1, 7, false))),
    ("x = 0xg", Some(("invalid hexadecimal literal", 1, 6, false))),
    ("x = 09", Some(("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, false))),
    ("x = 00", None),
    ("x = 1jj", Some(("invalid imaginary literal", 1, 6, false))),
    ("x = '\\x4'", Some(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, false))),
    ("x = r'\\'", Some(("unterminated string literal (detected at line 1)", 1, 5, false))),
    ("x = '''a''' '''b", Some(("unterminated triple-quoted string literal (detected at line 1)", 1, 13, false))),
    ("del (a, b), [c]", None),
    ("(a, b) = 1, 2", None),
    ("[a, b] = c", None),
    ("a.b.c = d", None),
    ("a[b][c] = d", None),
    ("x, = y", None),
    ("() = []", None),
];

#[test]
fn syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    for (src, expected) in SYNTAX_CASES {
        let got = match compile(src, "t.py", CompileMode::Exec, &opts()) {
            Ok(_) => None,
            Err(CompileError::Syntax {
                msg,
                line,
                col,
                indentation,
            }) => Some((msg, line, col, indentation)),
            Err(e) => Some((alloc::format!("{e:?}"), 0, 0, false)),
        };
        let exp = expected.map(|(m, l, c, i)| (String::from(m), l, c, i));
        if got != exp {
            failures.push(alloc::format!(
                "{src:?}\n   cpython {exp:?}\n   ours    {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Deeply nested sources of several shapes, `depth` levels each.
fn nested_source(shape: &str, depth: usize) -> String {
    let rep = |s: &str| s.repeat(depth);
    match shape {
        "paren" => alloc::format!("x = {}1{}\n", rep("("), rep(")")),
        "list" => alloc::format!("x = {}1{}\n", rep("["), rep("]")),
        "call" => alloc::format!("x = {}1{}\n", rep("f("), rep(")")),
        "subscript" => alloc::format!("x = {}1{}\n", rep("a["), rep("]")),
        "unary" => alloc::format!("x = {}y\n", rep("-")),
        "not" => alloc::format!("x = {}y\n", rep("not ")),
        "power" => alloc::format!("x = y{}\n", rep("**y")),
        "attr" => alloc::format!("x = y{}\n", rep(".a")),
        "ternary" => alloc::format!("x = {}0\n", rep("1 if y else ")),
        "lambda" => alloc::format!("x = {}0\n", rep("lambda: ")),
        "await" => alloc::format!("async def f():\n    x = {}y\n", rep("await ")),
        "comp" => alloc::format!("x = {}1{}\n", rep("[y for y in "), rep("]")),
        "dict" => alloc::format!("x = {}1{}\n", rep("{1: "), rep("}")),
        "fstring" => alloc::format!(
            "x = {}\n",
            "f'{".repeat(depth.min(3)) + "1" + &"}'".repeat(depth.min(3))
        ),
        _ => {
            let mut s = String::new();
            for i in 0..depth {
                s.push_str(&" ".repeat(i));
                s.push_str("if x:\n");
            }
            s.push_str(&" ".repeat(depth));
            s.push_str("pass\n");
            s
        }
    }
}

/// Measures stack use: run in release with DEPTH, SHAPE and STACK set (and PHASE to stop
/// after parsing); a stack overflow aborts the process. The guard of `Budget::check_stack`
/// keeps every shape below `STACK_LIMIT`.
#[test]
#[ignore]
fn stack_probe() {
    let depth: usize = std::env::var("DEPTH").unwrap().parse().unwrap();
    let stack: usize = std::env::var("STACK").unwrap().parse().unwrap();
    let shape = std::env::var("SHAPE").unwrap();
    let src = nested_source(&shape, depth);
    let result = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            if std::env::var("PHASE").is_ok() {
                let budget = budget::Budget::new(1 << 26);
                return crate::parser::parse(&src, crate::parser::ParseMode::File, 0, &budget)
                    .err()
                    .map(|e| alloc::format!("{e:?}"));
            }
            compile(&src, "t.py", CompileMode::Exec, &opts())
                .err()
                .map(|e| alloc::format!("{e:?}"))
        })
        .unwrap()
        .join()
        .unwrap();
    std::println!("PROBE {shape} {depth} {stack}: {result:?}");
}

#[test]
fn deep_nesting_fails_cleanly_within_a_small_stack() {
    let shapes = [
        "paren",
        "list",
        "call",
        "subscript",
        "unary",
        "not",
        "power",
        "attr",
        "ternary",
        "lambda",
        "comp",
        "dict",
        "blocks",
    ];
    for shape in shapes {
        let src = nested_source(shape, 1000);
        let result = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(move || compile(&src, "t.py", CompileMode::Exec, &opts()))
            .unwrap()
            .join()
            .unwrap();
        match result {
            Err(CompileError::Recursion) => {}
            Err(CompileError::Syntax { msg, .. })
                if msg == "too many nested parentheses"
                    || msg == "too many levels of indentation" => {}
            other => panic!("{shape}: {other:?}"),
        }
    }
    // Moderate nesting still compiles.
    for shape in shapes {
        let src = nested_source(shape, 40);
        assert!(
            compile(&src, "t.py", CompileMode::Exec, &opts()).is_ok(),
            "{shape}"
        );
    }
}

#[test]
fn memory_budget_is_enforced() {
    let src: String = (0..2000)
        .map(|i| alloc::format!("x{i} = [{i}, 'a{i}', f({i})]\n"))
        .collect();
    let small = CompileOptions {
        budget_bytes: 64 * 1024,
        optimize: 0,
    };
    assert_eq!(
        compile(&src, "big.py", CompileMode::Exec, &small),
        Err(CompileError::MemoryError)
    );
    for budget in [0, 1, 100, 1000] {
        let tiny = CompileOptions {
            budget_bytes: budget,
            optimize: 0,
        };
        assert_eq!(
            compile("print(1)", "t.py", CompileMode::Exec, &tiny),
            Err(CompileError::MemoryError)
        );
    }
    let roomy = CompileOptions {
        budget_bytes: 16 << 20,
        optimize: 0,
    };
    assert!(compile(&src, "big.py", CompileMode::Exec, &roomy).is_ok());
}

/// A small deterministic generator for the robustness test.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn arbitrary_input_never_panics() {
    let pieces = [
        "def ",
        "class ",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "\n",
        "    ",
        "\t",
        "x",
        "1",
        "'",
        "\"\"\"",
        "f'{",
        "}",
        "lambda",
        "yield",
        "await",
        "async ",
        "for ",
        " in ",
        "if ",
        "else",
        "try:",
        "except",
        "finally",
        "with ",
        "as",
        "*",
        "**",
        "=",
        ":=",
        ",",
        ".",
        "\\",
        "#",
        "0x",
        "1e",
        "@",
        "return",
        "global ",
        "nonlocal ",
        "import ",
        "from ",
        "é",
        "\u{a0}",
        "\0",
        "'''",
        "b'",
        "r'",
        "not ",
        "and ",
        "or ",
        "is ",
        "del ",
        "pass",
        "break",
        "continue",
        "raise ",
        "assert ",
        "while ",
        ";",
        "->",
        "...",
        "!r",
        "!=",
        "==",
        "<",
        "-",
        "~",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        let n = (rng.next() % 40) as usize;
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(pieces[(rng.next() % pieces.len() as u64) as usize]);
        }
        for mode in [CompileMode::Exec, CompileMode::Eval, CompileMode::Single] {
            let _ = compile(&src, "fuzz.py", mode, &opts());
        }
        let _ = is_complete_input(&src);
    }
    for (i, snippet) in CONSTRUCTS.iter().enumerate() {
        for cut in 0..snippet.len() {
            if let Some(prefix) = snippet.get(..cut) {
                let _ = compile(prefix, "cut.py", CompileMode::Exec, &opts());
                let _ = is_complete_input(prefix);
            }
        }
        let _ = i;
    }
}

/// Prints our listing of the file named by `DUMP` (a debugging aid).
#[test]
#[ignore]
fn dump() {
    fn walk_tree(rc: &crate::bytecode::module::RawCode, m: &MpyModule) {
        std::println!("{}", super::testutil::listing(&rc.fun_data, &m.qstrs));
        for c in &rc.children {
            walk_tree(c, m);
        }
    }
    let path = std::env::var("DUMP").unwrap();
    let src = std::fs::read_to_string(&path).unwrap();
    let m = compile(&src, &path, CompileMode::Exec, &opts()).unwrap();
    std::println!("qstrs {:?}\nconsts {:?}", m.qstrs, m.consts);
    walk_tree(&m.root, &m);
}

#[test]
fn long_jumps_and_overflow() {
    // A loop body of a few kilobytes needs 2-byte jumps; one beyond 16 KiB cannot be
    // encoded and is reported, not mis-encoded.
    let body: String = (0..700)
        .map(|i| alloc::format!("        x{i} = y + {i}\n"))
        .collect();
    let src = alloc::format!("def f(y):\n    while y:\n{body}    return 1\n");
    let m = compile(&src, "t.py", CompileMode::Exec, &opts()).unwrap();
    check_tree(&m.root, &m, "long loop");
    let body: String = (0..5000)
        .map(|i| alloc::format!("        x = y.a{i}(1, 2)\n"))
        .collect();
    let src = alloc::format!("def f(y):\n    while y:\n{body}    return 1\n");
    match compile(&src, "t.py", CompileMode::Exec, &opts()) {
        Err(CompileError::Syntax { msg, .. }) => assert_eq!(msg, "bytecode overflow"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn docstrings_are_stored_unless_optimize_2() {
    let src = "\"\"\"A module docstring long enough to be a str object.\"\"\"\n\
               def f():\n    'fdoc'\n    return 1\n\
               class C:\n    'cdoc'\n";
    for optimize in [0, 1, 2] {
        let o = CompileOptions {
            budget_bytes: 64 << 20,
            optimize,
        };
        let m = compile(src, "d.py", CompileMode::Exec, &o).unwrap();
        let kept = optimize < 2;
        assert_eq!(m.qstrs.iter().any(|q| q == "__doc__"), kept, "-O{optimize}");
        assert_eq!(m.qstrs.iter().any(|q| q == "fdoc"), kept, "-O{optimize}");
        assert_eq!(m.qstrs.iter().any(|q| q == "cdoc"), kept, "-O{optimize}");
        assert_eq!(
            m.consts.iter().any(|c| matches!(c, MpyConst::Str(_))),
            kept,
            "-O{optimize}"
        );
        check_tree(&m.root, &m, "docstrings");
    }
    // Interactive input has no docstrings: the string is an expression to print.
    let m = compile("'x'\n", "<stdin>", CompileMode::Single, &opts()).unwrap();
    assert!(!m.qstrs.iter().any(|q| q == "__doc__"));
    // A string that is not the first statement, an f-string or a folded expression is
    // no docstring.
    for src in [
        "x = 1\n'late'\n",
        "def f():\n    f'x'\n",
        "def f():\n    'a' * 2\n",
    ] {
        let m = compile_ok(src, "n.py");
        assert!(!m.qstrs.iter().any(|q| q == "__doc__"), "{src:?}");
    }
}

#[test]
fn local_names_name_every_slot() {
    // Free variables come first (hidden arguments), then parameters and locals, then
    // cells; a dead branch still makes its target local.
    let src = "def outer(a):\n    c = 1\n    def inner(p):\n        if False:\n            dead = 1\n        q = p\n        return c + a\n    return inner\n";
    let m = compile_ok(src, "l.py");
    let outer = &m.root.children[0];
    assert_eq!(outer.local_names, ["a", "inner", "c"]);
    let inner = &outer.children[0];
    assert_eq!(inner.local_names, ["a", "c", "p", "dead", "q"]);
    let m = compile_ok("print([x for x in 'ab'])\n", "c.py");
    assert_eq!(m.root.children[0].local_names, [".0", "x"]);
    assert!(m.root.local_names.is_empty());
}
