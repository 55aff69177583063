//! Types at run time: `type_of` for every value, subtype tests and MRO walks, the `type`
//! type itself (`type(x)`, `type(name, bases, dict)`), class creation for `class`
//! statements, and the slots of classes defined in Python, which dispatch to special
//! methods.

use super::{PyResult, Vm};
use crate::gc::heap::Heap;
use crate::objects::instance::{InstanceObj, OBJECT_TYPE};
use crate::objects::tuple::TupleObj;
use crate::objects::type_object::{Member, TypeObject, TypeSlots};
use crate::objects::{obj_type_of, Obj};
use crate::qstr::Qstr;
use crate::value::Value;

/// The type of any value.
#[inline]
pub fn type_of(v: Value) -> &'static TypeObject {
    if v.is_obj() {
        obj_type_of(v)
    } else if v.is_small_int() {
        &crate::objects::int::INT_TYPE
    } else if v.is_float() {
        &crate::objects::float::FLOAT_TYPE
    } else if v.is_qstr() {
        &crate::objects::str::STR_TYPE
    } else if v.is_bool() {
        &crate::objects::bool::BOOL_TYPE
    } else if v.is_none() {
        &crate::objects::none::NONE_TYPE
    } else if v == Value::ELLIPSIS {
        &crate::objects::none::ELLIPSIS_TYPE
    } else {
        &crate::objects::none::NOT_IMPLEMENTED_TYPE
    }
}

/// Walk the MRO of `ty`, calling `f` on each type until it returns `Some`.
pub fn mro_find<R>(
    ty: &'static TypeObject,
    mut f: impl FnMut(&'static TypeObject) -> Option<R>,
) -> Option<R> {
    if let Some(mro) = Obj::<TupleObj>::from_value(ty.mro.get()) {
        for t in mro.get().items() {
            if let Some(t) = as_type(*t) {
                if let Some(r) = f(t) {
                    return Some(r);
                }
            }
        }
        return None;
    }
    let mut cur = Some(ty);
    while let Some(t) = cur {
        if let Some(r) = f(t) {
            return Some(r);
        }
        cur = t.base();
    }
    None
}

/// True if `ty` is `base` or derives from it.
pub fn is_subtype(ty: &'static TypeObject, base: &'static TypeObject) -> bool {
    if core::ptr::eq(ty, base) {
        return true;
    }
    mro_find(ty, |t| {
        if core::ptr::eq(t, base) {
            Some(())
        } else {
            None
        }
    })
    .is_some()
}

/// The type object a value refers to, if it is a type.
pub fn as_type(v: Value) -> Option<&'static TypeObject> {
    if !v.is_obj() {
        return None;
    }
    if obj_type_of(v).layout != crate::objects::Layout::Type {
        return None;
    }
    // SAFETY: objects of layout Type are TypeObjects; static ones live forever and heap
    // ones are kept alive by whoever holds `v`.
    Some(unsafe { &*(v.obj_addr() as *const TypeObject) })
}

/// The built-in value an instance of a subclass of a built-in type wraps.
pub fn native_base_of(v: Value) -> Option<Value> {
    let i = Obj::<InstanceObj>::from_value(v)?;
    let b = i.native_base.get();
    if b.is_null() {
        None
    } else {
        Some(b)
    }
}

/// Find a member in a type's MRO: static tables first for built-in types, class dicts for
/// heap types. Returns the raw attribute (descriptors not yet applied).
pub fn lookup_in_type(
    vm: &mut Vm,
    ty: &'static TypeObject,
    name: Qstr,
) -> PyResult<Option<TypeAttr>> {
    let key = ty as *const TypeObject as usize;
    if let Some(hit) = vm.attr_cache.get(key, name) {
        return Ok(hit);
    }
    let epoch = vm.attr_cache.epoch();
    let found = lookup_in_type_uncached(vm, ty, name)?;
    if vm.attr_cache.epoch() == epoch {
        vm.attr_cache.put(key, name, found);
    }
    Ok(found)
}

fn lookup_in_type_uncached(
    vm: &mut Vm,
    ty: &'static TypeObject,
    name: Qstr,
) -> PyResult<Option<TypeAttr>> {
    if let Some(mro) = Obj::<TupleObj>::from_value(ty.mro.get()) {
        for t in mro.get().items() {
            if let Some(t) = as_type(*t) {
                if let Some(a) = lookup_own(vm, t, name)? {
                    return Ok(Some(a));
                }
            }
        }
        return Ok(None);
    }
    let mut cur = Some(ty);
    while let Some(t) = cur {
        if let Some(a) = lookup_own(vm, t, name)? {
            return Ok(Some(a));
        }
        cur = t.base();
    }
    Ok(None)
}

