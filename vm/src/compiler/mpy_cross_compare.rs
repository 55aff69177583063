//! Optional checks against the official MicroPython tools, ignored by default (they need
//! `mpy-cross`, `micropython` and `python3` on the PATH and MPY.md for the static qstrs):
//!
//! * `mpy_cross_byte_comparison`: every `.py` file under `MPY_CROSS_DIR` (default: the
//!   workspace's `tests/py`) is compiled by both compilers and the qstr table, constant
//!   table and raw-code tree are compared byte for byte (`MPY_CROSS_OPT=n` for `-On`).
//! * `our_mpy_runs_on_micropython_like_cpython`: our `.mpy` of each program in `PROGRAMS`
//!   runs on official MicroPython and must print what CPython prints from the source.
//! * `compile_speed_and_memory`: throughput and the smallest budget each file needs.
//!
//! Run with `cargo test --release -p vm <name> -- --ignored --nocapture`.

use super::testutil::{listing, read_mpy, static_qstrs};
use super::*;
use crate::bytecode::module::RawCode;
use std::path::{Path, PathBuf};
use std::string::{String, ToString};
use std::vec::Vec;
use std::{env, format, fs, println};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// First differing raw code, as a description.
fn diff_tree(
    ours: &RawCode,
    theirs: &RawCode,
    oq: &[String],
    tq: &[String],
    path: &str,
) -> Option<String> {
    if ours.fun_data != theirs.fun_data {
        let at = ours
            .fun_data
            .iter()
            .zip(&theirs.fun_data)
            .position(|(a, b)| a != b);
        return Some(format!(
            "raw code {path} (first differing byte {at:?} of {}/{}: {:02x?} vs {:02x?}):\n ours:\n{}\n mpy-cross:\n{}",
            ours.fun_data.len(),
            theirs.fun_data.len(),
            at.map(|i| &ours.fun_data[i.saturating_sub(4)..(i + 4).min(ours.fun_data.len())]),
            at.map(|i| &theirs.fun_data[i.saturating_sub(4)..(i + 4).min(theirs.fun_data.len())]),
            listing(&ours.fun_data, oq),
            listing(&theirs.fun_data, tq)
        ));
    }
    if ours.children.len() != theirs.children.len() {
        return Some(format!(
            "raw code {path}: {} vs {} children",
            ours.children.len(),
            theirs.children.len()
        ));
    }
    for (i, (a, b)) in ours.children.iter().zip(&theirs.children).enumerate() {
        if let Some(d) = diff_tree(a, b, oq, tq, &format!("{path}.{i}")) {
            return Some(d);
        }
    }
    None
}

