//! `TypeObject`: the descriptor every object's header points to. Built-in types are
//! `static`s with native slot functions and a method table; classes made by Python code
//! are heap `TypeObject`s whose slots dispatch to special methods found on the MRO.

use super::{Layout, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr::Qstr;
use crate::value::Value;
use core::cell::Cell;

/// A native function callable from Python: `(vm, positional args, keyword pairs)`.
/// Keyword pairs are flattened `[name, value, name, value, ...]` with str/qstr names.
pub type NativeFn = fn(&mut Vm, &[Value], &[Value]) -> PyResult<Value>;

/// Comparison operators in MPY.md §4.2 order (`<`, `>`, `==`, `<=`, `>=`, `!=`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompareOp {
    Lt,
    Gt,
    Eq,
    Le,
    Ge,
    Ne,
}

impl CompareOp {
    pub fn from_binary_op(op: u8) -> Option<CompareOp> {
        Some(match op {
            0 => CompareOp::Lt,
            1 => CompareOp::Gt,
            2 => CompareOp::Eq,
            3 => CompareOp::Le,
            4 => CompareOp::Ge,
            5 => CompareOp::Ne,
            _ => return None,
        })
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Ge => CompareOp::Le,
            other => other,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Gt => ">",
            CompareOp::Eq => "==",
            CompareOp::Le => "<=",
            CompareOp::Ge => ">=",
            CompareOp::Ne => "!=",
        }
    }

    /// Apply to an ordering.
    pub fn test(self, ord: core::cmp::Ordering) -> bool {
        use core::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Gt => ord == Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Le => ord != Greater,
            CompareOp::Ge => ord != Less,
            CompareOp::Ne => ord != Equal,
        }
    }
}

/// Native behaviour of a type. `None` means "not supported" (a TypeError at the call site)
/// unless a generic fallback applies (e.g. identity equality, object repr).
#[derive(Clone, Copy)]
pub struct TypeSlots {
    /// `type(...)(args)`: construct an instance of `ty` (which may be a subclass).
    pub make_new: Option<MakeNewFn>,
    /// `obj(args)`.
    pub call: Option<NativeFn>,
    /// `repr(obj)` written into the VM's string builder.
    pub repr: Option<WriteFn>,
    /// `str(obj)` when it differs from repr.
    pub str: Option<WriteFn>,
    pub hash: Option<HashFn>,
    /// Rich comparison; returns `NotImplemented` when the other operand is not handled.
    pub compare: Option<CompareFn>,
    /// Binary operator (MPY.md §4.2 numbering, normal and in-place); `lhs` has this type.
    /// For reflected operators (numbers from `ops::REVERSE_BASE`) the first operand is
    /// the object of this type and the second the left operand. Returns
    /// `NotImplemented` if unhandled.
    pub binary_op: Option<BinaryFn>,
    /// Unary operator (§4.1 numbering, without NOT).
    pub unary_op: Option<UnaryFn>,
    pub bool: Option<BoolFn>,
    pub len: Option<LenFn>,
    /// Attribute lookup hook for attributes not found in the member table (data fields
    /// like `complex.real`, instance dicts); `Ok(None)` means "not here".
    pub getattr: Option<GetAttrFn>,
    /// Attribute store/delete (`value` NULL = delete); `Ok(false)` means "not supported".
    pub setattr: Option<SetAttrFn>,
    /// `obj[index]` load, store or delete.
    pub subscr: Option<SubscrFn>,
    pub contains: Option<ContainsFn>,
    pub iter: Option<IterFn>,
    /// Next item, or `None` when exhausted (no StopIteration object is made).
    pub iternext: Option<IterNextFn>,
    /// Descriptor `__get__(descr, obj, owner)`: called when found on a type.
    pub descr_get: Option<DescrGetFn>,
    /// Descriptor `__set__`/`__delete__`; present makes the descriptor a data descriptor.
    pub descr_set: Option<DescrSetFn>,
}

pub type MakeNewFn = fn(&mut Vm, &'static TypeObject, &[Value], &[Value]) -> PyResult<Value>;
pub type WriteFn = fn(&mut Vm, Value, &mut crate::objects::str::StrBuilder) -> PyResult<()>;
pub type HashFn = fn(&mut Vm, Value) -> PyResult<i64>;
pub type CompareFn = fn(&mut Vm, Value, Value, CompareOp) -> PyResult<Value>;
pub type BinaryFn = fn(&mut Vm, u8, Value, Value) -> PyResult<Value>;
pub type UnaryFn = fn(&mut Vm, u8, Value) -> PyResult<Value>;
pub type BoolFn = fn(&mut Vm, Value) -> PyResult<bool>;
pub type LenFn = fn(&mut Vm, Value) -> PyResult<usize>;
pub type GetAttrFn = fn(&mut Vm, Value, Qstr) -> PyResult<Option<Value>>;
pub type SetAttrFn = fn(&mut Vm, Value, Qstr, Value) -> PyResult<bool>;
pub type SubscrFn = fn(&mut Vm, Value, Value, SubscrOp) -> PyResult<Value>;
pub type ContainsFn = fn(&mut Vm, Value, Value) -> PyResult<bool>;
pub type IterFn = fn(&mut Vm, Value) -> PyResult<Value>;
pub type IterNextFn = fn(&mut Vm, Value) -> PyResult<Option<Value>>;
pub type DescrGetFn = fn(&mut Vm, Value, Value, Value) -> PyResult<Value>;
pub type DescrSetFn = fn(&mut Vm, Value, Value, Value) -> PyResult<()>;
/// A member that computes a value from the instance.
pub type GetterFn = fn(&mut Vm, Value) -> PyResult<Value>;

/// What a subscript slot is asked to do.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SubscrOp {
    Load,
    Store(Value),
    Delete,
}

