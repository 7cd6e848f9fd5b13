//! Cooperative cancellation of long calls: a shared flag that long loops check at cheap intervals.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::{Error, Result};

/// A cancellation token: clone it, hand one clone to a long call (e.g. [`AlignOptions::cancel`]), and call
/// [`Cancel::cancel`] on another (from any thread) to make the call stop early with [`Error::Cancelled`].
///
/// Checking costs one relaxed atomic load; [`align`](crate::align::align) checks between rows of its dynamic
/// programme and between phases, [`align_batch`](crate::align::align_batch) before each document. The
/// Python package sets it when Ctrl-C arrives during a long call.
///
/// [`AlignOptions::cancel`]: crate::align::AlignOptions::cancel
///
/// ```
/// let token = zoulang::Cancel::new();
/// let worker = token.clone();
/// assert!(worker.check().is_ok());
/// token.cancel();
/// assert!(worker.is_cancelled());
/// assert!(matches!(worker.check(), Err(zoulang::Error::Cancelled)));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// A token that is not cancelled. O(1).
    ///
    /// ```
    /// assert!(!zoulang::Cancel::new().is_cancelled());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks every call holding a clone of this token to stop; it cannot be undone. O(1).
    ///
    /// ```
    /// let t = zoulang::Cancel::new();
    /// t.cancel();
    /// assert!(t.is_cancelled());
    /// ```
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether [`Cancel::cancel`] was called on this token or a clone of it. O(1).
    ///
    /// ```
    /// let t = zoulang::Cancel::new();
    /// assert!(!t.clone().is_cancelled());
    /// ```
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// `Err(Error::Cancelled)` once cancelled, `Ok(())` before: use with `?` in long loops. O(1).
    ///
    /// ```
    /// assert!(zoulang::Cancel::new().check().is_ok());
    /// ```
    pub fn check(&self) -> Result<()> {
        if self.is_cancelled() {
            Err(Error::Cancelled)
        } else {
            Ok(())
        }
    }
}

/// `check` on an optional token (`None` never cancels).
pub(crate) fn check(token: Option<&Cancel>) -> Result<()> {
    token.map_or(Ok(()), Cancel::check)
}
