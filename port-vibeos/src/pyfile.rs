//! File objects: what `open()` returns (`TextIOWrapper`, `BufferedReader`, `BufferedWriter`,
//! `BufferedRandom`, one native layout), and the registry that flushes unclosed files when
//! a program ends.
//!
//! kapi `write` replaces a whole file, so nothing is written until `flush`/`close`/`__exit__`
//! (or the end of the program). A file object keeps one GC byte buffer covering the file
//! offsets `[buf_start, buf_start + buf_len)`, used in one of three ways:
//! - read-only files: a read-ahead window refilled with kapi `read` at any offset, so a
//!   large file is never held whole;
//! - write-only files ('w', 'x', 'a'): the bytes written after the end of the file on disk
//!   (`buf_start` is its size); a flush appends them. A write anywhere else (after `seek`)
//!   or `truncate` loads the file and turns the buffer into the next form;
//! - files opened with '+' (and write-only files after such a write): the whole content,
//!   `buf_start` 0, written back whole on flush.
//!
//! Positions are byte offsets, in text mode too (CPython's text `tell` cookies are byte
//! offsets for UTF-8 as well). Text is UTF-8; `newline` works as in CPython (reading
//! translates '\r\n' and '\r' by default; writing keeps '\n', VibeOS's line separator).
//! `UnsupportedOperation` (reading a write-only file...) is a subclass of OSError only
//! (CPython's `io.UnsupportedOperation` is also a ValueError).

use crate::files::{is_inside, join, Errno, OpenMode};
use crate::pyfs::{files, os_error, path_bytes};
use alloc::vec::Vec;
use core::cell::Cell;
use vm::builtin_fn;
use vm::builtins::args::{arg_or_keyword, check_count, no_keywords, only_keywords};
use vm::builtins::bytes_methods::{bytes_data, ByteArrayObj};
use vm::gc::heap::Heap;
use vm::interp::{ops, PyErr, PyResult, Vm};
use vm::objects::bytes::{new_bytes, new_raw_bytes_zeroed, RawBytes};
use vm::objects::exception;
use vm::objects::list::{new_list_with_capacity, ListObj};
use vm::objects::str::{new_str, str_of, StrBuilder};
use vm::objects::type_object::{type_flags, Member, TypeObject, TypeSlots};
use vm::objects::{HeapObject, Layout, Obj, ObjHeader};
use vm::qstr::{self, Qstr};
use vm::value::Value;

/// Bytes read ahead from a read-only file at a time.
const WINDOW: usize = 4096;
/// Smallest buffer given to written data.
const MIN_BUFFER: usize = 64;

/// `FileObj::flags` bits.
mod flag {
    pub const READ: u32 = 1;
    pub const WRITE: u32 = 2;
    /// Writes go to the end whatever the position ('a').
    pub const APPEND: u32 = 4;
    pub const BINARY: u32 = 8;
    pub const CLOSED: u32 = 16;
    /// The buffer holds bytes not yet on disk.
    pub const DIRTY: u32 = 32;
    /// The buffer holds the whole file (`buf_start` 0).
    pub const WHOLE: u32 = 64;
    /// Text that cannot be decoded becomes U+FFFD, or encoded '?' ('replace') ...
    pub const ERRORS_REPLACE: u32 = 128;
    /// ... or are dropped ('ignore'); neither: 'strict'.
    pub const ERRORS_IGNORE: u32 = 256;
    /// `Newline` of a text file, in these bits.
    pub const NEWLINE_SHIFT: u32 = 9;
    pub const NEWLINE_MASK: u32 = 7 << NEWLINE_SHIFT;
    /// A text file in Latin-1 ...
    pub const LATIN1: u32 = 1 << 12;
    /// ... or ASCII (one byte a character); neither: UTF-8.
    pub const ASCII: u32 = 1 << 13;
}

/// The `newline` argument of a text file (binary files read like `Lf`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newline {
    /// None: reading turns '\r\n' and '\r' into '\n'; writing leaves '\n' (VibeOS's
    /// line separator).
    Translate,
    /// '': lines end at '\n', '\r' or '\r\n', nothing is translated.
    Any,
    /// '\n': lines end at '\n', nothing is translated.
    Lf,
    /// '\r': lines end at '\r'; writing turns '\n' into '\r'.
    Cr,
    /// '\r\n': lines end at '\r\n'; writing turns '\n' into '\r\n'.
    CrLf,
}

impl Newline {
    const ALL: [Newline; 5] = [
        Newline::Translate,
        Newline::Any,
        Newline::Lf,
        Newline::Cr,
        Newline::CrLf,
    ];

    /// The `newline` argument's meaning; `None` if it is not one Python accepts.
    pub fn parse(arg: Option<&str>) -> Option<Newline> {
        Some(match arg {
            None => Newline::Translate,
            Some("") => Newline::Any,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(_) => return None,
        })
    }

    fn bits(self) -> u32 {
        let index = Newline::ALL.iter().position(|&n| n == self).unwrap_or(0);
        (index as u32) << flag::NEWLINE_SHIFT
    }

    fn from_flags(flags: u32) -> Newline {
        let index = ((flags & flag::NEWLINE_MASK) >> flag::NEWLINE_SHIFT) as usize;
        Newline::ALL
            .get(index)
            .copied()
            .unwrap_or(Newline::Translate)
    }

    /// True if '\n' alone ends a line.
    fn lf_ends_line(self) -> bool {
        matches!(self, Newline::Translate | Newline::Any | Newline::Lf)
    }

    /// True if '\r' needs a look at what follows it.
    fn handles_cr(self) -> bool {
        !matches!(self, Newline::Lf)
    }

    /// What '\n' becomes when written.
    fn written_lf(self) -> &'static [u8] {
        match self {
            Newline::Cr => b"\r",
            Newline::CrLf => b"\r\n",
            _ => b"\n",
        }
    }
}

#[repr(C)]
pub struct FileObj {
    pub header: ObjHeader,
    /// The `file` argument of `open()`.
    name: Cell<Value>,
    /// `mode` as CPython reports it.
    mode: Cell<Value>,
    /// The `encoding` argument of `open()`, NULL if not given.
    encoding: Cell<Value>,
    /// RawBytes: the absolute path, so `chdir` does not change which file this is.
    path: Cell<Value>,
    /// RawBytes (see the module documentation), NULL until needed and after `close`.
    buf: Cell<Value>,
    buf_len: Cell<usize>,
    buf_start: Cell<usize>,
    pos: Cell<usize>,
    flags: Cell<u32>,
}

// SAFETY: repr(C), starts with ObjHeader; objects of the file types are made only here.
unsafe impl HeapObject for FileObj {
    const LAYOUT: Layout = Layout::File;
}

impl FileObj {
    fn has(&self, bits: u32) -> bool {
        self.flags.get() & bits != 0
    }

    fn set(&self, bits: u32) {
        self.flags.set(self.flags.get() | bits);
    }

    fn clear(&self, bits: u32) {
        self.flags.set(self.flags.get() & !bits);
    }

    fn path<'a>(&self) -> &'a [u8] {
        Obj::<RawBytes>::from_value(self.path.get())
            .map(|p| p.get().data())
            .unwrap_or(&[])
    }

    /// The buffer's valid bytes.
    fn buffered<'a>(&self) -> &'a [u8] {
        Obj::<RawBytes>::from_value(self.buf.get())
            .and_then(|b| b.get().data().get(..self.buf_len.get()))
            .unwrap_or(&[])
    }

