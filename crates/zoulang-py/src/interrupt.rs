//! Long calls that stay interruptible, and the shared shape of every `*_batch`.
//!
//! [`run`] does the work on a worker thread with the GIL released while the calling thread wakes every
//! [`SLICE`] to run Python's signal handlers (`py.check_signals()`). When a handler raises (Ctrl-C gives
//! `KeyboardInterrupt`), it cancels the work's [`Cancel`] token, waits for the worker to stop (the core checks
//! the token between rows of the alignment programme and between batch items) and returns that error.
//!
//! [`texts`] borrows the UTF-8 of the input `str` objects without copying them, and [`par_map`] maps them in
//! parallel on the rayon pool, checking the token between items: everything per item (the core call,
//! code point offsets, result strings) happens there, so the GIL is held only to build the result objects.

use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use pyo3::{IntoPyObjectExt, intern};
use rayon::prelude::*;
use zoulang::Cancel;

/// How often the waiting thread looks at Python's signals: the delay between Ctrl-C and the call noticing.
const SLICE: Duration = Duration::from_millis(20);

/// Runs `work` on a worker thread with the GIL released; Ctrl-C (any signal handler that raises) cancels it
/// and its error is returned once the worker has stopped. A panic in `work` is re-raised here.
pub fn run<R: Send>(py: Python<'_>, work: impl FnOnce(&Cancel) -> R + Send) -> PyResult<R> {
    let cancel = Cancel::new();
    let done = (Mutex::new(false), Condvar::new());
    std::thread::scope(|s| {
        // The stack of a main thread (8 MiB), as the work had when it ran on the caller's thread.
        let worker = std::thread::Builder::new()
            .name("zoulang-call".into())
            .stack_size(8 << 20)
            .spawn_scoped(s, || {
                // Tells the waiting thread even if `work` panics.
                let _signal = Done(&done);
                work(&cancel)
            })
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start a worker thread: {e}")))?;
        let join = |worker: std::thread::ScopedJoinHandle<'_, R>| {
            py.detach(|| worker.join())
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        };
        loop {
            let finished = py.detach(|| {
                let guard = done.0.lock().unwrap_or_else(PoisonError::into_inner);
                let (guard, _) = done
                    .1
                    .wait_timeout_while(guard, SLICE, |finished| !*finished)
                    .unwrap_or_else(PoisonError::into_inner);
                *guard
            });
            if finished {
                return Ok(join(worker));
            }
            if let Err(e) = py.check_signals() {
                cancel.cancel();
                join(worker);
                return Err(e);
            }
        }
    })
}

/// Sets the flag and wakes the waiting thread when dropped (at the end of the work or in a panic).
struct Done<'a>(&'a (Mutex<bool>, Condvar));

impl Drop for Done<'_> {
    fn drop(&mut self) {
        *self.0.0.lock().unwrap_or_else(PoisonError::into_inner) = true;
        self.0.1.notify_all();
    }
}

/// The UTF-8 text of each `str`, borrowed from the objects (CPython caches it in the object, so a `str`
/// passed twice is encoded once). Raises `UnicodeEncodeError` for a lone surrogate.
pub fn texts<'a>(strs: &'a [Bound<'_, PyString>]) -> PyResult<Vec<&'a str>> {
    strs.iter().map(|s| s.to_str()).collect()
}

/// `f` over `items` in parallel (input order kept), stopping between items once `cancel` is set (the
/// result is then `None`; [`run`] returns the signal's error instead).
pub fn par_map<T: Sync, R: Send>(
    cancel: &Cancel,
    items: &[T],
    f: impl Fn(&T) -> R + Sync + Send,
) -> Option<Vec<R>> {
    items
        .par_iter()
        .map(|x| (!cancel.is_cancelled()).then(|| f(x)))
        .collect()
}

/// `f` over `texts` in parallel on a worker, interruptible by Ctrl-C ([`map_texts`]); the results become a
/// Python list with [`into_python`].
pub fn batch<'py, R>(
    py: Python<'py>,
    texts: &[&str],
    f: impl Fn(&str) -> R + Sync + Send,
) -> PyResult<Bound<'py, PyAny>>
where
    R: Send + IntoPyObject<'py>,
{
    let out = map_texts(py, texts, f)?;
    if is_small(texts) {
        return out.into_bound_py_any(py);
    }
    into_python(py, out)
}

