//! The few C-ABI runtime symbols a freestanding VibePy binary needs.
#![no_std]