    fn capacity(&self) -> usize {
        Obj::<RawBytes>::from_value(self.buf.get()).map_or(0, |b| b.get().len())
    }

    /// The file offset just past the buffered bytes.
    fn buf_end(&self) -> usize {
        self.buf_start.get().saturating_add(self.buf_len.get())
    }
}

fn trace_file(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a file object.
    let f = unsafe { &*(obj as *const FileObj) };
    for v in [
        f.name.get(),
        f.mode.get(),
        f.encoding.get(),
        f.path.get(),
        f.buf.get(),
    ] {
        heap.mark_value(v);
    }
}

static FILE_SLOTS: TypeSlots = TypeSlots {
    repr: Some(file_repr),
    getattr: Some(file_getattr),
    iter: Some(file_iter),
    iternext: Some(file_iternext),
    ..TypeSlots::EMPTY
};

macro_rules! file_type {
    ($static_name:ident, $name:ident, $members:expr) => {
        pub static $static_name: TypeObject = TypeObject::builtin(
            qstr::$name,
            Layout::File,
            Some(&vm::objects::instance::OBJECT_TYPE),
            &FILE_SLOTS,
            $members,
            trace_file,
            0,
        );
    };
}

file_type!(TEXT_FILE_TYPE, TextIOWrapper, TEXT_MEMBERS);
file_type!(READER_TYPE, BufferedReader, BINARY_MEMBERS);
file_type!(WRITER_TYPE, BufferedWriter, BINARY_MEMBERS);
file_type!(RANDOM_TYPE, BufferedRandom, BINARY_MEMBERS);

/// `io.UnsupportedOperation`, with OSError as its one base.
pub static UNSUPPORTED_OPERATION: TypeObject = TypeObject::builtin(
    qstr::UnsupportedOperation,
    Layout::Exception,
    Some(&exception::OS_ERROR),
    &exception::EXCEPTION_SLOTS,
    exception::EXCEPTION_MEMBERS,
    exception::trace_exception,
    type_flags::BASETYPE | type_flags::EXCEPTION | type_flags::HAS_DICT,
);

// ---- mode strings ---------------------------------------------------------------------

/// A parsed `open()` mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModeSpec {
    pub open: OpenMode,
    pub plus: bool,
    pub binary: bool,
}

impl ModeSpec {
    fn readable(self) -> bool {
        self.open == OpenMode::Read || self.plus
    }

    fn writable(self) -> bool {
        self.open != OpenMode::Read || self.plus
    }

    /// `mode` of a binary file, as CPython's FileIO spells it ('w+b' is 'rb+').
    fn binary_name(self) -> &'static str {
        match (self.open, self.plus) {
            (OpenMode::Read, false) => "rb",
            (OpenMode::Write, false) => "wb",
            (OpenMode::Exclusive, false) => "xb",
            (OpenMode::Append, false) => "ab",
            (OpenMode::Read | OpenMode::Write, true) => "rb+",
            (OpenMode::Exclusive, true) => "xb+",
            (OpenMode::Append, true) => "ab+",
        }
    }
}

/// Why a mode string is refused (CPython's ValueError messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModeError {
    /// "invalid mode: '...'"
    Invalid,
    OneOfCreateReadWriteAppend,
    OneOfAndPlus,
    TextAndBinary,
}

pub fn parse_mode(mode: &str) -> Result<ModeSpec, ModeError> {
    let mut seen = 0u8;
    let mut open = None;
    let mut kinds = 0;
    for c in mode.chars() {
        let bit = match c {
            'r' => 1,
            'w' => 2,
            'x' => 4,
            'a' => 8,
            '+' => 16,
            't' => 32,
            'b' => 64,
            _ => return Err(ModeError::Invalid),
        };
        if seen & bit != 0 {
            return Err(ModeError::Invalid);
        }
        seen |= bit;
        let kind = match c {
            'r' => OpenMode::Read,
            'w' => OpenMode::Write,
            'x' => OpenMode::Exclusive,
            'a' => OpenMode::Append,
            _ => continue,
        };
        open = Some(kind);
        kinds += 1;
    }
    let binary = seen & 64 != 0;
    if binary && seen & 32 != 0 {
        return Err(ModeError::TextAndBinary);
    }
    match (open, kinds) {
        (Some(open), 1) => Ok(ModeSpec {
            open,
            plus: seen & 16 != 0,
            binary,
        }),
        (None, _) => Err(ModeError::OneOfAndPlus),
        _ => Err(ModeError::OneOfCreateReadWriteAppend),
    }
}

fn mode_error(vm: &mut Vm, error: ModeError, mode: &str) -> PyErr {
    match error {
        ModeError::Invalid => vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!("invalid mode: '{}'", mode),
        ),
        ModeError::OneOfCreateReadWriteAppend => {
            vm.value_error("must have exactly one of create/read/write/append mode")
        }
        ModeError::OneOfAndPlus => vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ),
        ModeError::TextAndBinary => vm.value_error("can't have text and binary mode at once"),
    }
}

/// The text encodings files support.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

impl Encoding {
    /// The encoding CPython finds under `name` (case and '_'/'-' do not matter), if it is
    /// one of these.
    pub fn lookup(name: &str) -> Option<Encoding> {
        let mut normal = [0u8; 10];
        let folded = normal.get_mut(..name.len())?;
        for (dst, b) in folded.iter_mut().zip(name.bytes()) {
            *dst = if b == b'_' {
                b'-'
            } else {
                b.to_ascii_lowercase()
            };
        }
        Some(match &*folded {
            b"utf-8" | b"utf8" | b"u8" | b"utf" | b"cp65001" => Encoding::Utf8,
            b"latin-1" | b"latin1" | b"latin" | b"l1" | b"iso-8859-1" | b"iso8859-1" | b"8859"
            | b"cp819" => Encoding::Latin1,
            b"ascii" | b"us-ascii" | b"646" => Encoding::Ascii,
            _ => return None,
        })
    }

    fn flags(self) -> u32 {
        match self {
            Encoding::Utf8 => 0,
            Encoding::Latin1 => flag::LATIN1,
            Encoding::Ascii => flag::ASCII,
        }
    }

    fn of(f: &FileObj) -> Encoding {
        if f.has(flag::LATIN1) {
            Encoding::Latin1
        } else if f.has(flag::ASCII) {
            Encoding::Ascii
        } else {
            Encoding::Utf8
        }
    }

    /// CPython's name in codec errors.
    fn codec(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
        }
    }

    /// The first code point it cannot hold.
    fn limit(self) -> u32 {
        match self {
            Encoding::Utf8 => 0x11_0000,
            Encoding::Latin1 => 0x100,
            Encoding::Ascii => 0x80,
        }
    }
}

// ---- open() ---------------------------------------------------------------------------

/// An optional str argument of `open()` (None or absent: `None`).
fn optional_str<'a>(vm: &mut Vm, value: Option<Value>, what: &str) -> PyResult<Option<&'a str>> {
    let Some(v) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    match str_of(vm, v) {
        Some(text) => Ok(Some(text)),
        None => {
            let type_name = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "open() argument '{}' must be str or None, not {}",
                    what, type_name
                ),
            ))
        }
    }
}

