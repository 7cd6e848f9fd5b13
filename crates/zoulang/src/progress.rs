//! Progress of long calls: shared counters that a long call advances and any thread may read.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// A progress handle: clone it, hand one clone to a long call (e.g. [`AlignOptions::progress`]), and read
/// [`Progress::done`] and [`Progress::total`] from another thread (e.g. to redraw a progress bar).
///
/// The call sets the total before it starts and advances `done` at the points where it checks its
/// [`Cancel`](crate::Cancel) token, so reading costs two relaxed atomic loads and updating one atomic
/// `fetch_max`. `done` never decreases and never exceeds `total`; it equals `total` when the call returns
/// successfully. What a unit is depends on the call: for [`align`](crate::align::align) it is one sentence
/// read (both sides) plus one row of the dynamic programme per pass; for
/// [`align_batch`](crate::align::align_batch) one document.
///
/// [`AlignOptions::progress`]: crate::align::AlignOptions::progress
///
/// ```
/// use zoulang::{LanguageTag, Progress, align::{align, AlignOptions}};
/// let progress = Progress::new();
/// let mut opts = AlignOptions::default();
/// opts.progress = Some(progress.clone());
/// align(&["一。", "二。"], &["One.", "Two."], LanguageTag::ZH_HANS, LanguageTag::EN, &opts).unwrap();
/// assert!(progress.total() > 0);
/// assert_eq!(progress.done(), progress.total());
/// assert_eq!(progress.fraction(), 1.0);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Progress(Arc<Counters>);

#[derive(Debug, Default)]
struct Counters {
    done: AtomicU64,
    total: AtomicU64,
}

impl Progress {
    /// A handle with nothing done out of nothing. O(1).
    ///
    /// ```
    /// let p = zoulang::Progress::new();
    /// assert_eq!((p.done(), p.total()), (0, 0));
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Units of work done so far (never decreases during a call). O(1).
    ///
    /// ```
    /// assert_eq!(zoulang::Progress::new().done(), 0);
    /// ```
    pub fn done(&self) -> u64 {
        self.0.done.load(Ordering::Relaxed)
    }

    /// Units of work the call will do; 0 until it has started. O(1).
    ///
    /// ```
    /// assert_eq!(zoulang::Progress::new().total(), 0);
    /// ```
    pub fn total(&self) -> u64 {
        self.0.total.load(Ordering::Relaxed)
    }

    /// `done / total` in `[0, 1]` (0 before the call has started). O(1).
    ///
    /// ```
    /// assert_eq!(zoulang::Progress::new().fraction(), 0.0);
    /// ```
    pub fn fraction(&self) -> f64 {
        let total = self.total();
        if total == 0 {
            0.0
        } else {
            (self.done().min(total) as f64) / (total as f64)
        }
    }

    /// Starts a new count: `done` back to 0 and the total set. Called by the long call itself.
    pub(crate) fn start(&self, total: u64) {
        self.0.done.store(0, Ordering::Relaxed);
        self.0.total.store(total, Ordering::Relaxed);
    }

    /// Raises `done` to `at` (capped at the total); never lowers it, so a step that is repeated (a wider
    /// search band) only holds the count still.
    pub(crate) fn reach(&self, at: u64) {
        self.0
            .done
            .fetch_max(at.min(self.total()), Ordering::Relaxed);
    }

    /// Advances `done` by `n` (capped at the total).
    pub(crate) fn advance(&self, n: u64) {
        let total = self.total();
        let _ = self
            .0
            .done
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |d| {
                Some(d.saturating_add(n).min(total))
            });
    }

    /// Marks the work complete (`done = total`).
    pub(crate) fn finish(&self) {
        self.reach(self.total());
    }
}

/// A window of an optional [`Progress`]: units `[base, base + len)` of its count, for one phase of a call.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Phase<'a> {
    progress: Option<&'a Progress>,
    base: u64,
}

impl<'a> Phase<'a> {
    /// The phase starting at unit `base` (no-op when `progress` is `None`).
    pub(crate) fn new(progress: Option<&'a Progress>, base: u64) -> Self {
        Phase { progress, base }
    }

    /// Reports that `i` units of this phase are done. O(1).
    pub(crate) fn at(&self, i: usize) {
        if let Some(p) = self.progress {
            p.reach(self.base + i as u64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_capped_monotone_and_restart() {
        let p = Progress::new();
        p.start(10);
        p.reach(4);
        p.reach(2);
        assert_eq!(p.done(), 4, "reach never lowers the count");
        p.advance(3);
        assert_eq!(p.done(), 7);
        p.advance(100);
        assert_eq!(p.done(), 10, "capped at the total");
        p.start(5);
        assert_eq!((p.done(), p.total()), (0, 5));
        Phase::new(Some(&p), 2).at(2);
        assert_eq!(p.done(), 4);
        p.finish();
        assert_eq!(p.fraction(), 1.0);
    }
}
