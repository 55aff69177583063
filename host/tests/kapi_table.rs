//! The host's kapi table driven through the kernel-api safe wrapper, as the port drives it:
//! files under a temporary root, the created-node slot, memory, time and the framebuffer.

use kernel_api::{Kapi, KapiError};
use std::fs;
use std::path::PathBuf;

fn kapi() -> (Kapi<'static>, PathBuf) {
    let root = std::env::temp_dir().join(format!("vibepy-kapi-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    fs::create_dir_all(&root).unwrap();
    let table = host::install(host::HostConfig {
        root: root.clone(),
        cwd: b"/".to_vec(),
        ..host::HostConfig::default()
    });
    // SAFETY: the host's entries follow KAPI.md and its data lives for the whole program.
    (unsafe { Kapi::new(table) }, root)
}

#[test]
fn the_host_table_through_the_safe_wrapper() {
    let (kapi, root) = kapi();
    assert_eq!(kapi.version(), 1);

    // Files: create, write (replaces), read, size fixed at open.
    kapi.mkdir(b"/py").unwrap();
    assert_eq!(kapi.mkdir(b"/py"), Err(KapiError::Failed));
    kapi.create(b"/py/a.txt").unwrap();
    let node = kapi.open(b"/py/a.txt").unwrap();
    node.write(b"first content").unwrap();
    node.write(b"second").unwrap();
    let mut buf = [0u8; 32];
    assert_eq!(node.read(&mut buf, 0), Ok(6));
    assert_eq!(&buf[..6], b"second");
    assert_eq!(node.size(), Ok(0));
    drop(node);
    assert_eq!(kapi.open(b"/py/a.txt").unwrap().size(), Ok(6));
    kapi.create(b"/py/a.txt").unwrap();
    assert_eq!(fs::read(root.join("py/a.txt")).unwrap(), b"second");

    // cwd and relative paths.
    kapi.set_cwd(b"py").unwrap();
    let mut cwd = [0u8; 64];
    assert_eq!(kapi.get_cwd(&mut cwd), Ok(&b"/py"[..]));
    assert_eq!(kapi.set_cwd(b"nowhere"), Err(KapiError::Failed));
    kapi.create(b"b.txt").unwrap();
    assert!(root.join("py/b.txt").exists());

    // readdir in sorted order with types.
    kapi.mkdir(b"sub").unwrap();
    let dir = kapi.open(b".").unwrap();
    assert!(dir.is_dir().unwrap());
    let mut name = [0u8; 64];
    let mut listing = Vec::new();
    for index in 0.. {
        match dir.read_dir(index, &mut name).unwrap() {
            Some(entry) => listing.push((name[..entry.name_len].to_vec(), entry.is_dir)),
            None => break,
        }
    }
    assert_eq!(
        listing,
        [
            (b"a.txt".to_vec(), false),
            (b"b.txt".to_vec(), false),
            (b"sub".to_vec(), true)
        ]
    );

    // rename in place, delete, delete_dir, delete_recursive.
    kapi.rename(b"b.txt", b"c.txt").unwrap();
    assert!(root.join("py/c.txt").exists());
    assert_eq!(kapi.delete(b"sub"), Err(KapiError::Failed));
    kapi.delete_dir(b"sub").unwrap();
    kapi.delete(b"c.txt").unwrap();
    assert_eq!(kapi.open(b"c.txt").err(), Some(KapiError::NotFound));
    kapi.set_cwd(b"/").unwrap();
    kapi.delete_recursive(b"/py").unwrap();
    assert!(!root.join("py").exists());

    // Memory and time.
    let block = kapi.malloc(64).unwrap();
    assert!(kapi.alloc_count().unwrap() >= 1);
    // SAFETY: the block came from this table's malloc.
    unsafe { kapi.free(block) }.unwrap();
    assert_eq!(kapi.malloc(0).err(), Some(KapiError::OutOfMemory));
    let dt = kapi.datetime().unwrap();
    assert!(dt.year >= 2024 && (1..=12).contains(&dt.month) && (0..=6).contains(&dt.weekday));
    assert!(kapi.timestamp().unwrap() > 1_700_000_000);
    assert_eq!(kapi.cpu_name().unwrap(), b"host");

    // Framebuffer, font and the windows a host lacks.
    let fb = kapi.framebuffer().unwrap();
    assert_eq!((fb.width(), fb.height()), (640, 480));
    fb.fill_rect(-10, -10, 20, 20, 0xff0000);
    assert_eq!(fb.pixel(9, 9), Some(0xff0000));
    assert_eq!(fb.pixel(10, 10), Some(0));
    let font = kapi.font().unwrap();
    fb.draw_text(100, 100, b"Hi", font, 0xffffff, None);
    let png = root.join("shot.png");
    host::save_png(&png).unwrap();
    assert!(fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    assert_eq!(
        kapi.window_create(0, 0, 100, 100, b"w").err(),
        Some(KapiError::Missing("window_create"))
    );
    assert_eq!(kapi.exec(b"/bin/ls"), Ok(-1));

    let _ = fs::remove_dir_all(&root);
}
