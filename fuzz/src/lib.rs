//! The invariant checks behind every fuzz target. The same file is compiled into the root crate's
//! `tests/regressions.rs`, which replays the committed corpora and every crash ever found, so CI needs no fuzzer.
#![forbid(unsafe_code)]

pub mod checks;
