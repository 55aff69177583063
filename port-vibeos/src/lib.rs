//! The VibePy port over kapi: HAL (console, keyboard, time), REPL, script runner, files.
#![no_std]
