//! The object model: the header every heap object starts with, the typed handle `Obj<T>`
//! through which Rust code reads objects, and one file per object type.
//!
//! Validity rule (the GC's contract, see gc/mod.rs): an `Obj<T>` or a `&T` obtained from
//! it is valid while the object is reachable. Objects are reachable from the VM's roots
//! or from anything on the native stack (scanned conservatively, interior pointers
//! included), and the collector never moves objects, so a handle held in a local variable
//! stays valid across allocations. Never keep a `Value` in Rust-heap memory (a `Vec`,
//! a `Box`) across an allocation unless that memory is registered as a root.

pub mod bool;
pub mod bound_method;
pub mod bytes;
pub mod cell;
pub mod code;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod instance;
pub mod int;
pub mod list;
pub mod module;
pub mod none;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod type_object;

use crate::value::Value;
use core::marker::PhantomData;
use core::ptr::NonNull;
use type_object::TypeObject;

/// The first word of every object: its type.
#[repr(C)]
pub struct ObjHeader {
    pub ty: *const TypeObject,
}

impl ObjHeader {
    pub const fn new(ty: &'static TypeObject) -> ObjHeader {
        ObjHeader {
            ty: ty as *const TypeObject,
        }
    }

    /// The header of a type object: its type is `type`.
    pub const fn for_type() -> ObjHeader {
        ObjHeader {
            ty: &type_object_type::TYPE_TYPE as *const TypeObject,
        }
    }
}

pub mod type_object_type {
    //! `type` itself, as a static.
    use super::type_object::{type_flags, TypeObject, TypeSlots};
    use super::Layout;
    use crate::qstr;

    pub static TYPE_TYPE: TypeObject = TypeObject::builtin(
        qstr::type_,
        Layout::Type,
        Some(&super::instance::OBJECT_TYPE),
        &crate::interp::typeobj::TYPE_SLOTS,
        crate::interp::typeobj::TYPE_MEMBERS,
        crate::interp::typeobj::trace_type,
        type_flags::BASETYPE,
    );

    pub const fn no_slots() -> &'static TypeSlots {
        &TypeSlots::EMPTY
    }
}

/// The memory layout of instances: which Rust struct an object is. A built-in type and
/// the Python subclasses of it share a layout.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// Instances of `object` and of plain Python classes: header + dict.
    Instance,
    Type,
    BigInt,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    BoundMethod,
    Cell,
    Module,
    Exception,
    Generator,
    Code,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    File,
    /// `sys.stdout` and friends.
    Stream,
    /// GC-internal payload: an array of values (list storage, dict tables...).
    ValueArray,
    /// GC-internal payload: raw bytes.
    RawBytes,
    /// Any other native object described only by its type.
    Native,
}

/// Rust structs that are heap objects.
///
/// # Safety
/// The struct must be `#[repr(C)]` and begin with an `ObjHeader`; every object whose
/// type has layout `LAYOUT` must be an instance of this struct.
pub unsafe trait HeapObject: Sized {
    const LAYOUT: Layout;
}

/// A typed handle to an object. Copy, pointer-sized; valid while the object is
/// reachable (see the module documentation).
pub struct Obj<T> {
    ptr: NonNull<T>,
    _marker: PhantomData<T>,
}

impl<T> Clone for Obj<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Obj<T> {}

impl<T: HeapObject> Obj<T> {
    /// # Safety
    /// `ptr` must point at a live, initialised `T`.
    pub unsafe fn from_raw(ptr: *mut T) -> Obj<T> {
        Obj {
            // SAFETY: the caller passes a pointer to a live object, never null.
            ptr: unsafe { NonNull::new_unchecked(ptr) },
            _marker: PhantomData,
        }
    }

    pub fn as_value(self) -> Value {
        Value::from_ptr(self.ptr.as_ptr())
    }

    pub fn as_ptr(self) -> *mut T {
        self.ptr.as_ptr()
    }

    /// The object if `v` refers to an object of layout `T::LAYOUT`.
    #[inline]
    pub fn from_value(v: Value) -> Option<Obj<T>> {
        if !v.is_obj() {
            return None;
        }
        let ty = obj_type_of(v);
        if ty.layout == T::LAYOUT {
            // SAFETY: objects of this layout are `T`s (HeapObject contract), and `v` refers
            // to a live object.
            Some(unsafe { Obj::from_raw(v.obj_addr() as *mut T) })
        } else {
            None
        }
    }

    /// Borrow the object for the lifetime of the caller's choosing; valid while it is
    /// reachable (see the module documentation).
    #[inline]
    pub fn get<'a>(self) -> &'a T {
        // SAFETY: the handle refers to a live object (constructor contract) that the
        // collector does not move or free while it is reachable.
        unsafe { &*self.ptr.as_ptr() }
    }
}

impl<T: HeapObject> core::ops::Deref for Obj<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        self.get()
    }
}

/// The type of an object reference. Caller guarantees `v.is_obj()`.
#[inline]
pub fn obj_type_of(v: Value) -> &'static TypeObject {
    let header = v.obj_addr() as *const ObjHeader;
    // SAFETY: every object starts with an ObjHeader whose type pointer refers to a type
    // object that outlives the instance (static, or a heap type reachable from it).
    unsafe { &*(*header).ty }
}
