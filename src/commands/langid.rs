//! `faro langid`: one `<locale>\t<confidence>` line per input line, for operators and tests.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use faro_core::langid::LanguageDetector;

/// Longest line read at once; the detector only looks at the start of a message anyway, and a
/// bound keeps a newline-free gigabyte on stdin from being held in memory.
const MAX_LINE_BYTES: usize = 64 * 1024;

pub fn run() -> anyhow::Result<ExitCode> {
    let detector = LanguageDetector::new();
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut output = BufWriter::new(io::stdout().lock());
    let mut line = Vec::new();
    loop {
        line.clear();
        let complete = read_line_capped(&mut input, &mut line)?;
        if line.is_empty() && !complete {
            break;
        }
        // Invalid UTF-8 is replaced rather than rejected: one bad byte must not stop the stream.
        let text = String::from_utf8_lossy(&line);
        let detection = detector.detect(text.trim_end_matches(['\n', '\r']));
        let tag = detection.locale.map_or("unknown", |locale| locale.tag());
        writeln!(output, "{tag}\t{:.2}", detection.confidence)?;
        if !complete {
            break;
        }
    }
    output.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Reads one line into `line`, keeping at most `MAX_LINE_BYTES` and skipping the rest of it.
/// Returns whether a newline ended it (false at end of input).
fn read_line_capped(input: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<bool> {
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(false);
        }
        let (chunk, found) = match buffer.iter().position(|&b| b == b'\n') {
            Some(end) => (&buffer[..end], true),
            None => (buffer, false),
        };
        let room = MAX_LINE_BYTES.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let consumed = chunk.len() + usize::from(found);
        input.consume(consumed);
        if found {
            return Ok(true);
        }
    }
}
