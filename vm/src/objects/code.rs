//! Code objects: one raw code of MPY.md §5 made ready to run. The `fun_data` bytes stay
//! exactly as compiled or loaded (they may live in static memory for frozen code); the
//! prelude is decoded once, and operands are resolved at run time through the module
//! context (qstr map and constant table, MPY.md §7).

use super::bytes::RawBytes;
use super::type_object::{Member, TypeObject, TypeSlots};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::bytecode::encode::read_vuint;
use crate::bytecode::prelude::{read_signature, read_size_header};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr::{self, Qstr};
use crate::value::Value;

#[repr(C)]
pub struct CodeObj {
    pub header: ObjHeader,
    pub name: Qstr,
    pub n_state: usize,
    pub n_exc_stack: usize,
    pub scope_flags: u8,
    pub n_pos_args: usize,
    pub n_kwonly_args: usize,
    pub n_def_pos_args: usize,
    /// The object owning the bytes (RawBytes), or NULL for static bytes.
    pub data_owner: Value,
    data_ptr: *const u8,
    data_len: usize,
    /// Offsets into fun_data.
    pub line_table: (usize, usize),
    pub cells: (usize, usize),
    pub bytecode_start: usize,
    /// Tuple of qstr values naming argument slots 0..n_pos+n_kwonly.
    pub arg_names: Value,
    /// Tuple of qstr values naming every local slot (empty qstr: unknown), or NULL for
    /// code without such a table (`.mpy` files).
    pub local_names: Value,
    /// Module context: RawBytes of little-endian u32 runtime qstrs, one per file qstr.
    pub qstr_map: Value,
    /// The bytes of `qstr_map`, for fast operand decoding.
    qstr_map_ptr: *const u8,
    qstr_map_len: usize,
    /// Module context: tuple of constants.
    pub consts: Value,
    /// Tuple of child code objects.
    pub children: Value,
    /// Source file name, for tracebacks.
    pub file: Qstr,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for CodeObj {
    const LAYOUT: Layout = Layout::Code;
}

impl CodeObj {
    /// The whole fun_data.
    pub fn fun_data<'a>(&self) -> &'a [u8] {
        // SAFETY: data_ptr/data_len describe bytes owned by `data_owner` (kept alive by
        // this object) or static bytes.
        unsafe { core::slice::from_raw_parts(self.data_ptr, self.data_len) }
    }

    pub fn bytecode<'a>(&self) -> &'a [u8] {
        self.fun_data().get(self.bytecode_start..).unwrap_or(&[])
    }

