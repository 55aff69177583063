//! The interpreter: VM state (`Vm`), the bytecode loop, calls, attribute lookup and the
//! operator protocol. Everything Python code does at run time goes through here.

pub mod attr;
pub mod call;
pub mod classes;
pub mod eval;
pub mod exec;
#[cfg(test)]
mod fuzz_regressions;
pub mod generator_ops;
pub mod import;
pub mod load;
pub mod names;
pub mod ops;
pub mod raise;
#[cfg(test)]
pub(crate) mod tests;
pub mod typeobj;

use crate::gc::heap::Heap;
use crate::objects::exception::{self, ExceptionObj};
use crate::objects::str::StrBuilder;
use crate::objects::type_object::TypeObject;
use crate::objects::{HeapObject, Obj, ObjHeader};
use crate::qstr::{Qstr, QstrTable};
use crate::value::Value;
use alloc::boxed::Box;
use alloc::vec::Vec;

/// A raised Python exception: the exception instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// Builds a built-in module on first import.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// What the engine needs from the platform it runs on (the port implements it over kapi).
pub trait Hal {
    fn write_stdout(&mut self, bytes: &[u8]);
    fn write_stderr(&mut self, bytes: &[u8]);
    /// Read one line for `input()` (without the newline); `None` at end of input.
    fn read_line(&mut self, prompt: &str) -> Option<Vec<u8>>;
    /// Monotonic microseconds.
    fn ticks_us(&mut self) -> u64;
    /// Seconds since the Unix epoch (wall clock).
    fn time_s(&mut self) -> f64;
    fn sleep_ms(&mut self, ms: u64);
    /// True (once) if the user asked to interrupt running code (Ctrl+C).
    fn take_interrupt(&mut self) -> bool;
    /// Read a whole file (for imports); `None` if missing.
    fn read_file(&mut self, path: &str) -> Option<Vec<u8>>;
    /// True if `path` is a directory (for package imports).
    fn is_dir(&mut self, path: &str) -> bool;
}

/// Start-up settings of a VM.
#[derive(Clone, Debug)]
pub struct VmConfig {
    /// Collect before every allocation (testing aid).
    pub gc_stress: bool,
    /// Native stack bytes Python recursion may use before RecursionError.
    pub stack_limit: usize,
    /// Verbosity (`-v`), for the bytecode listing.
    pub verbose: u8,
}

impl Default for VmConfig {
    fn default() -> Self {
        VmConfig {
            gc_stress: false,
            stack_limit: 512 * 1024,
            verbose: 0,
        }
    }
}

pub struct Vm {
    pub heap: Heap,
    pub qstrs: QstrTable,
    pub hal: Box<dyn Hal>,
    pub config: VmConfig,
    /// `builtins` module dict.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    /// The `sys` module object.
    pub sys_module: Value,
    /// Pre-made MemoryError instance, raised when even an exception cannot be allocated.
    pub memory_error: Value,
    /// Values that must survive collection but live nowhere else (registered slots).
    pub extra_roots: Vec<Value>,
    /// Highest address of the native stack the VM was entered from.
    pub stack_base: usize,
    pub gc_enabled: bool,
    pub heap_lock_depth: u32,
    /// Python frames currently executing (for RecursionError and tracebacks).
    pub call_depth: usize,
    pub recursion_limit: usize,
    /// Nesting of repr/compare of containers, to stop self-referencing structures.
    pub nesting_depth: usize,
    /// Exception being handled by the innermost `except`/`finally` (for implicit chaining
    /// and `sys.exc_info`).
    pub handling: Value,
    /// Polling counter: checked every N backward jumps/calls for Ctrl+C.
    pub interrupt_countdown: u32,
    /// Modules compiled into the runtime or registered by the port: (name, init).
    pub native_modules: Vec<(Qstr, ModuleInit)>,
    /// Globals of the innermost running Python frame (for `globals()`, `exec`).
    pub current_globals: Value,
    /// Locals dict of the innermost running module/class frame; NULL in functions.
    pub current_locals: Value,
    /// The innermost running bytecode frame (set by `exec::run` while it runs).
    pub current_frame: Option<exec::FrameView>,
    /// Cache of attribute lookups on types.
    pub attr_cache: typeobj::AttrCache,
    /// Where each `LOAD_GLOBAL` site found its name.
    pub global_cache: names::GlobalCache,
    /// `open()` as provided by the port (files live outside the engine).
    pub open_hook: Option<crate::objects::type_object::NativeFn>,
    /// The port's own state (e.g. its kapi file layer), for the port's native functions.
    pub port_data: Option<Box<dyn core::any::Any>>,
    /// One value the port keeps alive across collections (e.g. its open-file registry).
    pub port_root: Value,
}