impl TypeSlots {
    pub const EMPTY: TypeSlots = TypeSlots {
        make_new: None,
        call: None,
        repr: None,
        str: None,
        hash: None,
        compare: None,
        binary_op: None,
        unary_op: None,
        bool: None,
        len: None,
        getattr: None,
        setattr: None,
        subscr: None,
        contains: None,
        iter: None,
        iternext: None,
        descr_get: None,
        descr_set: None,
    };
}

/// One entry of a built-in type's attribute table.
#[derive(Clone, Copy)]
pub enum Member {
    /// A method: called with the instance as first argument.
    Method(&'static crate::objects::function::BuiltinFunction),
    ClassMethod(&'static crate::objects::function::BuiltinFunction),
    StaticMethod(&'static crate::objects::function::BuiltinFunction),
    /// A read-only computed attribute.
    Getter(GetterFn),
    /// A constant (small int, float or qstr value).
    Const(Value),
}

pub mod type_flags {
    /// Python code may subclass this type.
    pub const BASETYPE: u32 = 1;
    /// Allocated on the GC heap (a class made by Python code).
    pub const HEAP: u32 = 2;
    /// The type or a base defines `__getattr__` (checked on failed lookups).
    pub const HAS_GETATTR: u32 = 4;
    /// The type or a base defines `__setattr__`/`__delattr__`.
    pub const HAS_SETATTR: u32 = 8;
    /// Instances have a `__dict__` (heap classes without `__slots__`).
    pub const HAS_DICT: u32 = 16;
    /// A subclass of BaseException.
    pub const EXCEPTION: u32 = 32;
    /// The getattr slot answers before the type's own attributes (`super`).
    pub const GETATTR_FIRST: u32 = 64;
    /// The type or a base defines `__getattribute__` in Python (implies HAS_GETATTR).
    pub const HAS_GETATTRIBUTE: u32 = 128;
}

#[repr(C)]
pub struct TypeObject {
    pub header: ObjHeader,
    pub name: Cell<Qstr>,
    /// How instances are laid out in memory (shared by a built-in type and its subclasses).
    pub layout: Layout,
    pub flags: Cell<u32>,
    /// Marks the children of an instance (called by the collector).
    pub trace: fn(*mut u8, &mut Heap),
    /// The built-in base in the single-inheritance chain of static types (`bool` → `int`).
    pub base: Cell<*const TypeObject>,
    pub slots: &'static TypeSlots,
    pub members: &'static [(Qstr, Member)],
    /// Class dict (heap types); NULL for built-in types.
    pub dict: Cell<Value>,
    /// Tuple of base classes (heap types); NULL for built-in types.
    pub bases: Cell<Value>,
    /// Tuple: the method resolution order (heap types); NULL for built-in types, whose MRO
    /// is the `base` chain.
    pub mro: Cell<Value>,
    /// Byte offset of the instance-dict slot in instances (0: none).
    pub dict_offset: Cell<usize>,
    /// Bytes of an instance (for heap classes and fixed-size built-ins).
    pub instance_size: Cell<usize>,
}

// SAFETY: the VM is single-threaded: static type objects are only ever touched by the
// one thread running the interpreter, so the `Cell`s in them are never shared across
// threads.
unsafe impl Sync for TypeObject {}

impl TypeObject {
    /// A built-in type (all fields fixed at compile time).
    pub const fn builtin(
        name: Qstr,
        layout: Layout,
        base: Option<&'static TypeObject>,
        slots: &'static TypeSlots,
        members: &'static [(Qstr, Member)],
        trace: fn(*mut u8, &mut Heap),
        flags: u32,
    ) -> TypeObject {
        TypeObject {
            header: ObjHeader::for_type(),
            name: Cell::new(name),
            layout,
            flags: Cell::new(flags),
            trace,
            base: Cell::new(match base {
                Some(b) => b as *const TypeObject,
                None => core::ptr::null(),
            }),
            slots,
            members,
            dict: Cell::new(Value::NULL),
            bases: Cell::new(Value::NULL),
            mro: Cell::new(Value::NULL),
            dict_offset: Cell::new(0),
            instance_size: Cell::new(0),
        }
    }

    #[inline]
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }

    pub fn is_heap(&self) -> bool {
        self.has_flag(type_flags::HEAP)
    }

    pub fn base(&self) -> Option<&'static TypeObject> {
        let b = self.base.get();
        // SAFETY: `base` is null or points at a type object that lives at least as long as
        // this one (a static, or a heap type kept alive through this type's bases tuple).
        unsafe { b.as_ref() }
    }

    /// Find a member in this type's own static table.
    pub fn own_member(&self, name: Qstr) -> Option<Member> {
        self.members
            .iter()
            .find(|(q, _)| *q == name)
            .map(|(_, m)| *m)
    }

    pub fn as_value(&self) -> Value {
        Value::from_ptr(self as *const TypeObject)
    }
}

// SAFETY: TypeObject is repr(C) and starts with ObjHeader; layout Type is only used by
// type objects.
unsafe impl super::HeapObject for TypeObject {
    const LAYOUT: super::Layout = super::Layout::Type;
}