    /// Runtime qstr for file qstr index `i`.
    #[inline]
    pub fn qstr(&self, i: usize) -> Qstr {
        self.qstr_map_bytes()
            .get(i * 4..i * 4 + 4)
            .map(|b| Qstr(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
            .unwrap_or(qstr::NULL)
    }

    #[inline]
    fn qstr_map_bytes<'a>(&self) -> &'a [u8] {
        // SAFETY: qstr_map_ptr/len describe the data of the RawBytes in `qstr_map`, which
        // this code object keeps alive and which is never resized.
        unsafe { core::slice::from_raw_parts(self.qstr_map_ptr, self.qstr_map_len) }
    }

    pub fn cell_slots<'a>(&self) -> &'a [u8] {
        self.fun_data()
            .get(self.cells.0..self.cells.1)
            .unwrap_or(&[])
    }

    /// Source line of the instruction at bytecode offset `offset` (MPY.md §5.5).
    pub fn line_of(&self, offset: usize) -> u32 {
        let table = self
            .fun_data()
            .get(self.line_table.0..self.line_table.1)
            .unwrap_or(&[]);
        let mut line: u32 = 1;
        let mut remaining = offset;
        let mut i = 0;
        while let Some(&b) = table.get(i) {
            let (bc, dl, len) = if b & 0x80 == 0 {
                (usize::from(b & 0x1f), u32::from((b >> 5) & 3), 1)
            } else {
                let Some(&b2) = table.get(i + 1) else { break };
                (
                    usize::from(b & 0x0f),
                    (u32::from(b & 0x70) << 4) | u32::from(b2),
                    2,
                )
            };
            if remaining < bc {
                break;
            }
            remaining -= bc;
            line += dl;
            i += len;
        }
        line
    }

    /// The name of local slot `i` for messages and `locals()`: from the compiler's
    /// table, else from the argument names (without the positional-only marker). None
    /// when unknown or for a hidden argument.
    pub fn local_name(&self, vm: &Vm, i: usize) -> Option<&'static str> {
        let q = match tuple_item(self.local_names, i).and_then(|v| v.as_qstr()) {
            Some(q) => q,
            None => tuple_item(self.arg_names, i)?.as_qstr()?,
        };
        let text = vm.qstr_str(q);
        let text = text.strip_prefix('/').unwrap_or(text);
        (!text.is_empty() && q != qstr::STAR).then_some(text)
    }

    /// True if local slot `i` is a hidden leading argument: a free variable's cell
    /// passed in by the closure.
    pub fn is_free_slot(&self, i: usize) -> bool {
        tuple_item(self.arg_names, i).and_then(|v| v.as_qstr()) == Some(qstr::STAR)
    }

    pub fn is_generator(&self) -> bool {
        self.scope_flags & crate::bytecode::prelude::scope_flags::GENERATOR != 0
    }
}

fn tuple_item(tuple: Value, i: usize) -> Option<Value> {
    Obj::<super::tuple::TupleObj>::from_value(tuple).and_then(|t| t.get().get(i))
}

fn trace_code(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a code object.
    let c = unsafe { &*(obj as *const CodeObj) };
    for v in [
        c.data_owner,
        c.arg_names,
        c.local_names,
        c.qstr_map,
        c.consts,
        c.children,
    ] {
        heap.mark_value(v);
    }
}

pub static CODE_TYPE: TypeObject = TypeObject::builtin(
    qstr::code,
    Layout::Code,
    Some(&super::instance::OBJECT_TYPE),
    &TypeSlots::EMPTY,
    &[] as &[(Qstr, Member)],
    trace_code,
    0,
);

/// Decode a bytecode raw code's prelude and build its code object. `data_owner` keeps
/// the bytes alive (NULL for static bytes); `qstr_map`/`consts` are the module context;
/// `local_names` is a tuple of slot names or NULL.
pub fn new_code(
    vm: &mut Vm,
    data_owner: Value,
    data: &[u8],
    qstr_map: Value,
    consts: Value,
    children: Value,
    local_names: Value,
) -> PyResult<Value> {
    let malformed = |vm: &mut Vm| vm.value_error("malformed bytecode prelude");
    let mut pos = 0;
    let sig = read_signature(data, &mut pos).ok_or_else(|| malformed(vm))?;
    let size = read_size_header(data, &mut pos).ok_or_else(|| malformed(vm))?;
    let info_start = pos;
    let info_end = info_start + size.n_info as usize;
    let cells_end = info_end + size.n_cell as usize;
    if cells_end > data.len() {
        return Err(malformed(vm));
    }
    let lookup = |i: u64| -> Qstr {
        Obj::<RawBytes>::from_value(qstr_map)
            .and_then(|m| m.get().data().get(i as usize * 4..i as usize * 4 + 4))
            .map(|b| Qstr(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
            .unwrap_or(qstr::NULL)
    };
    let name_idx = read_vuint(data, &mut pos).ok_or_else(|| malformed(vm))?;
    let name = lookup(name_idx);
    let n_args = (sig.n_pos_args + sig.n_kwonly_args) as usize;
    let names = super::tuple::alloc_tuple(vm, n_args)?;
    for i in 0..n_args {
        let q = read_vuint(data, &mut pos).ok_or_else(|| malformed(vm))?;
        super::tuple::tuple_set_init(names, i, Value::from_qstr(lookup(q)));
    }
    if pos > info_end {
        return Err(malformed(vm));
    }
    let file = lookup(0);
    let map_bytes: &[u8] = Obj::<RawBytes>::from_value(qstr_map)
        .map(|m| m.get().data())
        .unwrap_or(&[]);
    let code = vm.alloc(CodeObj {
        header: ObjHeader::new(&CODE_TYPE),
        name,
        n_state: sig.n_state as usize,
        n_exc_stack: sig.n_exc_stack as usize,
        scope_flags: sig.scope_flags,
        n_pos_args: sig.n_pos_args as usize,
        n_kwonly_args: sig.n_kwonly_args as usize,
        n_def_pos_args: sig.n_def_pos_args as usize,
        data_owner,
        data_ptr: data.as_ptr(),
        data_len: data.len(),
        line_table: (pos, info_end),
        cells: (info_end, cells_end),
        bytecode_start: cells_end,
        arg_names: names.as_value(),
        local_names,
        qstr_map,
        qstr_map_ptr: map_bytes.as_ptr(),
        qstr_map_len: map_bytes.len(),
        consts,
        children,
        file,
    })?;
    Ok(code.as_value())
}