impl Vm {
    /// Build a VM over a heap region.
    ///
    /// # Safety
    /// `heap_region` must be valid for reads and writes of `heap_len` bytes, 16-byte
    /// aligned, used by nothing else, and outlive the VM.
    pub unsafe fn new(
        heap_region: *mut u8,
        heap_len: usize,
        hal: Box<dyn Hal>,
        config: VmConfig,
    ) -> Result<Box<Vm>, &'static str> {
        // SAFETY: forwarded from this function's contract.
        let heap = unsafe { Heap::new(heap_region, heap_len) };
        let qstrs = QstrTable::new().map_err(|_| "out of memory for the qstr table")?;
        let mut vm = Box::new(Vm {
            heap,
            qstrs,
            hal,
            config,
            builtins: Value::NULL,
            modules: Value::NULL,
            sys_module: Value::NULL,
            memory_error: Value::NULL,
            extra_roots: Vec::new(),
            stack_base: crate::gc::approximate_stack_pointer(),
            gc_enabled: true,
            heap_lock_depth: 0,
            call_depth: 0,
            recursion_limit: 1000,
            nesting_depth: 0,
            handling: Value::NULL,
            interrupt_countdown: 0,
            native_modules: Vec::new(),
            current_globals: Value::NULL,
            current_locals: Value::NULL,
            current_frame: None,
            attr_cache: typeobj::AttrCache::new().ok_or("out of memory for the attribute cache")?,
            global_cache: names::GlobalCache::new().ok_or("out of memory for the global cache")?,
            open_hook: None,
            port_data: None,
            port_root: Value::NULL,
        });
        vm.init().map_err(|_| "heap too small to start Python")?;
        Ok(vm)
    }

    fn init(&mut self) -> PyResult<()> {
        self.memory_error = exception::new_bare(self, &exception::MEMORY_ERROR)?;
        self.modules = crate::objects::dict::new_dict(self, 8)?;
        crate::builtins::init(self)?;
        crate::modules::register_all(self)?;
        Ok(())
    }

    /// Make a module importable by name; `init` builds it on first import.
    pub fn register_module(&mut self, name: Qstr, init: ModuleInit) -> PyResult<()> {
        self.native_modules
            .try_reserve(1)
            .map_err(|_| PyErr(self.memory_error))?;
        self.native_modules.push((name, init));
        Ok(())
    }

    /// Record the native stack base: call from the outermost frame that holds values.
    pub fn set_stack_base(&mut self, base: usize) {
        self.stack_base = base;
    }

    // ---- allocation -------------------------------------------------------------

    /// Allocate `bytes` of zeroed GC memory, collecting if needed.
    pub fn alloc_raw(&mut self, bytes: usize) -> PyResult<*mut u8> {
        if self.heap_lock_depth > 0 {
            return Err(PyErr(self.memory_error));
        }
        if self.config.gc_stress && self.gc_enabled {
            self.collect();
        }
        if let Some(p) = self.heap.alloc(bytes) {
            return Ok(p);
        }
        self.collect();
        self.heap.alloc(bytes).ok_or(PyErr(self.memory_error))
    }

    /// Allocate and initialise a fixed-size object.
    pub fn alloc<T: HeapObject>(&mut self, init: T) -> PyResult<Obj<T>> {
        self.alloc_with_extra(init, 0)
    }

    /// Allocate an object followed by `extra` bytes of zeroed inline data.
    pub fn alloc_with_extra<T: HeapObject>(&mut self, init: T, extra: usize) -> PyResult<Obj<T>> {
        let size = core::mem::size_of::<T>()
            .checked_add(extra)
            .ok_or(PyErr(self.memory_error))?;
        let p = self.alloc_raw(size)? as *mut T;
        // SAFETY: p is fresh, 16-byte aligned GC memory of at least size_of::<T>() bytes.
        unsafe {
            p.write(init);
            Ok(Obj::from_raw(p))
        }
    }

    /// Run a full collection now.
    pub fn collect(&mut self) {
        self.attr_cache.invalidate();
        self.mark_roots();
        let base = self.stack_base;
        let heap = &mut self.heap;
        crate::gc::scan_native_stack(base, &mut |w| heap.mark_word(w));
        self.heap.drain_marks();
        self.heap.sweep();
    }

    fn mark_roots(&mut self) {
        let heap = &mut self.heap;
        let fixed = [
            self.builtins,
            self.modules,
            self.sys_module,
            self.memory_error,
            self.handling,
            self.current_globals,
            self.current_locals,
            self.port_root,
        ];
        for v in fixed {
            heap.mark_value(v);
        }
        for v in self.extra_roots.iter() {
            heap.mark_value(*v);
        }
        heap.drain_marks();
    }

    // ---- strings and names ------------------------------------------------------

    pub fn intern(&mut self, s: &str) -> PyResult<Qstr> {
        self.qstrs.intern(s).map_err(|_| PyErr(self.memory_error))
    }

    pub fn qstr_str(&self, q: Qstr) -> &'static str {
        self.qstrs.str(q)
    }

    // ---- exceptions -------------------------------------------------------------

    /// A new exception of type `ty` with one str argument.
    pub fn new_exception(&mut self, ty: &'static TypeObject, msg: &str) -> PyErr {
        match exception::new_with_message(self, ty, msg) {
            Ok(v) => PyErr(v),
            Err(e) => e,
        }
    }

    /// A new exception of type `ty` whose message is formatted.
    pub fn new_exception_fmt(
        &mut self,
        ty: &'static TypeObject,
        args: core::fmt::Arguments<'_>,
    ) -> PyErr {
        let mut b = StrBuilder::new();
        if core::fmt::write(&mut b, args).is_err() {
            return PyErr(self.memory_error);
        }
        match b.as_str() {
            Some(s) => self.new_exception(ty, s),
            None => PyErr(self.memory_error),
        }
    }

    pub fn type_error(&mut self, msg: &str) -> PyErr {
        self.new_exception(&exception::TYPE_ERROR, msg)
    }

    pub fn value_error(&mut self, msg: &str) -> PyErr {
        self.new_exception(&exception::VALUE_ERROR, msg)
    }

    pub fn memory_error(&self) -> PyErr {
        PyErr(self.memory_error)
    }

    /// True if the exception `err` is an instance of `ty` (or a subclass).
    pub fn exception_matches(&self, err: PyErr, ty: &'static TypeObject) -> bool {
        typeobj::is_subtype(self.type_of(err.0), ty)
    }

    pub fn exception_obj(&self, err: PyErr) -> Option<Obj<ExceptionObj>> {
        Obj::from_value(err.0)
    }

    // ---- types ------------------------------------------------------------------

    /// The type of any value.
    #[inline]
    pub fn type_of(&self, v: Value) -> &'static TypeObject {
        typeobj::type_of(v)
    }

    /// The type name of a value, for messages.
    pub fn type_name(&self, v: Value) -> &'static str {
        self.qstr_str(self.type_of(v).name.get())
    }

    /// Make a header for a new object of type `ty`.
    pub fn header(ty: &'static TypeObject) -> ObjHeader {
        ObjHeader::new(ty)
    }

    /// Check for Ctrl+C; called at backward jumps and calls.
    #[inline]
    pub fn poll_interrupt(&mut self) -> PyResult<()> {
        if self.interrupt_countdown > 0 {
            self.interrupt_countdown -= 1;
            return Ok(());
        }
        self.interrupt_countdown = 1000;
        if self.hal.take_interrupt() {
            return Err(self.new_exception(&exception::KEYBOARD_INTERRUPT, ""));
        }
        Ok(())
    }

    /// Native stack bytes left before `check_recursion` fails.
    pub fn stack_room(&self) -> usize {
        let used = self
            .stack_base
            .saturating_sub(crate::gc::approximate_stack_pointer());
        self.config.stack_limit.saturating_sub(used)
    }

    /// RecursionError with `message` once the native stack limit is reached. For native
    /// recursion that makes no Python frames (nested containers compared, hashed, printed;
    /// chains of iterators): only the stack bounds it, and on VibeOS's 1 MiB stack without
    /// a guard page an unbounded one would overwrite the kernel.
    #[inline]
    pub fn check_native_stack(&mut self, message: &str) -> PyResult<()> {
        if self.stack_room() == 0 {
            return Err(self.new_exception(&exception::RECURSION_ERROR, message));
        }
        Ok(())
    }

    /// Check for Ctrl+C now, not after the next ~1000 polls: for native loops whose every
    /// step may be long (big-number arithmetic).
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        self.interrupt_countdown = 0;
        self.poll_interrupt()
    }

    /// RecursionError if the native stack or the Python call depth is exhausted.
    #[inline]
    pub fn check_recursion(&mut self) -> PyResult<()> {
        let sp = crate::gc::approximate_stack_pointer();
        let used = self.stack_base.saturating_sub(sp);
        if used > self.config.stack_limit || self.call_depth > self.recursion_limit {
            return Err(self.new_exception(
                &exception::RECURSION_ERROR,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }
}
