//! Memory accounting for one compilation: every allocation the lexer, parser and
//! compiler make on behalf of the source text is charged here first, so a source too
//! big for the heap ends in `CompileError::MemoryError` instead of an allocation abort.
//!
//! Vectors grow through `push` (which charges the growth and uses `try_reserve`), boxes
//! through `boxed`, strings through `push_str`/`push_char`. Freed memory is not credited:
//! the count is an upper bound of what the compilation ever held.
//!
//! The budget also bounds the machine stack: the parser and code generator recurse over
//! nested expressions, and `check_stack` fails with `CompileError::Recursion` once they
//! are `STACK_LIMIT` bytes below where the compilation started (the stack grows down on
//! every target), whatever the frame sizes of the build; a compilation started deep in
//! Python recursion (`eval`, `exec`, `import`) gets only the stack the VM has left
//! (`with_stack_room`), so the VM's stack limit bounds the two together.

use super::CompileError;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

/// Machine stack a compilation may use for its recursion (VibeOS threads get 1 MiB).
pub const STACK_LIMIT: usize = 384 * 1024;

/// Address of a local of the calling frame: a probe of the stack depth.
#[inline(always)]
fn stack_address() -> usize {
    let marker = 0u8;
    core::ptr::addr_of!(marker) as usize
}

/// Running byte count with a fixed ceiling, and the stack guard.
pub struct Budget {
    used: Cell<usize>,
    limit: usize,
    stack_base: usize,
    stack_room: usize,
}

impl Budget {
    pub fn new(limit: usize) -> Budget {
        Budget::with_stack_room(limit, STACK_LIMIT)
    }

    /// A budget whose recursion may use at most `stack_room` bytes (and never more than
    /// `STACK_LIMIT`) below the caller's frame.
    pub fn with_stack_room(limit: usize, stack_room: usize) -> Budget {
        Budget {
            used: Cell::new(0),
            limit,
            stack_base: stack_address(),
            stack_room: stack_room.min(STACK_LIMIT),
        }
    }

    /// Fail once the recursion has used its stack room.
    #[inline(always)]
    pub fn check_stack(&self) -> Result<(), CompileError> {
        if self.stack_base.saturating_sub(stack_address()) > self.stack_room {
            return Err(CompileError::Recursion);
        }
        Ok(())
    }

    /// Bytes charged so far.
    pub fn used(&self) -> usize {
        self.used.get()
    }

    /// Account for `bytes` more, failing once the ceiling is passed.
    pub fn charge(&self, bytes: usize) -> Result<(), CompileError> {
        let total = self
            .used
            .get()
            .checked_add(bytes)
            .ok_or(CompileError::MemoryError)?;
        if total > self.limit {
            return Err(CompileError::MemoryError);
        }
        self.used.set(total);
        Ok(())
    }

    /// Make sure `v` can take `extra` more items, charging any growth.
    pub fn reserve<T>(&self, v: &mut Vec<T>, extra: usize) -> Result<(), CompileError> {
        let need = v
            .len()
            .checked_add(extra)
            .ok_or(CompileError::MemoryError)?;
        if need <= v.capacity() {
            return Ok(());
        }
        let new_cap = need.max(v.capacity().saturating_mul(2)).max(4);
        let grow = new_cap - v.capacity();
        self.charge(grow.saturating_mul(core::mem::size_of::<T>().max(1)))?;
        v.try_reserve_exact(new_cap - v.len())
            .map_err(|_| CompileError::MemoryError)
    }

    /// Append one item.
    pub fn push<T>(&self, v: &mut Vec<T>, item: T) -> Result<(), CompileError> {
        self.reserve(v, 1)?;
        v.push(item);
        Ok(())
    }

    /// Append a slice of bytes (or other `Copy` items).
    pub fn extend<T: Copy>(&self, v: &mut Vec<T>, items: &[T]) -> Result<(), CompileError> {
        self.reserve(v, items.len())?;
        v.extend_from_slice(items);
        Ok(())
    }

    /// Put a value in a box.
    pub fn boxed<T>(&self, value: T) -> Result<Box<T>, CompileError> {
        self.charge(core::mem::size_of::<T>())?;
        Ok(Box::new(value))
    }

    /// Append text to a string.
    pub fn push_str(&self, s: &mut String, text: &str) -> Result<(), CompileError> {
        let need = s
            .len()
            .checked_add(text.len())
            .ok_or(CompileError::MemoryError)?;
        if need > s.capacity() {
            let new_cap = need.max(s.capacity().saturating_mul(2)).max(8);
            self.charge(new_cap - s.capacity())?;
            s.try_reserve_exact(new_cap - s.len())
                .map_err(|_| CompileError::MemoryError)?;
        }
        s.push_str(text);
        Ok(())
    }

    /// Append one character to a string.
    pub fn push_char(&self, s: &mut String, c: char) -> Result<(), CompileError> {
        let mut buf = [0u8; 4];
        self.push_str(s, c.encode_utf8(&mut buf))
    }

    /// A new string holding a copy of `text`.
    pub fn string(&self, text: &str) -> Result<String, CompileError> {
        let mut s = String::new();
        self.push_str(&mut s, text)?;
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_is_charged_and_limited() {
        let b = Budget::new(64);
        let mut v: Vec<u64> = Vec::new();
        b.push(&mut v, 1).unwrap();
        assert_eq!(b.used(), 32);
        for i in 0..7 {
            b.push(&mut v, i).unwrap();
        }
        assert_eq!(b.used(), 64);
        assert_eq!(b.push(&mut v, 9).unwrap_err(), CompileError::MemoryError);
        let mut s = String::new();
        assert_eq!(
            b.push_str(&mut s, "x").unwrap_err(),
            CompileError::MemoryError
        );
    }
}