/// The arguments of `open()`, checked for type.
struct OpenArgs<'a> {
    file: Value,
    mode: &'a str,
    buffering: i64,
    /// The `encoding` value (NULL if not given) and its text.
    encoding_value: Value,
    encoding: Option<&'a str>,
    errors: Option<&'a str>,
    newline: Option<&'a str>,
}

fn open_args<'a>(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<OpenArgs<'a>> {
    only_keywords(
        vm,
        "open",
        kw,
        &[
            qstr::file,
            qstr::mode,
            qstr::buffering,
            qstr::encoding,
            qstr::errors,
            qstr::newline,
        ],
    )?;
    check_count(vm, "open", args, 0, 6)?;
    let arg = |i, name| arg_or_keyword(vm, args, kw, i, name);
    let (file, mode_value, buffering, encoding_value, errors, newline) = (
        arg(0, qstr::file),
        arg(1, qstr::mode),
        arg(2, qstr::buffering),
        arg(3, qstr::encoding),
        arg(4, qstr::errors),
        arg(5, qstr::newline),
    );
    let Some(file) = file else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let mode = match mode_value.filter(|m| !m.is_none()) {
        None => "r",
        Some(m) => match str_of(vm, m) {
            Some(text) => text,
            None => {
                let type_name = vm.type_name(m);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("open() argument 'mode' must be str, not {}", type_name),
                ));
            }
        },
    };
    let buffering = match buffering {
        Some(b) => ops::index_value(vm, b)?,
        None => -1,
    };
    let encoding = optional_str(vm, encoding_value, "encoding")?;
    Ok(OpenArgs {
        file,
        mode,
        buffering,
        encoding_value: encoding.and(encoding_value).unwrap_or(Value::NULL),
        encoding,
        errors: optional_str(vm, errors, "errors")?,
        newline: optional_str(vm, newline, "newline")?,
    })
}

/// The flags of a file opened with `spec` and the text arguments of `args`.
fn file_flags(vm: &mut Vm, spec: ModeSpec, args: &OpenArgs<'_>) -> PyResult<u32> {
    let mut flags = 0;
    if spec.readable() {
        flags |= flag::READ;
    }
    if spec.writable() {
        flags |= flag::WRITE;
    }
    if spec.open == OpenMode::Append {
        flags |= flag::APPEND;
    }
    if spec.binary {
        for (given, what) in [
            (args.encoding.is_some(), "an encoding"),
            (args.errors.is_some(), "an errors"),
            (args.newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(vm.new_exception_fmt(
                    &exception::VALUE_ERROR,
                    format_args!("binary mode doesn't take {} argument", what),
                ));
            }
        }
        return Ok(flags | flag::BINARY);
    }
    if args.buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    if let Some(name) = args.encoding {
        match Encoding::lookup(name) {
            Some(known) => flags |= known.flags(),
            None => {
                return Err(vm.new_exception_fmt(
                    &exception::LOOKUP_ERROR,
                    format_args!("unknown encoding: {}", name),
                ))
            }
        }
    }
    flags |= match args.errors {
        None | Some("strict") => 0,
        Some("replace") => flag::ERRORS_REPLACE,
        Some("ignore") => flag::ERRORS_IGNORE,
        Some(other) => {
            return Err(vm.new_exception_fmt(
                &exception::LOOKUP_ERROR,
                format_args!("unknown error handler name '{}'", other),
            ))
        }
    };
    match Newline::parse(args.newline) {
        Some(nl) => Ok(flags | nl.bits()),
        None => Err(vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!("illegal newline value: {}", args.newline.unwrap_or("")),
        )),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn py_open(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = open_args(vm, args, kw)?;
    let spec = parse_mode(args.mode).map_err(|e| mode_error(vm, e, args.mode))?;
    let flags = file_flags(vm, spec, &args)?;
    let file = args.file;
    let path = match path_bytes(vm, file) {
        Some(p) => p,
        None if file.as_small_int().is_some() => {
            return Err(os_error(vm, Errno::EBADF, Value::NULL));
        }
        None => {
            let type_name = vm.type_name(file);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "expected str, bytes or os.PathLike object, not {}",
                    type_name
                ),
            ));
        }
    };
    flush_path(vm, path, false);
    let fs = files(vm)?;
    let absolute = fs
        .prepare_open(path, spec.open)
        .map_err(|e| os_error(vm, e, file))?;
    // A write-only append buffer starts at the end of the file.
    let start = match spec.open {
        OpenMode::Append => {
            fs.stat(absolute.as_bytes())
                .map_err(|e| os_error(vm, e, file))?
                .size
        }
        _ => 0,
    };
    let path_value = vm::objects::bytes::new_raw_bytes(vm, absolute.as_bytes())?.as_value();
    let (ty, mode_value): (&'static TypeObject, Value) = if spec.binary {
        let ty: &'static TypeObject = match (spec.readable(), spec.writable()) {
            (true, true) => &RANDOM_TYPE,
            (false, true) => &WRITER_TYPE,
            _ => &READER_TYPE,
        };
        (ty, new_str(vm, spec.binary_name())?)
    } else {
        (&TEXT_FILE_TYPE, new_str(vm, args.mode)?)
    };
    let f = vm.alloc(FileObj {
        header: ObjHeader::new(ty),
        name: Cell::new(file),
        mode: Cell::new(mode_value),
        encoding: Cell::new(args.encoding_value),
        path: Cell::new(path_value),
        buf: Cell::new(Value::NULL),
        buf_len: Cell::new(0),
        buf_start: Cell::new(start),
        pos: Cell::new(start),
        flags: Cell::new(flags),
    })?;
    if spec.plus {
        load_whole(vm, f.get())?;
        if spec.open == OpenMode::Append {
            f.pos.set(f.buf_len.get());
        }
    }
    if spec.writable() {
        register(vm, f.as_value())?;
    }
    Ok(f.as_value())
}

// ---- the open-file registry ------------------------------------------------------------

/// Remember an open writable file (in `Vm::port_root`) so that the end of the program
/// flushes it even if it was never closed.
fn register(vm: &mut Vm, file: Value) -> PyResult<()> {
    if Obj::<ListObj>::from_value(vm.port_root).is_none() {
        vm.port_root = new_list_with_capacity(vm, 4)?.as_value();
    }
    match Obj::<ListObj>::from_value(vm.port_root) {
        Some(list) => list.push(vm, file),
        None => Ok(()),
    }
}

fn unregister(vm: &Vm, file: Value) {
    if let Some(list) = Obj::<ListObj>::from_value(vm.port_root) {
        if let Some(index) = list.items().iter().position(|item| item.get() == file) {
            list.remove_at(index);
        }
    }
}

/// Close every file still open for writing, writing what it holds (at the end of a
/// program, before a REPL soft reset). Failures are reported on stderr: nothing else can
/// be done with them.
pub fn flush_open_files(vm: &mut Vm) {
    while let Some(file) = Obj::<ListObj>::from_value(vm.port_root).and_then(|l| l.get().get(0)) {
        let Some(f) = Obj::<FileObj>::from_value(file) else {
            unregister(vm, file);
            continue;
        };
        let closed = close(vm, f.get());
        unregister(vm, file);
        if let Err(e) = closed {
            let mut text = StrBuilder::new();
            let written = (|| {
                text.push_str(vm, "vibepy: data of an unclosed file was lost: ")?;
                exception::write_message(vm, e.0, &mut text)?;
                text.push_str(vm, "\n")
            })();
            let message = match (written, text.as_str()) {
                (Ok(()), Some(s)) => s,
                _ => "vibepy: data of an unclosed file was lost\n",
            };
            vm.hal.write_stderr(message.as_bytes());
        }
    }
}

