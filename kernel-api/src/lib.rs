//! `#[repr(C)]` mirror of the VibeOS kernel API table (kapi v1, KAPI.md) and a safe wrapper.
#![no_std]
