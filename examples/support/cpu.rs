//! Shared by the alignment examples: CPU time of the calling thread.

/// CPU time of this thread in seconds (Linux `/proc/thread-self/schedstat`), or `fallback()` elsewhere.
pub fn cpu_seconds(fallback: impl Fn() -> f64) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .next()
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map_or_else(fallback, |ns| ns / 1e9)
}