#[test]
#[ignore]
fn mpy_cross_byte_comparison() {
    let md_path = env::var("MPY_MD").unwrap_or_else(|_| "/work/shared/docs/MPY.md".into());
    let statics = static_qstrs(&fs::read_to_string(md_path).expect("MPY.md"));
    assert_eq!(statics.len(), 165);
    let root = env::var("MPY_CROSS_DIR")
        .unwrap_or_else(|_| format!("{}/../tests/py", env!("CARGO_MANIFEST_DIR")));
    let show: usize = env::var("MPY_CROSS_SHOW")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let optimize: u8 = env::var("MPY_CROSS_OPT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut files = Vec::new();
    collect(Path::new(&root), &mut files);
    let tmp = env::temp_dir().join(format!("vibepy-mpy-cross-{}", std::process::id()));
    fs::create_dir_all(&tmp).unwrap();
    let (mut same, mut differ, mut skipped, mut ours_failed) = (0, 0, 0, 0);
    let mut reasons: std::collections::BTreeMap<String, usize> = Default::default();
    for file in &files {
        let Ok(src) = fs::read_to_string(file) else {
            continue;
        };
        let out = tmp.join("t.mpy");
        let _ = fs::remove_file(&out);
        let status = std::process::Command::new("mpy-cross")
            .arg(format!("-O{optimize}"))
            .arg("-s")
            .arg("t.py")
            .arg("-o")
            .arg(&out)
            .arg(file)
            .output();
        let Ok(data) = fs::read(&out) else {
            skipped += 1;
            let _ = status;
            continue;
        };
        let Ok(theirs) = read_mpy(&data, &statics) else {
            skipped += 1;
            continue;
        };
        let opts = CompileOptions {
            budget_bytes: 256 << 20,
            optimize,
        };
        let ours = match compile(&src, "t.py", CompileMode::Exec, &opts) {
            Ok(m) => m,
            Err(e) => {
                ours_failed += 1;
                println!("OURS FAILED {}: {e:?}", file.display());
                continue;
            }
        };
        let mut why = None;
        if ours.qstrs != theirs.qstrs {
            let at = ours
                .qstrs
                .iter()
                .zip(&theirs.qstrs)
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let lo = at.saturating_sub(3);
            let near = |q: &[String]| q[lo.min(q.len())..(at + 4).min(q.len())].to_vec();
            why = Some((
                "qstrs",
                format!(
                    "qstr {at}: ours {:?}\n theirs {:?}",
                    near(&ours.qstrs),
                    near(&theirs.qstrs)
                ),
            ));
        } else if ours.consts != theirs.consts {
            why = Some((
                "consts",
                format!("ours {:?}\n theirs {:?}", ours.consts, theirs.consts),
            ));
        } else if let Some(d) = diff_tree(&ours.root, &theirs.root, &ours.qstrs, &theirs.qstrs, "0")
        {
            why = Some(("code", d));
        }
        match why {
            None => same += 1,
            Some((kind, detail)) => {
                differ += 1;
                *reasons.entry(kind.to_string()).or_default() += 1;
                if differ <= show {
                    println!("=== {} differs ({kind})\n{detail}", file.display());
                }
            }
        }
    }
    let _ = fs::remove_dir_all(&tmp);
    println!("mpy-cross comparison: {same} identical, {differ} differ {reasons:?}, {ours_failed} we rejected, {skipped} skipped (mpy-cross rejected), of {} files", files.len());
}

/// Programs whose output official MicroPython (running our `.mpy`) must print exactly
/// as CPython does when running the source.
const PROGRAMS: &[&str] = &[
    "print(1 + 2, 2 ** 100, -7 // 2, 7 % -3, 1 / 4, 'a' 'b')\n",
    "def f(a, b=2, *args, c=3, **kw):\n    return a, b, args, c, sorted(kw.items())\nprint(f(1), f(1, 5, 6, 7, c=8, d=9))\n",
    "def outer():\n    x = 1\n    def inc():\n        nonlocal x\n        x += 1\n        return x\n    return inc\ng = outer()\nprint(g(), g(), g())\n",
    "def f():\n    x = 'outer'\n    class C:\n        x = 'class'\n        def m(self):\n            return x\n    return C().m()\nprint(f())\n",
    "class A:\n    def m(self):\n        return 'A'\nclass B(A):\n    def m(self):\n        return 'B' + super().m()\nprint(B().m())\n",
    "t = 0\nfor i in range(10):\n    if i == 7:\n        break\n    if i % 2:\n        continue\n    t += i\nelse:\n    t = -1\nprint(t)\n",
    "for i in range(10, 0, -3):\n    print(i, end=' ')\nelse:\n    print('done')\n",
    "def f(items):\n    total = 0\n    for x in items:\n        try:\n            if x < 0:\n                break\n            total += x\n        finally:\n            print('f', x)\n    return total\nprint(f([1, 2, -1, 5]))\n",
    "def f(x):\n    try:\n        if x == 0:\n            raise ValueError('zero')\n        return 10 // x\n    except ValueError as e:\n        return 'VE ' + str(e)\n    except ZeroDivisionError:\n        return 'ZDE'\n    else:\n        return 'else'\n    finally:\n        print('finally', x)\nprint(f(0), f(2))\n",
    "class CM:\n    def __enter__(self):\n        print('enter')\n        return 5\n    def __exit__(self, t, v, tb):\n        print('exit', t is None)\n        return True\nwith CM() as v, CM():\n    print(v)\n    raise KeyError\nprint('after')\n",
    "print([x * x for x in range(5) if x % 2], {k: v for k, v in zip('ab', (1, 2))}, sorted({x % 3 for x in range(9)}))\nprint(list(x + y for x in 'ab' for y in 'xy'))\n",
    "def gen(n):\n    for i in range(n):\n        got = yield i\n        if got:\n            print('got', got)\n    return 'end'\ndef outer():\n    r = yield from gen(3)\n    print('r', r)\ng = outer()\nprint(next(g), g.send('hi'), next(g))\ntry:\n    next(g)\nexcept StopIteration:\n    print('stop')\n",
    "x = 5\nname = 'w'\nprint(f'{x} {x!r} {x:>4} {name!r:^7} {{lit}} {x*2=}')\nw = 6\nprint(f'{x:{w}}|')\n",
    "a, *b, c = range(6)\nprint(a, b, c)\n(p, q), r = [1, 2], 3\nprint(p, q, r)\nd = {}\nd['k'] = 1\nd['k'] += 2\nprint(d)\n",
    "print([*range(3), 9, *'ab'], (*'xy', 1), sorted({*range(2), 5}), sorted({**{'a': 1}, 'b': 2, **{'c': 3}}.items()))\n",
    "def f(*a, **k):\n    return a, sorted(k.items())\nprint(f(1, *[2, 3], 4, *(5,), x=1, **{'y': 2}))\nprint(f(*[], **{}))\n",
    "import sys\nfrom sys import maxsize as m\nprint(m > 0, type(sys).__name__)\n",
    "x = 10\ndef g():\n    global x\n    x += 1\ng()\nprint(x)\ny = [z := 3, z * 2]\nprint(y, z)\n",
    "print(1 < 2 < 3, 3 > 2 > 5, 1 if 0 else 2, 0 or 'x', 1 and 0, not [], 'a' in 'abc', 1 is not None)\n",
    "s = list('abcdef')\nprint(s[1:4], s[::-1], s[::2], s[-2:])\nl = list(range(10))\nl[2:5] = ['x']\ndel l[-1], l[0]\nprint(l)\n",
    "def deco(f):\n    def w(*a):\n        return 'deco ' + str(f(*a))\n    return w\n@deco\ndef add(a, b):\n    return a + b\nprint(add(2, 3))\n",
    "f = lambda x, y=2: x * y\nprint(f(3), f(3, 4), (lambda: 7)())\n",
    "i = 0\nwhile i < 5:\n    i += 1\n    if i == 3:\n        continue\n    print(i, end=',')\nelse:\n    print()\nwhile True:\n    break\nprint('ok')\n",
    "def f():\n    for i in range(3):\n        with Ctx():\n            if i == 1:\n                return i\nclass Ctx:\n    def __enter__(self): print('in')\n    def __exit__(self, *a): print('out')\nprint(f())\n",
    "try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise ValueError('x')\nexcept ValueError as e:\n    print('caught', e)\ntry:\n    raise KeyError('k') from None\nexcept KeyError as e:\n    print(type(e).__name__, e.args)\n",
    "class P:\n    def __init__(self, x):\n        self.x = x\n    @property\n    def double(self):\n        return self.x * 2\n    @staticmethod\n    def s():\n        return 's'\n    @classmethod\n    def c(cls):\n        return cls.__name__\np = P(4)\nprint(p.double, P.s(), P.c())\n",
    "class C:\n    a = 1\n    b = [a * 2 for _ in range(2)] if False else None\n    c = [x for x in (a, a)]\n    def m(self):\n        try:\n            return a\n        except NameError:\n            return 'NameError'\nprint(C.c, C().m())\n",
    "def f():\n    x = 0\n    class C:\n        def inc(self):\n            nonlocal x\n            x += 1\n            return x\n    c = C()\n    c.inc()\n    return c.inc(), x\nprint(f())\n",
    "def f(data):\n    out = [y for v in data if (y := v * 2) > 2]\n    return out, y\nprint(f([1, 2, 3]))\nz = [w := i for i in range(3)]\nprint(z, w)\n",
    "fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])\ndef mk():\n    out = []\n    for i in range(3):\n        out.append(lambda i=i: i)\n    return out\nprint([f() for f in mk()])\n",
    "def f():\n    x = 1\n    def g():\n        return x\n    del x\n    try:\n        return g()\n    except NameError:\n        return 'gone'\nprint(f())\n",
    "def f():\n    try:\n        return 'try'\n    finally:\n        print('cleanup')\ndef g():\n    for i in range(3):\n        try:\n            continue\n        finally:\n            print('fin', i)\n    return 'g'\nprint(f(), g())\n",
    "def gen():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('closed')\ng = gen()\nprint(next(g))\ng.close()\nprint('after')\n",
    "class B:\n    y = 7\nbases = (B,)\nclass E(*bases):\n    x = 1\nprint(E.x, E.y)\n",
    "class A:\n    def who(self):\n        return 'A'\nclass B(A):\n    def who(self):\n        return 'B>' + super().who()\n    def cls(self):\n        return __class__.__name__\nclass C(B):\n    def who(self):\n        return 'C>' + super().who()\nprint(C().who(), C().cls())\n",
    "x = 'g'\ndef outer():\n    x = 'outer'\n    def inner():\n        global x\n        x = 'set'\n    inner()\n    return x\nprint(outer(), x)\n",
    "def f(a, *args, c, d=4, e, **kw):\n    return (a, args, c, d, e, kw)\nprint(f(1, 2, 3, c=5, e=6, z=7))\nprint(f(a=0, c=1, e=2))\n",
    "import asyncio\nasync def double(v):\n    return v * 2\nasync def main(z):\n    r = [await double(v) for v in z]\n    s = {k: await double(k) for k in z}\n    return r, sorted(s.items())\nprint(asyncio.run(main([1, 2])))\n",
    "class Base:\n    def m(self):\n        return 'base'\ndef f():\n    x = 'fx'\n    class C(Base):\n        y = x + '!'\n        def m(self):\n            return x, super().m(), __class__.__name__\n    return C().m(), C.y\nprint(f())\n",
    "print(0x_ff, 0o17, 0b101, 1_000_000, 1e3, 2.5e-3, 3j * 1j, b'a\\x00' + b'c', '\\u00e9\\x41\\101', r'\\n')\n",
];

#[test]
#[ignore]
fn our_mpy_runs_on_micropython_like_cpython() {
    let md_path = env::var("MPY_MD").unwrap_or_else(|_| "/work/shared/docs/MPY.md".into());
    let statics = static_qstrs(&fs::read_to_string(md_path).expect("MPY.md"));
    let tmp = env::temp_dir().join(format!("vibepy-run-{}", std::process::id()));
    fs::create_dir_all(&tmp).unwrap();
    let mut failures = Vec::new();
    for (i, src) in PROGRAMS.iter().enumerate() {
        let py = tmp.join(format!("p{i}.py"));
        fs::write(&py, src).unwrap();
        let expected = std::process::Command::new("python3")
            .arg(&py)
            .output()
            .unwrap();
        let opts = CompileOptions {
            budget_bytes: 16 << 20,
            optimize: 0,
        };
        let m = compile(src, &format!("p{i}.py"), CompileMode::Exec, &opts).unwrap();
        let mpy = tmp.join(format!("m{i}.mpy"));
        fs::write(&mpy, super::testutil::write_mpy(&m, &statics)).unwrap();
        let got = std::process::Command::new("micropython")
            .current_dir(&tmp)
            .arg("-c")
            .arg(format!("import m{i}"))
            .output()
            .unwrap();
        let (e, g) = (
            String::from_utf8_lossy(&expected.stdout),
            String::from_utf8_lossy(&got.stdout),
        );
        if e != g || !got.status.success() {
            failures.push(format!(
                "program {i}:\n{src}\n cpython: {e:?}\n micropython: {g:?} {}",
                String::from_utf8_lossy(&got.stderr)
            ));
        }
    }
    let _ = fs::remove_dir_all(&tmp);
    println!(
        "{} of {} programs agree",
        PROGRAMS.len() - failures.len(),
        PROGRAMS.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Throughput and memory of compiling every file under `MPY_CROSS_DIR` (run in release).
#[test]
#[ignore]
fn compile_speed_and_memory() {
    let root = env::var("MPY_CROSS_DIR")
        .unwrap_or_else(|_| format!("{}/../tests/py", env!("CARGO_MANIFEST_DIR")));
    let mut files = Vec::new();
    collect(Path::new(&root), &mut files);
    let sources: Vec<String> = files
        .iter()
        .filter_map(|f| fs::read_to_string(f).ok())
        .collect();
    for (f, src) in files.iter().zip(&sources) {
        let opts = CompileOptions {
            budget_bytes: 256 << 20,
            optimize: 0,
        };
        if let Err(e) = compile(src, "t.py", CompileMode::Exec, &opts) {
            println!("rejected {}: {e:?}", f.display());
        }
    }
    let total: usize = sources.iter().map(String::len).sum();
    let start = std::time::Instant::now();
    let mut ok = 0;
    let mut worst_ratio = 0.0f64;
    for src in &sources {
        // Find the smallest budget (in 64 KiB steps) each file compiles in.
        let opts = CompileOptions {
            budget_bytes: 256 << 20,
            optimize: 0,
        };
        if compile(src, "t.py", CompileMode::Exec, &opts).is_ok() {
            ok += 1;
            let mut lo = 0usize;
            let mut hi = 256usize << 20;
            while hi - lo > 4096 {
                let mid = (lo + hi) / 2;
                let o = CompileOptions {
                    budget_bytes: mid,
                    optimize: 0,
                };
                if compile(src, "t.py", CompileMode::Exec, &o).is_ok() {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            worst_ratio = worst_ratio.max(hi as f64 / src.len().max(1) as f64);
        }
    }
    let elapsed = start.elapsed();
    let once = std::time::Instant::now();
    for src in &sources {
        let opts = CompileOptions {
            budget_bytes: 256 << 20,
            optimize: 0,
        };
        let _ = compile(src, "t.py", CompileMode::Exec, &opts);
    }
    let once = once.elapsed();
    println!(
        "{ok}/{} files, {total} bytes: one compile pass {:?} ({:.1} MB/s); budget needed at most {worst_ratio:.1}x source size (search took {elapsed:?})",
        sources.len(),
        once,
        total as f64 / once.as_secs_f64() / 1e6
    );
}
