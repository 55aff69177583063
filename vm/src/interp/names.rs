//! Name resolution for `LOAD_NAME`/`LOAD_GLOBAL` (locals dict, globals, builtins) and
//! the errors for unbound names.

use super::{PyErr, PyResult, Vm};
use crate::objects::code::CodeObj;
use crate::objects::dict::dict_get_qstr;
use crate::objects::exception;
use crate::objects::Obj;
use crate::qstr::Qstr;
use crate::value::Value;

/// `LOAD_NAME`: the locals dict, then globals, then builtins.
pub fn load_name(vm: &mut Vm, locals: Value, globals: Value, name: Qstr) -> PyResult<Value> {
    if !locals.is_null() && locals != globals {
        if let Some(v) = dict_get_qstr(vm, locals, name)? {
            return Ok(v);
        }
    }
    load_global(vm, globals, name)
}

/// `LOAD_GLOBAL`: globals, then builtins.
pub fn load_global(vm: &mut Vm, globals: Value, name: Qstr) -> PyResult<Value> {
    if let Some(v) = dict_get_qstr(vm, globals, name)? {
        return Ok(v);
    }
    let builtins = vm.builtins;
    if let Some(v) = dict_get_qstr(vm, builtins, name)? {
        return Ok(v);
    }
    Err(name_error(vm, name))
}

pub fn name_error(vm: &mut Vm, name: Qstr) -> PyErr {
    let n = vm.qstr_str(name);
    vm.new_exception_fmt(
        &exception::NAME_ERROR,
        format_args!("name '{}' is not defined", n),
    )
}

/// Error for an empty cell: a free variable (NameError) or a captured local not yet
/// assigned (UnboundLocalError), with CPython 3.11's messages.
pub fn free_var_error(vm: &mut Vm, code: Obj<CodeObj>, slot: usize) -> PyErr {
    let name = code.local_name(vm, slot);
    if code.is_free_slot(slot) {
        match name {
            Some(n) => vm.new_exception_fmt(
                &exception::NAME_ERROR,
                format_args!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    n
                ),
            ),
            None => vm.new_exception(
                &exception::NAME_ERROR,
                "cannot access free variable where it is not associated with a value in enclosing scope",
            ),
        }
    } else {
        match name {
            Some(n) => vm.new_exception_fmt(
                &exception::UNBOUND_LOCAL_ERROR,
                format_args!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    n
                ),
            ),
            None => vm.new_exception(
                &exception::UNBOUND_LOCAL_ERROR,
                "cannot access local variable where it is not associated with a value",
            ),
        }
    }
}

const GLOBAL_CACHE_SIZE: usize = 2048;

#[derive(Clone, Copy, Default)]
struct GlobalCacheEntry {
    code: usize,
    ip: usize,
    /// Entry index of the name in the globals dict when last found there.
    g_index: u32,
    /// Globals dict (address) and its layout version when the name was last found to be
    /// absent from it (0: unknown).
    g_dict: usize,
    g_version: u64,
    /// Entry index of the name in the builtins dict.
    b_index: u32,
}

/// Per-instruction memory of where `LOAD_GLOBAL` found its name. Holds no values, only
/// positions that are verified on use (key identity, layout version), so it never needs
/// invalidation and is safe across collections.
pub struct GlobalCache {
    entries: alloc::boxed::Box<[GlobalCacheEntry]>,
}

impl GlobalCache {
    pub fn new() -> Option<GlobalCache> {
        let mut v = alloc::vec::Vec::new();
        v.try_reserve_exact(GLOBAL_CACHE_SIZE).ok()?;
        v.resize(GLOBAL_CACHE_SIZE, GlobalCacheEntry::default());
        Some(GlobalCache {
            entries: v.into_boxed_slice(),
        })
    }

    fn slot(code: usize, ip: usize) -> usize {
        ((code >> 4) ^ ip.wrapping_mul(0x9E37_79B9)) & (GLOBAL_CACHE_SIZE - 1)
    }
}

/// `LOAD_GLOBAL` at instruction `ip` of code object `code`, using the site cache.
#[inline]
pub fn load_global_cached(
    vm: &mut Vm,
    globals: Value,
    name: Qstr,
    code: usize,
    ip: usize,
) -> PyResult<Value> {
    let key = Value::from_qstr(name);
    let slot = GlobalCache::slot(code, ip);
    let entry = vm
        .global_cache
        .entries
        .get(slot)
        .copied()
        .unwrap_or_default();
    let g = crate::objects::dict::as_dict(globals);
    let b = crate::objects::dict::as_dict(vm.builtins);
    if entry.code == code && entry.ip == ip {
        if let Some(g) = g {
            let table = &g.get().table;
            if let Some(v) = table.value_if_key_at(entry.g_index as usize, key) {
                return Ok(v);
            }
            if entry.g_dict == g.as_ptr() as usize && entry.g_version == table.layout_version() {
                if let Some(v) =
                    b.and_then(|b| b.get().table.value_if_key_at(entry.b_index as usize, key))
                {
                    return Ok(v);
                }
            }
        }
    }
    // Slow path: look it up and remember where.
    let mut fresh = GlobalCacheEntry {
        code,
        ip,
        ..GlobalCacheEntry::default()
    };
    if let Some(g) = g {
        let table = &g.get().table;
        let h = crate::objects::str::str_hash(vm, key);
        if let crate::objects::dict::Lookup::Found(i) = table.lookup(vm, key, h)? {
            if let Some((_, v)) = table.entry_at(i) {
                fresh.g_index = i as u32;
                if let Some(e) = vm.global_cache.entries.get_mut(slot) {
                    *e = fresh;
                }
                return Ok(v);
            }
        }
        fresh.g_dict = g.as_ptr() as usize;
        fresh.g_version = table.layout_version();
    }
    if let Some(b) = b {
        let table = &b.get().table;
        let h = crate::objects::str::str_hash(vm, key);
        if let crate::objects::dict::Lookup::Found(i) = table.lookup(vm, key, h)? {
            if let Some((_, v)) = table.entry_at(i) {
                fresh.b_index = i as u32;
                if let Some(e) = vm.global_cache.entries.get_mut(slot) {
                    *e = fresh;
                }
                return Ok(v);
            }
        }
    }
    load_global(vm, globals, name)
}
