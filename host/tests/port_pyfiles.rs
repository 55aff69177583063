//! Python's `open()` and `os` (port_vibeos::pyfile, os_module) running in the port over
//! the host's kapi table: each program leaves its results in files, which the test reads
//! from the host side; unclosed files must be written when the program ends.

use port_vibeos::hal::PlatformHooks;
use std::fs;
use std::path::Path;

fn run(code: &str) -> i32 {
    let hooks = PlatformHooks {
        monotonic_us: Some(host::hooks::monotonic_us),
        take_interrupt: Some(host::hooks::take_interrupt),
        set_interrupt_char: Some(host::hooks::set_interrupt_char),
        write_error: Some(host::hooks::write_error),
        input_eof: Some(host::hooks::input_eof),
        set_raw_input: None,
    };
    let api = host::install(host::HostConfig::default());
    let code = code.to_string();
    let worker = std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || port_vibeos::run(api, hooks, &["vibepy", "-c", &code], 32 * 1024 * 1024))
        .unwrap();
    worker.join().unwrap()
}

fn read(root: &Path, name: &str) -> String {
    fs::read_to_string(root.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn python_files_over_the_host() {
    let root = std::env::temp_dir().join(format!("vibepy-pyfiles-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    fs::create_dir_all(&root).unwrap();
    host::install(host::HostConfig {
        root: root.clone(),
        cwd: b"/".to_vec(),
        ..host::HostConfig::default()
    });

    // Never closed, never flushed: written when the program ends.
    assert_eq!(run("f = open('unclosed.txt', 'w')\nf.write('kept')"), 0);
    assert_eq!(read(&root, "unclosed.txt"), "kept");
    // Also when the program ends with an uncaught exception.
    assert_eq!(run("f = open('failed.bin', 'ab')\nf.write(b'xy')\n1/0"), 1);
    assert_eq!(read(&root, "failed.bin"), "xy");
    // What an unclosed file holds reaches the disk when its path is opened again or
    // stat'ed (CPython's reference counting would have closed it).
    let code = "import os\nopen('late.txt', 'w').write('a')\nopen('other.txt', 'w').write('bc')\n\
                sizes = [os.stat('late.txt')[6], len(open('other.txt').read())]\n\
                f = open('pending.txt', 'w')\nf.write('d')\nsizes.append(os.stat('other.txt')[6])\n\
                g = open('seen.txt', 'w')\ng.write(repr(sizes) + open('late.txt').read())\ng.close()\n";
    assert_eq!(run(code), 0);
    assert_eq!(read(&root, "seen.txt"), "[1, 2, 2]a");
    assert_eq!(read(&root, "pending.txt"), "d");

    // Modes: append to existing content, overwrite in place with r+, seek back in 'w'.
    fs::write(root.join("log.txt"), "one\n").unwrap();
    let code = "with open('log.txt', 'a') as f:\n    f.write('two\\n')\n\
                with open('log.txt', 'r+') as f:\n    f.write('ONE')\n\
                with open('w.bin', 'wb') as f:\n    f.write(b'0123456789')\n    f.seek(2)\n    f.write(b'ab')\n";
    assert_eq!(run(code), 0);
    assert_eq!(read(&root, "log.txt"), "ONE\ntwo\n");
    assert_eq!(read(&root, "w.bin"), "01ab456789");

    // A file bigger than the read-ahead window, read back in odd-sized chunks and lines.
    let big: String = (0..3000).map(|i| format!("line {i} é€\n")).collect();
    fs::write(root.join("big.txt"), &big).unwrap();
    let code = "with open('big.txt', 'rb') as f:\n    data = b''\n    while True:\n        c = f.read(777)\n        if not c:\n            break\n        data += c\n\
                with open('copy.txt', 'wb') as f:\n    f.write(data)\n\
                n = 0\nfor line in open('big.txt'):\n    n += 1\n\
                with open('count.txt', 'w') as f:\n    f.write(str(n) + ' ' + str(len(open('big.txt').read())))\n";
    assert_eq!(run(code), 0);
    assert_eq!(read(&root, "copy.txt"), big);
    assert_eq!(
        read(&root, "count.txt"),
        format!("3000 {}", big.chars().count())
    );

    // os: directories, stat tuples, moves across directories, errors with errno.
    let code = "import os\nos.mkdir('d')\nos.mkdir('d/sub')\nopen('d/sub/f.txt', 'w').write('x')\n\
                open('d/sub/empty', 'w').close()\nos.remove('d/sub/empty')\n\
                os.rename('d/sub', 'moved')\nos.rename('moved/f.txt', 'd/f2.txt')\n\
                out = [sorted(os.listdir('d')), os.listdir('moved'), os.stat('d')[0], os.stat('d/f2.txt')[6]]\n\
                out.append(sorted(os.ilistdir('d')))\n\
                try:\n    os.rmdir('nope')\nexcept OSError as e:\n    out.append((type(e).__name__, e.errno, e.filename))\n\
                open('os.txt', 'w').write(repr(out))\n";
    assert_eq!(run(code), 0);
    assert_eq!(
        read(&root, "os.txt"),
        "[['f2.txt'], [], 16384, 1, [('f2.txt', 32768, 0, 1)], ('FileNotFoundError', 2, 'nope')]"
    );
    let _ = fs::remove_dir_all(&root);
}
