//! The interning table: static qstrs plus strings interned at run time, with an
//! open-addressing index by hash.

use super::generated::{COUNT, TABLE};
use super::Qstr;
use alloc::boxed::Box;
use alloc::vec::Vec;

/// Hash of a string: CPython's `hash(s)` under `PYTHONHASHSEED=0` (see num::siphash),
/// as a 64-bit pattern. Heap strings and qstrs with equal contents hash equally.
pub fn hash_str(s: &str) -> u64 {
    crate::num::siphash::hash_str(s)
}

/// Interning failed for lack of memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QstrOutOfMemory;

pub struct QstrTable {
    /// Strings interned at run time; qstr `COUNT + i` is `dynamic[i]`.
    dynamic: Vec<(&'static str, u64)>,
    /// Open-addressing index over all qstrs (static and dynamic) by hash; 0 = empty slot.
    slots: Vec<u32>,
    used: usize,
}

impl QstrTable {
    pub fn new() -> Result<QstrTable, QstrOutOfMemory> {
        let mut t = QstrTable {
            dynamic: Vec::new(),
            slots: Vec::new(),
            used: 0,
        };
        t.resize((COUNT * 2).next_power_of_two())?;
        Ok(t)
    }

    fn entry(&self, q: u32) -> Option<(&'static str, u64)> {
        let i = q as usize;
        if i < COUNT {
            TABLE.get(i).copied()
        } else {
            self.dynamic.get(i - COUNT).copied()
        }
    }

    fn resize(&mut self, n_slots: usize) -> Result<(), QstrOutOfMemory> {
        let mut slots = Vec::new();
        slots
            .try_reserve_exact(n_slots)
            .map_err(|_| QstrOutOfMemory)?;
        slots.resize(n_slots, 0u32);
        let total = COUNT + self.dynamic.len();
        // Index 0 is the null qstr and index 1 the empty string; both are found by
        // content like any other, except the null one which is never looked up.
        for q in 1..total as u32 {
            if let Some((_, h)) = self.entry(q) {
                insert_slot(&mut slots, h, q);
            }
        }
        self.slots = slots;
        self.used = total;
        Ok(())
    }

    /// The qstr with these contents, if interned.
    pub fn find(&self, s: &str) -> Option<Qstr> {
        self.find_hashed(s, hash_str(s))
    }

    fn find_hashed(&self, s: &str, h: u64) -> Option<Qstr> {
        let mask = self.slots.len() - 1;
        let mut i = (h as usize) & mask;
        loop {
            let q = *self.slots.get(i)?;
            if q == 0 {
                return None;
            }
            if let Some((text, qh)) = self.entry(q) {
                if qh == h && text == s {
                    return Some(Qstr(q));
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Intern `s`, returning its qstr.
    pub fn intern(&mut self, s: &str) -> Result<Qstr, QstrOutOfMemory> {
        let h = hash_str(s);
        if let Some(q) = self.find_hashed(s, h) {
            return Ok(q);
        }
        if (self.used + 1) * 2 > self.slots.len() {
            self.resize(self.slots.len() * 2)?;
        }
        let mut bytes = Vec::new();
        bytes
            .try_reserve_exact(s.len())
            .map_err(|_| QstrOutOfMemory)?;
        bytes.extend_from_slice(s.as_bytes());
        self.dynamic.try_reserve(1).map_err(|_| QstrOutOfMemory)?;
        let leaked: &'static mut [u8] = Box::leak(bytes.into_boxed_slice());
        let text = core::str::from_utf8(leaked).map_err(|_| QstrOutOfMemory)?;
        let q = (COUNT + self.dynamic.len()) as u32;
        self.dynamic.push((text, h));
        insert_slot(&mut self.slots, h, q);
        self.used += 1;
        Ok(Qstr(q))
    }

    /// The contents of a qstr ("" for an unknown index).
    pub fn str(&self, q: Qstr) -> &'static str {
        self.entry(q.0).map(|e| e.0).unwrap_or("")
    }

    pub fn hash(&self, q: Qstr) -> u64 {
        self.entry(q.0).map(|e| e.1).unwrap_or(0)
    }

    pub fn dynamic_count(&self) -> usize {
        self.dynamic.len()
    }
}

fn insert_slot(slots: &mut [u32], h: u64, q: u32) {
    let mask = slots.len() - 1;
    let mut i = (h as usize) & mask;
    while let Some(slot) = slots.get_mut(i) {
        if *slot == 0 {
            *slot = q;
            return;
        }
        i = (i + 1) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::qstr::{append, zip as ZIP, EMPTY, MODULE_BLOCK};

    #[test]
    fn static_table_matches_mpy_indices_and_hashes() {
        let t = QstrTable::new().unwrap();
        assert_eq!(t.str(MODULE_BLOCK), "<module>");
        assert_eq!(MODULE_BLOCK.0, 7);
        assert_eq!(ZIP.0, 165);
        assert_eq!(t.find("append"), Some(append));
        assert_eq!(t.find(""), Some(EMPTY));
        for (i, (s, h)) in TABLE.iter().enumerate().skip(1) {
            assert_eq!(hash_str(s), *h, "{s}");
            assert_eq!(t.find(s), Some(Qstr(i as u32)).filter(|q| t.str(*q) == *s));
        }
    }

    #[test]
    fn interning_is_idempotent_and_grows() {
        let mut t = QstrTable::new().unwrap();
        let mut made = std::vec::Vec::new();
        for i in 0..5000 {
            let s = std::format!("name_{i}");
            let q = t.intern(&s).unwrap();
            made.push((s, q));
        }
        for (s, q) in &made {
            assert_eq!(t.intern(s).unwrap(), *q);
            assert_eq!(t.str(*q), s.as_str());
        }
    }
}
