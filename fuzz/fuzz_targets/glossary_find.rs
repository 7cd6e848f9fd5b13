#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| zoulang_fuzz::checks::glossary::glossary_find(data));