/// Write out every file open for writing (`os.sync`).
pub fn flush_all(vm: &mut Vm) -> PyResult<()> {
    let Some(list) = Obj::<ListObj>::from_value(vm.port_root) else {
        return Ok(());
    };
    let mut index = 0;
    while let Some(file) = list.get().get(index) {
        if let Some(f) = Obj::<FileObj>::from_value(file) {
            flush(vm, f.get())?;
        }
        index += 1;
    }
    Ok(())
}

/// Write out what files open for writing hold for `path` (and, with `with_children`, for
/// paths under it), so that `open(p, 'w').write(s)` is seen by the next `open(p)` or
/// `os.stat(p)` although nothing closed the file (CPython's reference counting would
/// have). Best effort: a failure stays pending and is reported by the file's own flush.
pub fn flush_path(vm: &mut Vm, path: &[u8], with_children: bool) {
    let Some(list) = Obj::<ListObj>::from_value(vm.port_root) else {
        return;
    };
    let Ok(fs) = files(vm) else {
        return;
    };
    let Ok(wanted) = fs.absolute(path) else {
        return;
    };
    let mut index = 0;
    while let Some(file) = list.get().get(index) {
        index += 1;
        let Some(f) = Obj::<FileObj>::from_value(file) else {
            continue;
        };
        let Ok(own) = join(b"/", f.get().path()) else {
            continue;
        };
        let matches = own.as_bytes().eq_ignore_ascii_case(wanted.as_bytes())
            || (with_children && is_inside(&own, &wanted));
        if matches && f.get().has(flag::DIRTY) {
            let _ = flush(vm, f.get());
        }
    }
}

// ---- buffer management -----------------------------------------------------------------

/// The bytes available at file offset `offset` (empty at the end of the file), refilling
/// a read-only file's window from disk when `offset` is outside it.
fn chunk_at<'a>(vm: &mut Vm, f: &FileObj, offset: usize) -> PyResult<&'a [u8]> {
    let data: &'a [u8] = f.buffered();
    if let Some(inside) = offset
        .checked_sub(f.buf_start.get())
        .filter(|&at| at < data.len())
    {
        return Ok(data.get(inside..).unwrap_or(&[]));
    }
    if f.has(flag::WHOLE) {
        return Ok(&[]);
    }
    let window = match Obj::<RawBytes>::from_value(f.buf.get()) {
        Some(window) => window,
        None => {
            let window = new_raw_bytes_zeroed(vm, WINDOW)?;
            f.buf.set(window.as_value());
            window
        }
    };
    let got = files(vm)?
        .read_at(f.path(), offset, window.get().data_mut())
        .map_err(|e| os_error(vm, e, f.name.get()))?;
    f.buf_start.set(offset);
    f.buf_len.set(got);
    Ok(window.get().data().get(..got).unwrap_or(&[]))
}

/// Make the buffer hold at least `needed` bytes, keeping its content.
fn reserve(vm: &mut Vm, f: &FileObj, needed: usize) -> PyResult<()> {
    let capacity = f.capacity();
    if needed <= capacity {
        return Ok(());
    }
    let grown = needed.max(capacity.saturating_mul(2)).max(MIN_BUFFER);
    // Doubling keeps appends cheap; when the heap has no room for it, the exact size
    // may still fit.
    let fresh = match new_raw_bytes_zeroed(vm, grown) {
        Ok(fresh) => fresh,
        Err(_) if grown > needed => new_raw_bytes_zeroed(vm, needed)?,
        Err(e) => return Err(e),
    };
    let old = f.buffered();
    if let Some(dst) = fresh.get().data_mut().get_mut(..old.len()) {
        dst.copy_from_slice(old);
    }
    f.buf.set(fresh.as_value());
    Ok(())
}

/// Read the whole file into the buffer (after writing out what a write-only buffer holds).
fn load_whole(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    flush(vm, f)?;
    let fs = files(vm)?;
    let size = fs
        .stat(f.path())
        .map_err(|e| os_error(vm, e, f.name.get()))?
        .size;
    f.buf.set(Value::NULL);
    f.buf_start.set(0);
    f.buf_len.set(0);
    reserve(vm, f, size)?;
    loop {
        let len = f.buf_len.get();
        if len == f.capacity() {
            // Full: grow only if the file has grown since `stat`.
            let mut probe = [0u8; 1];
            let more = fs
                .read_at(f.path(), len, &mut probe)
                .map_err(|e| os_error(vm, e, f.name.get()))?;
            if more == 0 {
                break;
            }
            reserve(vm, f, len.saturating_add(WINDOW))?;
        }
        let Some(room) = Obj::<RawBytes>::from_value(f.buf.get())
            .and_then(|b| b.get().data_mut().get_mut(len..))
        else {
            break;
        };
        let got = fs
            .read_at(f.path(), len, room)
            .map_err(|e| os_error(vm, e, f.name.get()))?;
        if got == 0 {
            break;
        }
        f.buf_len.set(len + got);
    }
    f.set(flag::WHOLE);
    Ok(())
}

/// Put `data` at the file offset where the next write goes; the new position follows it.
fn put(vm: &mut Vm, f: &FileObj, data: &[u8]) -> PyResult<()> {
    let at = if f.has(flag::APPEND) {
        if f.has(flag::WHOLE) {
            f.buf_len.get()
        } else {
            f.buf_end()
        }
    } else {
        f.pos.get()
    };
    // A write-only buffer only grows at the end of the file.
    if !f.has(flag::WHOLE) && at != f.buf_end() {
        load_whole(vm, f)?;
    }
    let start = at
        .checked_sub(f.buf_start.get())
        .ok_or_else(|| vm.memory_error())?;
    let end = start
        .checked_add(data.len())
        .ok_or_else(|| vm.memory_error())?;
    reserve(vm, f, end)?;
    let len = f.buf_len.get();
    // No buffer yet means nothing to store (`end` is 0).
    if let Some(buffer) = Obj::<RawBytes>::from_value(f.buf.get()) {
        let bytes = buffer.get().data_mut();
        if let Some(gap) = bytes.get_mut(len..start) {
            gap.fill(0);
        }
        if let Some(dst) = bytes.get_mut(start..end) {
            dst.copy_from_slice(data);
        }
    }
    f.buf_len.set(len.max(end));
    f.pos.set(f.buf_start.get() + end);
    if !data.is_empty() || start > len {
        f.set(flag::DIRTY);
    }
    Ok(())
}

/// Write what the buffer holds that the disk does not.
fn flush(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    if !f.has(flag::DIRTY) {
        return Ok(());
    }
    let fs = files(vm)?;
    let written = if f.has(flag::WHOLE) {
        fs.write_all(f.path(), f.buffered())
    } else {
        fs.append(f.path(), f.buffered())
    };
    written.map_err(|e| os_error(vm, e, f.name.get()))?;
    if !f.has(flag::WHOLE) {
        f.buf_start.set(f.buf_end());
        f.buf_len.set(0);
    }
    f.clear(flag::DIRTY);
    Ok(())
}

