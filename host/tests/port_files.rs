//! The port's file layer (port_vibeos::files) over the host's kapi table: the errno each
//! failure maps to, whole-content writes, append, rename (moves across directories by copying), chdir.

use port_vibeos::files::{Errno, Files, OpenMode};
use std::fs;

#[test]
fn the_port_file_layer_over_the_host() {
    let root = std::env::temp_dir().join(format!("vibepy-port-files-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    fs::create_dir_all(&root).unwrap();
    let table = host::install(host::HostConfig {
        root: root.clone(),
        cwd: b"/".to_vec(),
        ..host::HostConfig::default()
    });
    // SAFETY: the host's entries follow KAPI.md and its data lives for the whole program.
    let files = Files::new(unsafe { kernel_api::Kapi::new(table) });

    // open() preparation per mode.
    assert_eq!(
        files.prepare_open(b"/a.txt", OpenMode::Read).err(),
        Some(Errno::ENOENT)
    );
    let path = files.prepare_open(b"a.txt", OpenMode::Write).unwrap();
    assert_eq!(path.as_bytes(), b"/a.txt");
    assert_eq!(files.stat(b"a.txt").unwrap().size, 0);
    assert_eq!(
        files.prepare_open(b"a.txt", OpenMode::Exclusive).err(),
        Some(Errno::EEXIST)
    );
    assert_eq!(
        files.prepare_open(b"/", OpenMode::Read).err(),
        Some(Errno::EISDIR)
    );
    assert_eq!(
        files.prepare_open(b"/nodir/x", OpenMode::Write).err(),
        Some(Errno::ENOENT)
    );

    // Whole-content writes, ranged reads, append.
    files.write_all(b"a.txt", b"hello").unwrap();
    files.write_all(b"a.txt", b"hey").unwrap();
    assert_eq!(files.read_all(b"a.txt").unwrap(), b"hey");
    files.append(b"a.txt", b" you").unwrap();
    files.append(b"new.txt", b"fresh").unwrap();
    assert_eq!(fs::read(root.join("a.txt")).unwrap(), b"hey you");
    assert_eq!(fs::read(root.join("new.txt")).unwrap(), b"fresh");
    let mut buf = [0u8; 3];
    assert_eq!(files.read_at(b"a.txt", 4, &mut buf), Ok(3));
    assert_eq!(&buf, b"you");
    assert_eq!(files.read_at(b"a.txt", 40, &mut buf), Ok(0));
    assert_eq!(
        files
            .prepare_open(b"a.txt", OpenMode::Append)
            .unwrap()
            .as_bytes(),
        b"/a.txt"
    );
    assert_eq!(files.read_all(b"a.txt").unwrap(), b"hey you");
    files.prepare_open(b"a.txt", OpenMode::Write).unwrap();
    assert_eq!(files.read_all(b"a.txt").unwrap(), b"");

    // Directories.
    files.mkdir(b"d").unwrap();
    assert_eq!(files.mkdir(b"d"), Err(Errno::EEXIST));
    assert_eq!(files.mkdir(b"/x/y"), Err(Errno::ENOENT));
    assert_eq!(files.mkdir(b"a.txt/y"), Err(Errno::ENOTDIR));
    assert_eq!(files.read_all(b"d").err(), Some(Errno::EISDIR));
    assert_eq!(files.write_all(b"d", b"x"), Err(Errno::EISDIR));
    files.write_all(b"d/inner.py", b"print(1)").unwrap();
    assert_eq!(files.rmdir(b"d"), Err(Errno::ENOTEMPTY));
    assert_eq!(files.rmdir(b"a.txt"), Err(Errno::ENOTDIR));
    assert_eq!(files.rmdir(b"missing"), Err(Errno::ENOENT));
    assert_eq!(files.remove(b"d"), Err(Errno::EISDIR));
    assert_eq!(files.remove(b"missing"), Err(Errno::ENOENT));
    let mut names = Vec::new();
    files
        .listdir(b"/", |name, is_dir| {
            names.push((name.to_vec(), is_dir));
            Ok(())
        })
        .unwrap();
    assert_eq!(
        names,
        [
            (b"a.txt".to_vec(), false),
            (b"d".to_vec(), true),
            (b"new.txt".to_vec(), false)
        ]
    );
    assert_eq!(files.listdir(b"a.txt", |_, _| Ok(())), Err(Errno::ENOTDIR));

    // chdir / getcwd and relative paths.
    files.chdir(b"d").unwrap();
    assert_eq!(files.getcwd().unwrap().as_bytes(), b"/d");
    assert_eq!(files.read_all(b"inner.py").unwrap(), b"print(1)");
    assert_eq!(files.chdir(b"inner.py"), Err(Errno::ENOTDIR));
    assert_eq!(files.chdir(b"nope"), Err(Errno::ENOENT));
    files.chdir(b"..").unwrap();

    // rename: in place, replacing a file, or across directories by copying.
    files.rename(b"new.txt", b"renamed.txt").unwrap();
    assert!(root.join("renamed.txt").exists() && !root.join("new.txt").exists());
    files.rename(b"renamed.txt", b"a.txt").unwrap();
    assert_eq!(files.read_all(b"a.txt").unwrap(), b"fresh");
    files.rename(b"a.txt", b"d/a.txt").unwrap();
    assert_eq!(files.read_all(b"d/a.txt").unwrap(), b"fresh");
    files.rename(b"d/a.txt", b"a.txt").unwrap();
    assert_eq!(files.rename(b"missing", b"x"), Err(Errno::ENOENT));
    assert_eq!(files.rename(b"a.txt", b"d"), Err(Errno::EISDIR));
    assert_eq!(files.rename(b"d", b"d/inside"), Err(Errno::EINVAL));
    assert_eq!(files.rename(b"d", b"a.txt"), Err(Errno::ENOTDIR));
    assert_eq!(files.rename(b"a.txt", b"nowhere/a.txt"), Err(Errno::ENOENT));
    files.mkdir(b"e").unwrap();
    files.rename(b"d", b"e/moved").unwrap();
    assert!(!root.join("d").exists());
    assert_eq!(files.read_all(b"e/moved/inner.py").unwrap(), b"print(1)");
    files.mkdir(b"d").unwrap();
    files.rename(b"e/moved", b"d").unwrap();
    files.rmdir(b"e").unwrap();

    files.remove(b"d/inner.py").unwrap();
    files.rmdir(b"d").unwrap();
    assert!(!root.join("d").exists());
    let _ = fs::remove_dir_all(&root);
}
