//! Reading input text: a file or standard input, strictly UTF-8 (or `--lossy`), streamed line by line.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

use indicatif::ProgressBar;

use super::{CliError, CliResult};

/// The input arguments every text command shares.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Input file; standard input when omitted or `-`.
    #[arg(value_name = "FILE")]
    pub file: Option<String>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
}

/// An open input: name for messages, a buffered reader, and the byte offset read so far. When standard error
/// is a terminal (and standard output is not), reading drives a progress bar of the bytes read, so every
/// command that reads through `Input` shows one.
pub struct Input {
    name: String,
    reader: BufReader<Box<dyn Read>>,
    lossy: bool,
    offset: usize,
    line: usize,
    bar: Option<ProgressBar>,
}

impl Input {
    /// Opens the file named in `args` (or standard input).
    pub fn open(args: &InputArgs) -> CliResult<Input> {
        let show = super::progress::wants_bytes_bar();
        let (name, source, len): (String, Box<dyn Read>, _) = match args.file.as_deref() {
            None | Some("-") => {
                let len = if show { stdin_file_len() } else { None };
                ("<stdin>".into(), Box::new(io::stdin()), len)
            }
            Some(path) => {
                let f = File::open(path).map_err(|e| CliError::input(format!("{path}: {e}")))?;
                let len = show.then(|| f.metadata().ok()).flatten();
                let len = len.filter(|m| m.is_file()).map(|m| m.len());
                (path.to_string(), Box::new(f), len)
            }
        };
        let bar = show.then(|| super::progress::bytes_bar(&name, len));
        let reader = BufReader::with_capacity(1 << 16, source);
        Ok(Input {
            name,
            reader,
            lossy: args.lossy,
            offset: 0,
            line: 0,
            bar,
        })
    }

    /// Reads the next line into `buf` (cleared first), keeping its line terminator. Returns `false` at the
    /// end of input. Invalid UTF-8 fails with the file name, line and byte offset unless `--lossy`.
    pub fn next_line(&mut self, raw: &mut Vec<u8>, buf: &mut String) -> CliResult<bool> {
        raw.clear();
        buf.clear();
        let n = self
            .reader
            .read_until(b'\n', raw)
            .map_err(|e| CliError::input(format!("{}: {e}", self.name)))?;
        if n == 0 {
            self.clear_bar();
            return Ok(false);
        }
        if let Some(bar) = &self.bar {
            bar.inc(n as u64);
        }
        self.line += 1;
        // Hand the bytes to `buf` without copying them (a long line is then held once, not twice); `raw`
        // takes over the previous line's allocation for the next read.
        let bytes = std::mem::replace(raw, std::mem::take(buf).into_bytes());
        match String::from_utf8(bytes) {
            Ok(s) => *buf = s,
            Err(e) => self.decode(e.as_bytes(), buf)?,
        }
        self.offset += n;
        Ok(true)
    }

    /// Whether input is waiting in the buffer: when it is not, the next read may block (a pipe), so a
    /// streaming command flushes its output first. O(1).
    fn has_buffered(&self) -> bool {
        !self.reader.buffer().is_empty()
    }

    /// Flushes `out` when the next read may block (no input waiting in the buffer), so that a command
    /// reading a pipe shows each answer at once (`tail -f feed | zoulang detect`). O(1) besides the flush.
    pub fn flush_if_waiting(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        if self.has_buffered() {
            Ok(())
        } else {
            out.flush()
        }
    }

    /// The 1-based number of the line last read.
    pub fn line_number(&self) -> usize {
        self.line
    }

    /// Reads all remaining input as one string.
    pub fn read_all(&mut self) -> CliResult<String> {
        let mut raw = Vec::new();
        self.reader
            .read_to_end(&mut raw)
            .map_err(|e| CliError::input(format!("{}: {e}", self.name)))?;
        let mut s = String::with_capacity(raw.len());
        self.decode(&raw, &mut s)?;
        self.offset += raw.len();
        self.clear_bar();
        Ok(s)
    }

    /// Removes the progress bar (at the end of input, or when the input is dropped on an error).
    fn clear_bar(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }

    fn decode(&self, raw: &[u8], buf: &mut String) -> CliResult {
        match std::str::from_utf8(raw) {
            Ok(s) => buf.push_str(s),
            Err(_) if self.lossy => buf.push_str(&String::from_utf8_lossy(raw)),
            Err(e) => {
                let err = zoulang::Error::InvalidUtf8 {
                    source_name: format!("{}:{}", self.name, self.line.max(1)),
                    offset: self.offset + e.valid_up_to(),
                };
                return Err(CliError::input(format!(
                    "{err} (use --lossy to replace it)"
                )));
            }
        }
        Ok(())
    }
}

/// The size of standard input when it is a regular file (`< FILE`), for the progress bar; `None` for a pipe
/// or a terminal, or off Unix.
fn stdin_file_len() -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
        let meta = File::from(fd).metadata().ok()?;
        meta.is_file().then_some(meta.len())
    }
    #[cfg(not(unix))]
    None
}

impl Drop for Input {
    fn drop(&mut self) {
        self.clear_bar();
    }
}

/// Splits a line into its content and its terminator (`\n`, `\r\n` or nothing).
pub fn split_terminator(line: &str) -> (&str, &str) {
    if let Some(s) = line.strip_suffix("\r\n") {
        (s, "\r\n")
    } else if let Some(s) = line.strip_suffix('\n') {
        (s, "\n")
    } else {
        (line, "")
    }
}