/// Flush, then close whatever happens (as CPython does), dropping the buffer.
fn close(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    if f.has(flag::CLOSED) {
        return Ok(());
    }
    let flushed = flush(vm, f);
    f.set(flag::CLOSED);
    f.buf.set(Value::NULL);
    f.buf_len.set(0);
    if f.has(flag::WRITE) {
        let me = Value::from_ptr(f as *const FileObj);
        unregister(vm, me);
    }
    flushed
}

/// The size of the file as this object sees it.
fn size(vm: &mut Vm, f: &FileObj) -> PyResult<usize> {
    if f.has(flag::WHOLE) {
        return Ok(f.buf_len.get());
    }
    if f.has(flag::WRITE) {
        return Ok(f.buf_end());
    }
    let stat = files(vm)?
        .stat(f.path())
        .map_err(|e| os_error(vm, e, f.name.get()))?;
    Ok(stat.size)
}

// ---- reading ---------------------------------------------------------------------------

/// How much of `chunk` one read takes: `(bytes, finished)`. `units` counts what was
/// already taken (bytes, or characters in text mode, whose continuation bytes never
/// start a unit); the read stops before unit number `limit`, after a '\n' if `lf_line`,
/// and before a '\r' if `stop_at_cr` (the caller decides what a '\r' is).
pub fn take_from(
    chunk: &[u8],
    text: bool,
    units: &mut usize,
    limit: Option<usize>,
    lf_line: bool,
    stop_at_cr: bool,
) -> (usize, bool) {
    for (taken, &b) in chunk.iter().enumerate() {
        if stop_at_cr && b == b'\r' {
            return (taken, false);
        }
        let starts_unit = !text || b & 0xC0 != 0x80;
        if starts_unit {
            if limit == Some(*units) {
                return (taken, true);
            }
            *units += 1;
        }
        if lf_line && b == b'\n' {
            return (taken + 1, true);
        }
    }
    (chunk.len(), false)
}

fn push_byte(vm: &mut Vm, out: &mut Vec<u8>, b: u8) -> PyResult<()> {
    out.try_reserve(1).map_err(|_| vm.memory_error())?;
    out.push(b);
    Ok(())
}

/// Read from the position: up to `limit` units (all if `None`), stopping after a line
/// end if `line`. Text files translate and split lines as their `Newline` says.
fn collect(vm: &mut Vm, f: &FileObj, limit: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
    let text = !f.has(flag::BINARY);
    // take_from counts characters by UTF-8 lead bytes; other encodings are a byte each.
    let utf8_text = text && Encoding::of(f) == Encoding::Utf8;
    let newline = if text {
        Newline::from_flags(f.flags.get())
    } else {
        Newline::Lf
    };
    let mut out = Vec::new();
    let mut units = 0;
    loop {
        let pos = f.pos.get();
        let chunk = chunk_at(vm, f, pos)?;
        if chunk.is_empty() {
            break;
        }
        let lf_line = line && newline.lf_ends_line();
        let (taken, finished) = take_from(
            chunk,
            utf8_text,
            &mut units,
            limit,
            lf_line,
            newline.handles_cr(),
        );
        let part = chunk.get(..taken).unwrap_or(&[]);
        out.try_reserve(part.len()).map_err(|_| vm.memory_error())?;
        out.extend_from_slice(part);
        f.pos.set(pos + taken);
        if finished {
            break;
        }
        if chunk.get(taken) != Some(&b'\r') {
            continue;
        }
        // A '\r', maybe followed by '\n' (perhaps in the next chunk).
        if limit == Some(units) {
            break;
        }
        units += 1;
        let after = pos + taken + 1;
        f.pos.set(after);
        let lf_follows = chunk_at(vm, f, after)?.first() == Some(&b'\n');
        let ends_line = match newline {
            Newline::Translate => {
                if lf_follows {
                    f.pos.set(after + 1);
                }
                push_byte(vm, &mut out, b'\n')?;
                true
            }
            Newline::Any | Newline::CrLf => {
                push_byte(vm, &mut out, b'\r')?;
                if lf_follows && limit != Some(units) {
                    units += 1;
                    f.pos.set(after + 1);
                    push_byte(vm, &mut out, b'\n')?;
                    true
                } else {
                    newline == Newline::Any
                }
            }
            Newline::Cr | Newline::Lf => {
                push_byte(vm, &mut out, b'\r')?;
                true
            }
        };
        if line && ends_line {
            break;
        }
    }
    Ok(out)
}

/// CPython's UnicodeDecodeError for `data`, which failed to decode with `error`.
fn decode_error(vm: &mut Vm, data: &[u8], error: core::str::Utf8Error) -> PyErr {
    let at = error.valid_up_to();
    let byte = data.get(at).copied().unwrap_or(0);
    match error.error_len() {
        None if data.len() - at > 1 => vm.new_exception_fmt(
            &exception::UNICODE_DECODE_ERROR,
            format_args!(
                "'utf-8' codec can't decode bytes in position {}-{}: unexpected end of data",
                at,
                data.len() - 1
            ),
        ),
        None => vm.new_exception_fmt(
            &exception::UNICODE_DECODE_ERROR,
            format_args!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: unexpected end of data",
                byte, at
            ),
        ),
        Some(_) => {
            let reason = if matches!(byte, 0x80..=0xC1 | 0xF5..=0xFF) {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            vm.new_exception_fmt(
                &exception::UNICODE_DECODE_ERROR,
                format_args!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                    byte, at, reason
                ),
            )
        }
    }
}

/// The bytes read, as this file returns them (str in text mode).
fn to_value(vm: &mut Vm, f: &FileObj, data: &[u8]) -> PyResult<Value> {
    if f.has(flag::BINARY) {
        return new_bytes(vm, data);
    }
    let encoding = Encoding::of(f);
    if encoding != Encoding::Utf8 {
        return decode_single_byte(vm, f, encoding, data);
    }
    match core::str::from_utf8(data) {
        Ok(text) => new_str(vm, text),
        Err(error) if !f.has(flag::ERRORS_REPLACE | flag::ERRORS_IGNORE) => {
            Err(decode_error(vm, data, error))
        }
        Err(_) => {
            let mut text = StrBuilder::new();
            for chunk in data.utf8_chunks() {
                text.push_str(vm, chunk.valid())?;
                if !chunk.invalid().is_empty() && f.has(flag::ERRORS_REPLACE) {
                    text.push_char(vm, '\u{FFFD}')?;
                }
            }
            text.finish(vm)
        }
    }
}

/// Latin-1 or ASCII bytes as a str.
fn decode_single_byte(
    vm: &mut Vm,
    f: &FileObj,
    encoding: Encoding,
    data: &[u8],
) -> PyResult<Value> {
    let mut text = StrBuilder::new();
    for (at, &b) in data.iter().enumerate() {
        if u32::from(b) < encoding.limit() {
            text.push_char(vm, char::from(b))?;
        } else if f.has(flag::ERRORS_REPLACE) {
            text.push_char(vm, '\u{FFFD}')?;
        } else if !f.has(flag::ERRORS_IGNORE) {
            return Err(vm.new_exception_fmt(
                &exception::UNICODE_DECODE_ERROR,
                format_args!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                    b, at
                ),
            ));
        }
    }
    text.finish(vm)
}