/// An attribute found on a type.
#[derive(Clone, Copy)]
pub enum TypeAttr {
    /// From a built-in type's member table.
    Member(Member),
    /// From a class dict.
    Value(Value),
}

fn lookup_own(vm: &mut Vm, t: &'static TypeObject, name: Qstr) -> PyResult<Option<TypeAttr>> {
    if !t.dict.get().is_null() {
        if let Some(v) = crate::objects::dict::dict_get_qstr(vm, t.dict.get(), name)? {
            return Ok(Some(TypeAttr::Value(v)));
        }
    }
    if let Some(m) = t.own_member(name) {
        return Ok(Some(TypeAttr::Member(m)));
    }
    if !t.is_heap() {
        if let Some(f) = crate::builtins::slot_wrappers::slot_method(t, name) {
            return Ok(Some(TypeAttr::Member(Member::Method(f))));
        }
    }
    Ok(None)
}

pub fn trace_type(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a (heap) type object.
    let t = unsafe { &*(obj as *const TypeObject) };
    heap.mark_value(t.dict.get());
    heap.mark_value(t.bases.get());
    heap.mark_value(t.mro.get());
}

pub static TYPE_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(super::classes::type_make_new),
    call: Some(super::classes::type_call),
    repr: Some(super::classes::type_repr),
    getattr: Some(super::attr::type_getattr),
    setattr: Some(super::attr::type_setattr),
    ..TypeSlots::EMPTY
};

pub static TYPE_MEMBERS: &[(Qstr, Member)] = super::classes::TYPE_MEMBERS;

pub static OBJECT_MEMBERS: &[(Qstr, Member)] = super::classes::OBJECT_MEMBERS;

/// `object` as a value (for MRO tuples).
pub fn object_type_value() -> Value {
    OBJECT_TYPE.as_value()
}

const ATTR_CACHE_SIZE: usize = 1024;

#[derive(Clone, Copy)]
struct AttrCacheEntry {
    ty: usize,
    name: u32,
    epoch: u32,
    result: Option<TypeAttr>,
}

/// Results of `lookup_in_type`, keyed by (type, name), for the current epoch. The epoch
/// moves on whenever a class dict changes, a class is made, or a collection runs (cached
/// values are not GC roots), which empties the cache at once.
pub struct AttrCache {
    entries: alloc::boxed::Box<[AttrCacheEntry]>,
    epoch: u32,
}

impl AttrCache {
    pub fn new() -> Option<AttrCache> {
        let empty = AttrCacheEntry {
            ty: 0,
            name: 0,
            epoch: 0,
            result: None,
        };
        let mut v = alloc::vec::Vec::new();
        v.try_reserve_exact(ATTR_CACHE_SIZE).ok()?;
        v.resize(ATTR_CACHE_SIZE, empty);
        Some(AttrCache {
            entries: v.into_boxed_slice(),
            epoch: 1,
        })
    }

    fn slot(ty: usize, name: Qstr) -> usize {
        let h = (ty >> 4) ^ (name.0 as usize).wrapping_mul(0x9E37_79B9);
        h & (ATTR_CACHE_SIZE - 1)
    }

    #[inline]
    fn get(&self, ty: usize, name: Qstr) -> Option<Option<TypeAttr>> {
        let e = self.entries.get(Self::slot(ty, name))?;
        if e.epoch == self.epoch && e.ty == ty && e.name == name.0 {
            Some(e.result)
        } else {
            None
        }
    }

    fn put(&mut self, ty: usize, name: Qstr, result: Option<TypeAttr>) {
        let epoch = self.epoch;
        if let Some(e) = self.entries.get_mut(Self::slot(ty, name)) {
            *e = AttrCacheEntry {
                ty,
                name: name.0,
                epoch,
                result,
            };
        }
    }

    pub fn epoch(&self) -> u32 {
        self.epoch
    }

    /// Forget everything (a class changed, or values may have moved to the free list).
    pub fn invalidate(&mut self) {
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            // Entries of epoch 0 are empty slots; never reuse it.
            self.epoch = 1;
            for e in self.entries.iter_mut() {
                e.epoch = 0;
            }
        }
    }
}
