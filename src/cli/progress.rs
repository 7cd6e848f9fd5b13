//! Progress bars on standard error (INTERFACE.md: "long runs show a progress bar on stderr when it is a
//! terminal"). Drawn by `indicatif` (terminal width, redraw rate, ETA) and only when standard error is a
//! terminal, so pipes, files and tests see exactly the output they saw before.

use std::io::{self, IsTerminal};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use zoulang::Progress;

/// Whether a bar may be drawn: standard error is a terminal.
pub fn stderr_is_terminal() -> bool {
    io::stderr().is_terminal()
}

/// Whether reading input should draw a bar of bytes read: standard error is a terminal and standard output
/// is not one (streamed output on the same terminal would tear through the bar).
pub fn wants_bytes_bar() -> bool {
    stderr_is_terminal() && !io::stdout().is_terminal()
}

/// A bar over bytes of input named `name`: against `len` when the size is known (a regular file), else a
/// spinner with the bytes read and the rate. Call only when [`wants_bytes_bar`].
pub fn bytes_bar(name: &str, len: Option<u64>) -> ProgressBar {
    let (bar, template) = match len {
        Some(len) => (
            ProgressBar::new(len),
            "{prefix} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
        ),
        None => (
            ProgressBar::new_spinner(),
            "{spinner} {prefix} {bytes} {bytes_per_sec} {elapsed}",
        ),
    };
    bar.set_style(style(template));
    // The file name without its directories, to leave the width to the bar.
    let short = std::path::Path::new(name)
        .file_name()
        .and_then(|n| n.to_str());
    bar.set_prefix(short.unwrap_or(name).to_string());
    bar
}

/// Stack of the worker thread: the 8 MiB a main thread gets on Linux, so work behaves the same with and
/// without a bar (a spawned thread's default is 2 MiB).
const WORKER_STACK: usize = 8 << 20;

/// Runs `work` on a worker thread and, while it runs, redraws a bar labelled `label` from the counters of
/// `progress` (which `work` hands to the core) on this thread; the bar is cleared when `work` returns.
/// Fails only when the thread cannot be started.
pub fn run_counted<R: Send>(
    label: &str,
    progress: &Progress,
    work: impl FnOnce() -> R + Send,
) -> std::io::Result<R> {
    // Hidden until the core has set the total (a bar of length 0 would read 100%).
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
    bar.set_style(style(
        "{prefix} [{wide_bar}] {percent}% {elapsed} ETA {eta}",
    ));
    bar.set_prefix(label.to_string());
    let out = std::thread::scope(|s| {
        let worker = std::thread::Builder::new()
            .stack_size(WORKER_STACK)
            .spawn_scoped(s, work)?;
        while !worker.is_finished() {
            let total = progress.total();
            if total > 0 && bar.is_hidden() {
                bar.set_draw_target(ProgressDrawTarget::stderr());
            }
            bar.set_length(total);
            bar.set_position(progress.done());
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    });
    bar.finish_and_clear();
    out
}

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template)
        .expect("the bar templates are constants")
        .progress_chars("=> ")
}