/// CPython's UnicodeEncodeError for character `c` at `at`.
fn encode_error(vm: &mut Vm, encoding: Encoding, c: char, at: usize) -> PyErr {
    let code = u32::from(c);
    let (prefix, width) = match code {
        0..=0xFF => ('x', 2),
        0x100..=0xFFFF => ('u', 4),
        _ => ('U', 8),
    };
    vm.new_exception_fmt(
        &exception::UNICODE_ENCODE_ERROR,
        format_args!(
            "'{}' codec can't encode character '\\{}{:0width$x}' in position {}: ordinal not in range({})",
            encoding.codec(),
            prefix,
            code,
            at,
            encoding.limit(),
            width = width
        ),
    )
}

/// The bytes a text file writes for `text`: encoded, with '\n' as `newline` says.
fn encode_text(vm: &mut Vm, f: &FileObj, text: &str) -> PyResult<Vec<u8>> {
    let encoding = Encoding::of(f);
    let lf = Newline::from_flags(f.flags.get()).written_lf();
    let mut out = Vec::new();
    out.try_reserve(text.len()).map_err(|_| vm.memory_error())?;
    let mut utf8 = [0u8; 4];
    for (at, c) in text.chars().enumerate() {
        let bytes: &[u8] = if c == '\n' {
            lf
        } else if u32::from(c) < encoding.limit() {
            match encoding {
                Encoding::Utf8 => c.encode_utf8(&mut utf8).as_bytes(),
                _ => {
                    utf8[0] = u32::from(c) as u8;
                    &utf8[..1]
                }
            }
        } else if f.has(flag::ERRORS_REPLACE) {
            b"?"
        } else if f.has(flag::ERRORS_IGNORE) {
            b""
        } else {
            return Err(encode_error(vm, encoding, c, at));
        };
        out.try_reserve(bytes.len())
            .map_err(|_| vm.memory_error())?;
        out.extend_from_slice(bytes);
    }
    Ok(out)
}

fn read_line(vm: &mut Vm, f: &FileObj, limit: Option<usize>) -> PyResult<Value> {
    let data = collect(vm, f, limit, true)?;
    to_value(vm, f, &data)
}

// ---- methods ---------------------------------------------------------------------------

fn this<'a>(vm: &mut Vm, args: &[Value]) -> PyResult<&'a FileObj> {
    args.first()
        .and_then(|v| Obj::<FileObj>::from_value(*v))
        .map(|f| f.get())
        .ok_or_else(|| vm.type_error("descriptor requires a file object"))
}

/// What a method does, for CPython's message when the file is closed or cannot do it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    Readline,
    Readinto,
    Write,
    Seek,
    Truncate,
    Flush,
    Tell,
    /// `readable`, `isatty`...: CPython's message without the full stop.
    Query,
    /// Everything else.
    Other,
}

fn closed_message(f: &FileObj, op: Op) -> &'static str {
    if !f.has(flag::BINARY) {
        return match op {
            Op::Query => "I/O operation on closed file",
            _ => "I/O operation on closed file.",
        };
    }
    match op {
        Op::Read => "read of closed file",
        Op::Readline => "readline of closed file",
        Op::Readinto => "readinto of closed file",
        Op::Write => "write to closed file",
        Op::Seek => "seek of closed file",
        Op::Truncate => "truncate of closed file",
        Op::Flush if f.has(flag::WRITE) => "flush of closed file",
        Op::Query | Op::Tell => "I/O operation on closed file",
        _ => "I/O operation on closed file.",
    }
}

fn check_open(vm: &mut Vm, f: &FileObj, op: Op) -> PyResult<()> {
    if f.has(flag::CLOSED) {
        return Err(vm.value_error(closed_message(f, op)));
    }
    Ok(())
}

fn unsupported(vm: &mut Vm, message: &str) -> PyErr {
    vm.new_exception(&UNSUPPORTED_OPERATION, message)
}

fn readable_file<'a>(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<&'a FileObj> {
    let f = this(vm, args)?;
    check_open(vm, f, op)?;
    if !f.has(flag::READ) {
        let binary = f.has(flag::BINARY);
        return Err(unsupported(
            vm,
            if binary { "read" } else { "not readable" },
        ));
    }
    Ok(f)
}

fn writable_file<'a>(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<&'a FileObj> {
    let f = this(vm, args)?;
    check_open(vm, f, op)?;
    if !f.has(flag::WRITE) {
        let binary = f.has(flag::BINARY);
        return Err(unsupported(
            vm,
            if binary { "write" } else { "not writable" },
        ));
    }
    Ok(f)
}

/// An optional size argument: `None` for absent, None or negative.
fn size_arg(vm: &mut Vm, args: &[Value], index: usize) -> PyResult<Option<usize>> {
    match args.get(index).filter(|v| !v.is_none()) {
        Some(&v) => {
            let n = ops::index_value(vm, v)?;
            Ok(usize::try_from(n).ok())
        }
        None => Ok(None),
    }
}

fn m_read(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "read", kw)?;
    check_count(vm, "read", args, 1, 2)?;
    let f = readable_file(vm, args, Op::Read)?;
    let limit = size_arg(vm, args, 1)?;
    let data = collect(vm, f, limit, false)?;
    to_value(vm, f, &data)
}
builtin_fn!(FILE_READ, qstr::read, m_read);

fn m_readline(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "readline", kw)?;
    check_count(vm, "readline", args, 1, 2)?;
    let f = readable_file(vm, args, Op::Readline)?;
    let limit = size_arg(vm, args, 1)?;
    read_line(vm, f, limit)
}
builtin_fn!(FILE_READLINE, qstr::readline, m_readline);

fn m_readlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "readlines", kw)?;
    check_count(vm, "readlines", args, 1, 2)?;
    let f = readable_file(vm, args, Op::Other)?;
    let hint = size_arg(vm, args, 1)?.filter(|&h| h > 0);
    let lines = new_list_with_capacity(vm, 0)?;
    let mut total = 0usize;
    loop {
        let start = f.pos.get();
        let line = read_line(vm, f, None)?;
        let read = f.pos.get() - start;
        if read == 0 {
            break;
        }
        lines.push(vm, line)?;
        total = total.saturating_add(read);
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    Ok(lines.as_value())
}
builtin_fn!(FILE_READLINES, qstr::readlines, m_readlines);

fn m_readinto(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "readinto", kw)?;
    check_count(vm, "readinto", args, 2, 2)?;
    let f = readable_file(vm, args, Op::Readinto)?;
    let target = args.get(1).copied().unwrap_or(Value::NONE);
    let Some(array) = Obj::<ByteArrayObj>::from_value(target) else {
        let type_name = vm.type_name(target);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "readinto() argument must be read-write bytes-like object, not {}",
                type_name
            ),
        ));
    };
    let room = array.get().data();
    let data = collect(vm, f, Some(room.len()), false)?;
    if let Some(dst) = room.get_mut(..data.len()) {
        dst.copy_from_slice(&data);
    }
    Ok(Value::small_int_unchecked(data.len() as i64))
}
builtin_fn!(FILE_READINTO, qstr::readinto, m_readinto);