fn is_small(texts: &[&str]) -> bool {
    texts.iter().map(|t| t.len()).sum::<usize>() < INLINE_BYTES
}

/// Batches smaller than this (bytes in all) run on the calling thread, one text after another: starting a
/// worker and waking the pool would cost more than the work (tens of µs), which ends within milliseconds.
const INLINE_BYTES: usize = 16 << 10;

/// `f` over `texts`: inline (GIL released) for a small batch, else [`run`] around [`par_map`].
fn map_texts<R: Send>(
    py: Python<'_>,
    texts: &[&str],
    f: impl Fn(&str) -> R + Sync + Send,
) -> PyResult<Vec<R>> {
    if is_small(texts) {
        return Ok(py.detach(|| texts.iter().map(|t| f(t)).collect()));
    }
    let out = run(py, |cancel| par_map(cancel, texts, |t| f(t)))?;
    // `None` only when cancelled, and then `run` has returned the signal's error.
    Ok(out.unwrap_or_default())
}

/// Converts a batch result with Python's cyclic garbage collector paused (and resumed after, if it was on).
///
/// Result objects (`Token`, `Sentence`, `TermMatch`, …) hold no Python references, so they can never be part
/// of a reference cycle, but every `#[pyclass]` is a GC type: building a million of them one by one makes the
/// collector traverse them again and again while the GIL is held (a third of a `segment_words_batch` call).
/// Paused, it looks at them once: in the young-generation collection run here, before returning, so that
/// its cost is part of the call (not left to whatever Python code allocates next).
pub fn into_python<'py, R: IntoPyObject<'py>>(
    py: Python<'py>,
    value: R,
) -> PyResult<Bound<'py, PyAny>> {
    let gc = py.import(intern!(py, "gc"))?;
    let enabled = gc.call_method0(intern!(py, "isenabled"))?.is_truthy()?;
    if enabled {
        gc.call_method0(intern!(py, "disable"))?;
    }
    let out = value.into_bound_py_any(py);
    if enabled {
        gc.call_method0(intern!(py, "enable"))?;
        gc.call_method1(intern!(py, "collect"), (0,))?;
    }
    out
}

/// A text transformation over `texts` like [`batch`], as a list of `str`; an unchanged text comes back as
/// the input object itself (nothing to copy or decode under the GIL), see [`same_or_new`].
pub fn str_batch<'py>(
    py: Python<'py>,
    texts: &[Bound<'py, PyString>],
    f: impl Fn(&str) -> String + Sync + Send,
) -> PyResult<Bound<'py, PyAny>> {
    let strs = self::texts(texts)?;
    let outs = map_texts(py, &strs, |t| changed(t, f(t)))?;
    let items = texts.iter().zip(strs).zip(outs);
    let list = PyList::new(py, items.map(|((obj, t), o)| same_or_new(obj, t, o)))?;
    Ok(list.into_any())
}

/// `out`, or `None` when it equals `input` (compared where it was made, off the GIL).
pub fn changed(input: &str, out: String) -> Option<String> {
    (out != input).then_some(out)
}

/// The result of a text transformation as a `str`: a new one from the prepared UTF-8, or, when the text did
/// not change and the input is an exact `str` (not a subclass), the input object itself, as `str` methods do.
/// `text` is the input's UTF-8.
pub fn same_or_new<'py>(
    input: &Bound<'py, PyString>,
    text: &str,
    out: Option<String>,
) -> Bound<'py, PyString> {
    match out {
        None if input.is_exact_instance_of::<PyString>() => input.clone(),
        None => PyString::new(input.py(), text),
        Some(s) => PyString::new(input.py(), &s),
    }
}