/// Write one str (text) or bytes-like (binary) value; the count CPython returns.
fn write_value(vm: &mut Vm, f: &FileObj, value: Value) -> PyResult<usize> {
    if f.has(flag::BINARY) {
        let Some(data) = bytes_data(value) else {
            let type_name = vm.type_name(value);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("a bytes-like object is required, not '{}'", type_name),
            ));
        };
        put(vm, f, data)?;
        return Ok(data.len());
    }
    let Some(text) = str_of(vm, value) else {
        let type_name = vm.type_name(value);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("write() argument must be str, not {}", type_name),
        ));
    };
    let plain = Encoding::of(f) == Encoding::Utf8
        && Newline::from_flags(f.flags.get()).written_lf() == b"\n";
    if plain {
        put(vm, f, text.as_bytes())?;
    } else {
        let encoded = encode_text(vm, f, text)?;
        put(vm, f, &encoded)?;
    }
    Ok(text.chars().count())
}

fn m_write(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "write", kw)?;
    check_count(vm, "write", args, 2, 2)?;
    let f = writable_file(vm, args, Op::Write)?;
    let n = write_value(vm, f, args.get(1).copied().unwrap_or(Value::NONE))?;
    Ok(Value::small_int_unchecked(n as i64))
}
builtin_fn!(FILE_WRITE, qstr::write, m_write);

fn m_writelines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "writelines", kw)?;
    check_count(vm, "writelines", args, 2, 2)?;
    let f = writable_file(vm, args, Op::Other)?;
    let it = ops::get_iter(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    while let Some(line) = ops::iter_next(vm, it)? {
        check_open(vm, f, Op::Other)?;
        write_value(vm, f, line)?;
    }
    Ok(Value::NONE)
}
builtin_fn!(FILE_WRITELINES, qstr::writelines, m_writelines);

fn m_seek(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "seek", kw)?;
    check_count(vm, "seek", args, 2, 3)?;
    let f = this(vm, args)?;
    check_open(vm, f, Op::Seek)?;
    let offset = ops::index_value(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    let whence = match args.get(2) {
        Some(&w) => ops::index_value(vm, w)?,
        None => 0,
    };
    let text = !f.has(flag::BINARY);
    let base = match whence {
        0 => 0,
        1 | 2 if text && offset != 0 => {
            return Err(unsupported(
                vm,
                if whence == 1 {
                    "can't do nonzero cur-relative seeks"
                } else {
                    "can't do nonzero end-relative seeks"
                },
            ))
        }
        1 => f.pos.get(),
        2 => size(vm, f)?,
        _ if text => {
            return Err(vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!("invalid whence ({}, should be 0, 1 or 2)", whence),
            ))
        }
        _ => return Err(os_error(vm, Errno::EINVAL, Value::NULL)),
    };
    let target = i64::try_from(base)
        .ok()
        .and_then(|b| b.checked_add(offset))
        .filter(|&t| t >= 0)
        .and_then(|t| usize::try_from(t).ok());
    match target {
        Some(t) => {
            f.pos.set(t);
            vm::objects::int::int_from_i64(vm, t as i64)
        }
        None if text && whence == 0 => Err(vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!("negative seek position {}", offset),
        )),
        None => Err(os_error(vm, Errno::EINVAL, Value::NULL)),
    }
}
builtin_fn!(FILE_SEEK, qstr::seek, m_seek);

fn m_tell(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "tell", args, 1, 1)?;
    let f = this(vm, args)?;
    check_open(vm, f, Op::Tell)?;
    vm::objects::int::int_from_i64(vm, f.pos.get() as i64)
}
builtin_fn!(FILE_TELL, qstr::tell, m_tell);

fn m_truncate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "truncate", kw)?;
    check_count(vm, "truncate", args, 1, 2)?;
    let f = this(vm, args)?;
    check_open(vm, f, Op::Truncate)?;
    if !f.has(flag::WRITE) {
        return Err(unsupported(vm, "truncate"));
    }
    let new_size = match args.get(1).filter(|v| !v.is_none()) {
        Some(&v) => {
            let n = ops::index_value(vm, v)?;
            usize::try_from(n).map_err(|_| os_error(vm, Errno::EINVAL, Value::NULL))?
        }
        None => f.pos.get(),
    };
    if !f.has(flag::WHOLE) {
        load_whole(vm, f)?;
    }
    let len = f.buf_len.get();
    if new_size > len {
        reserve(vm, f, new_size)?;
        if let Some(gap) = Obj::<RawBytes>::from_value(f.buf.get())
            .and_then(|b| b.get().data_mut().get_mut(len..new_size))
        {
            gap.fill(0);
        }
    }
    f.buf_len.set(new_size);
    f.set(flag::DIRTY);
    vm::objects::int::int_from_i64(vm, new_size as i64)
}
builtin_fn!(FILE_TRUNCATE, qstr::truncate, m_truncate);

fn m_flush(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "flush", args, 1, 1)?;
    let f = this(vm, args)?;
    check_open(vm, f, Op::Flush)?;
    flush(vm, f)?;
    Ok(Value::NONE)
}
builtin_fn!(FILE_FLUSH, qstr::flush, m_flush);

fn m_close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "close", args, 1, 1)?;
    let f = this(vm, args)?;
    close(vm, f)?;
    Ok(Value::NONE)
}
builtin_fn!(FILE_CLOSE, qstr::close, m_close);

fn m_enter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open(vm, f, Op::Other)?;
    Ok(args.first().copied().unwrap_or(Value::NONE))
}
builtin_fn!(FILE_ENTER, qstr::__enter__, m_enter);

fn m_exit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, args)?;
    close(vm, f)?;
    Ok(Value::NONE)
}
builtin_fn!(FILE_EXIT, qstr::__exit__, m_exit);

fn m_iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    file_iter(vm, args.first().copied().unwrap_or(Value::NONE))
}
builtin_fn!(FILE_ITER, qstr::__iter__, m_iter);

fn m_next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match file_iternext(vm, args.first().copied().unwrap_or(Value::NONE))? {
        Some(line) => Ok(line),
        None => Err(vm.new_exception(&exception::STOP_ITERATION, "")),
    }
}
builtin_fn!(FILE_NEXT, qstr::__next__, m_next);

fn m_readable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open(vm, f, Op::Query)?;
    Ok(Value::from_bool(f.has(flag::READ)))
}
builtin_fn!(FILE_READABLE, qstr::readable, m_readable);

fn m_writable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open(vm, f, Op::Query)?;
    Ok(Value::from_bool(f.has(flag::WRITE)))
}
builtin_fn!(FILE_WRITABLE, qstr::writable, m_writable);

fn m_seekable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open(vm, f, Op::Query)?;
    Ok(Value::TRUE)
}
builtin_fn!(FILE_SEEKABLE, qstr::seekable, m_seekable);

fn m_isatty(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open(vm, f, Op::Query)?;
    Ok(Value::FALSE)
}
builtin_fn!(FILE_ISATTY, qstr::isatty, m_isatty);

/// kapi files have no descriptors.
fn m_fileno(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, args)?;
    check_open(vm, f, Op::Query)?;
    Err(unsupported(vm, "fileno"))
}
builtin_fn!(FILE_FILENO, qstr::fileno, m_fileno);

/// The members of text files; binary files add `readinto`.
macro_rules! file_members {
    ($($extra:expr),*) => {
        &[
            $($extra,)*
            (qstr::read, Member::Method(&FILE_READ)),
            (qstr::readline, Member::Method(&FILE_READLINE)),
            (qstr::readlines, Member::Method(&FILE_READLINES)),
            (qstr::write, Member::Method(&FILE_WRITE)),
            (qstr::writelines, Member::Method(&FILE_WRITELINES)),
            (qstr::seek, Member::Method(&FILE_SEEK)),
            (qstr::tell, Member::Method(&FILE_TELL)),
            (qstr::truncate, Member::Method(&FILE_TRUNCATE)),
            (qstr::flush, Member::Method(&FILE_FLUSH)),
            (qstr::close, Member::Method(&FILE_CLOSE)),
            (qstr::__enter__, Member::Method(&FILE_ENTER)),
            (qstr::__exit__, Member::Method(&FILE_EXIT)),
            (qstr::__iter__, Member::Method(&FILE_ITER)),
            (qstr::__next__, Member::Method(&FILE_NEXT)),
            (qstr::readable, Member::Method(&FILE_READABLE)),
            (qstr::writable, Member::Method(&FILE_WRITABLE)),
            (qstr::seekable, Member::Method(&FILE_SEEKABLE)),
            (qstr::isatty, Member::Method(&FILE_ISATTY)),
            (qstr::fileno, Member::Method(&FILE_FILENO)),
        ]
    };
}

static TEXT_MEMBERS: &[(Qstr, Member)] = file_members!();
static BINARY_MEMBERS: &[(Qstr, Member)] =
    file_members!((qstr::readinto, Member::Method(&FILE_READINTO)));

// ---- slots -----------------------------------------------------------------------------

fn file_of<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a FileObj> {
    this(vm, &[v])
}

fn file_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let f = file_of(vm, v)?;
    check_open(vm, f, Op::Other)?;
    Ok(v)
}

fn file_iternext(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let f = readable_file(vm, &[v], Op::Readline)?;
    let start = f.pos.get();
    let line = read_line(vm, f, None)?;
    Ok((f.pos.get() != start).then_some(line))
}

/// `name`, `mode`, `closed`, and `encoding` of text files.
fn file_getattr(vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let f = file_of(vm, v)?;
    Ok(match name {
        qstr::name => Some(f.name.get()),
        qstr::mode => Some(f.mode.get()),
        qstr::closed => Some(Value::from_bool(f.has(flag::CLOSED))),
        qstr::encoding if !f.has(flag::BINARY) => Some(match f.encoding.get() {
            e if e.is_null() => new_str(vm, "UTF-8")?,
            e => e,
        }),
        _ => None,
    })
}

fn file_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let f = file_of(vm, v)?;
    let type_name = vm.type_name(v);
    out.push_fmt(vm, format_args!("<_io.{} name=", type_name))?;
    ops::repr_into(vm, f.name.get(), out)?;
    if !f.has(flag::BINARY) {
        out.push_str(vm, " mode=")?;
        ops::repr_into(vm, f.mode.get(), out)?;
        out.push_str(vm, " encoding=")?;
        let encoding = file_getattr(vm, v, qstr::encoding)?.unwrap_or(Value::NONE);
        ops::repr_into(vm, encoding, out)?;
    }
    out.push_str(vm, ">")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse_like_cpython() {
        let spec = parse_mode("r").unwrap();
        assert_eq!(spec.open, OpenMode::Read);
        assert!(spec.readable() && !spec.writable() && !spec.binary);
        let spec = parse_mode("w+b").unwrap();
        assert!(spec.readable() && spec.writable() && spec.binary);
        assert_eq!(spec.binary_name(), "rb+");
        assert_eq!(parse_mode("ab").unwrap().binary_name(), "ab");
        assert_eq!(parse_mode("bx+").unwrap().binary_name(), "xb+");
        assert_eq!(parse_mode("rt").unwrap().open, OpenMode::Read);
        assert!(!parse_mode("a").unwrap().readable());
        assert_eq!(parse_mode("rr"), Err(ModeError::Invalid));
        assert_eq!(parse_mode("q"), Err(ModeError::Invalid));
        assert_eq!(parse_mode("rU"), Err(ModeError::Invalid));
        assert_eq!(parse_mode("rw"), Err(ModeError::OneOfCreateReadWriteAppend));
        assert_eq!(parse_mode(""), Err(ModeError::OneOfAndPlus));
        assert_eq!(parse_mode("b+"), Err(ModeError::OneOfAndPlus));
        assert_eq!(parse_mode("rtb"), Err(ModeError::TextAndBinary));
    }

    #[test]
    fn encoding_names() {
        for name in ["utf-8", "UTF-8", "utf8", "UTF_8", "u8"] {
            assert_eq!(Encoding::lookup(name), Some(Encoding::Utf8), "{name}");
        }
        for name in ["latin-1", "ISO-8859-1", "latin_1", "L1"] {
            assert_eq!(Encoding::lookup(name), Some(Encoding::Latin1), "{name}");
        }
        assert_eq!(Encoding::lookup("ASCII"), Some(Encoding::Ascii));
        for name in ["utf-16", "cp1252", "", "utf-8-sig-long-name"] {
            assert_eq!(Encoding::lookup(name), None, "{name}");
        }
    }

    #[test]
    fn taking_bytes_and_characters() {
        let take = |chunk: &[u8], text, units: &mut usize, limit, lf_line, stop_at_cr| {
            take_from(chunk, text, units, limit, lf_line, stop_at_cr)
        };
        let mut units = 0;
        assert_eq!(
            take(b"abc\ndef", false, &mut units, None, true, false),
            (4, true)
        );
        let mut units = 0;
        assert_eq!(
            take(b"abcdef", false, &mut units, Some(3), false, false),
            (3, true)
        );
        // "é€x": é is 2 bytes, € is 3; two characters are 5 bytes.
        let text = "é€x".as_bytes();
        let mut units = 0;
        assert_eq!(
            take(text, true, &mut units, Some(2), false, false),
            (5, true)
        );
        // A character split across two chunks is taken whole.
        let mut units = 0;
        assert_eq!(
            take(&text[..3], true, &mut units, Some(2), false, false),
            (3, false)
        );
        assert_eq!(
            take(&text[3..], true, &mut units, Some(2), false, false),
            (2, true)
        );
        let mut units = 0;
        assert_eq!(
            take(b"xyz", true, &mut units, Some(0), false, false),
            (0, true)
        );
        let mut units = 0;
        assert_eq!(
            take(b"xyz", true, &mut units, None, true, false),
            (3, false)
        );
        assert_eq!(units, 3);
        // A '\r' is left to the caller, uncounted.
        let mut units = 0;
        assert_eq!(
            take(b"ab\r\nc", true, &mut units, None, true, true),
            (2, false)
        );
        assert_eq!(units, 2);
        // '\n' does not end the line when the caller says so.
        let mut units = 0;
        assert_eq!(
            take(b"a\nb", true, &mut units, None, false, false),
            (3, false)
        );
    }

    #[test]
    fn newline_arguments() {
        assert_eq!(Newline::parse(None), Some(Newline::Translate));
        assert_eq!(Newline::parse(Some("")), Some(Newline::Any));
        assert_eq!(Newline::parse(Some("\r\n")), Some(Newline::CrLf));
        assert_eq!(Newline::parse(Some("x")), None);
        for nl in Newline::ALL {
            assert_eq!(Newline::from_flags(nl.bits() | flag::BINARY), nl);
        }
        assert_eq!(Newline::CrLf.written_lf(), b"\r\n");
        assert!(!Newline::Cr.lf_ends_line() && Newline::Any.lf_ends_line());
    }
}
