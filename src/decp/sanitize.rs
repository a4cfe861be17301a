//! Consolidated DECP files written by pandas carry `NaN`, `Infinity` and
//! `-Infinity` as bare values, which JSON does not allow. This reader turns
//! them into `null` on the fly (outside strings only), so such a file is
//! read rather than refused, without holding it in memory.

use std::io::{self, Read};

const CHUNK: usize = 64 * 1024;

/// A `Read` adapter replacing bare non-finite numbers by `null`.
pub struct NonFinite<R> {
    inner: R,
    input: Vec<u8>,
    output: Vec<u8>,
    /// Next byte of `output` to hand out.
    pos: usize,
    in_string: bool,
    escaped: bool,
    /// A `-` that ended the previous chunk outside a string, held until the
    /// next byte tells a number from `-Infinity`.
    minus: bool,
    /// The rest of a keyword being swallowed after its `null` was written.
    skip: &'static [u8],
}

impl<R: Read> NonFinite<R> {
    pub fn new(inner: R) -> Self {
        NonFinite {
            inner,
            input: vec![0; CHUNK],
            output: Vec::with_capacity(CHUNK + CHUNK / 2),
            pos: 0,
            in_string: false,
            escaped: false,
            minus: false,
            skip: &[],
        }
    }

    /// Copy runs of ordinary bytes whole; stop only at quotes, backslashes
    /// and the first letters of the keywords.
    fn transform(&mut self, chunk: &[u8]) {
        let mut i = 0;
        if std::mem::take(&mut self.minus) && chunk.first() != Some(&b'I') {
            // Else the `-` of `-Infinity` goes with the keyword.
            self.output.push(b'-');
        }
        while i < chunk.len() {
            if let Some((&first, rest)) = self.skip.split_first() {
                let matched = chunk[i] == first;
                self.skip = if matched { rest } else { &[] };
                if matched {
                    i += 1;
                    continue;
                }
            }
            if self.escaped {
                self.escaped = false;
                self.output.push(chunk[i]);
                i += 1;
                continue;
            }
            let rest = &chunk[i..];
            let run = if self.in_string {
                memchr::memchr2(b'"', b'\\', rest)
            } else {
                memchr::memchr3(b'"', b'N', b'I', rest)
            };
            let Some(run) = run else {
                self.output.extend_from_slice(rest);
                break;
            };
            self.output.extend_from_slice(&rest[..run]);
            let b = rest[run];
            i += run + 1;
            match (self.in_string, b) {
                (true, b'\\') => {
                    self.escaped = true;
                    self.output.push(b);
                }
                (_, b'"') => {
                    self.in_string = !self.in_string;
                    self.output.push(b);
                }
                (false, b'N') => {
                    self.output.extend_from_slice(b"null");
                    self.skip = b"aN";
                }
                _ => {
                    if self.output.last() == Some(&b'-') {
                        self.output.pop();
                    }
                    self.output.extend_from_slice(b"null");
                    self.skip = b"nfinity";
                }
            }
        }
        // A `-` closing the chunk may start `-Infinity`: hold it.
        if !self.in_string && self.output.last() == Some(&b'-') {
            self.output.pop();
            self.minus = true;
        }
    }

    /// Refill `output` from the next chunk; `false` at the end of input.
    fn refill(&mut self) -> io::Result<bool> {
        self.output.clear();
        self.pos = 0;
        loop {
            let n = match self.inner.read(&mut self.input) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if n == 0 {
                if std::mem::take(&mut self.minus) {
                    self.output.push(b'-');
                }
                return Ok(!self.output.is_empty());
            }
            let input = std::mem::take(&mut self.input);
            self.transform(&input[..n]);
            self.input = input;
            if !self.output.is_empty() {
                return Ok(true);
            }
        }
    }
}

impl<R: Read> Read for NonFinite<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.output.len() && !self.refill()? {
            return Ok(0);
        }
        let n = buf.len().min(self.output.len() - self.pos);
        buf[..n].copy_from_slice(&self.output[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds the input one byte per read, to cross every chunk boundary.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match self.0.split_first() {
                Some((&b, rest)) if !buf.is_empty() => {
                    buf[0] = b;
                    self.0 = rest;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    fn clean(s: &str) -> String {
        let mut out = String::new();
        NonFinite::new(Trickle(s.as_bytes()))
            .read_to_string(&mut out)
            .unwrap();
        let mut whole = String::new();
        NonFinite::new(s.as_bytes())
            .read_to_string(&mut whole)
            .unwrap();
        assert_eq!(out, whole);
        out
    }

    #[test]
    fn non_finite_becomes_null_outside_strings() {
        assert_eq!(
            clean(r#"{"a":NaN,"b":[Infinity,-Infinity,-1.5e3],"c":"NaN \"Inf\" -I"}"#),
            r#"{"a":null,"b":[null,null,-1.5e3],"c":"NaN \"Inf\" -I"}"#
        );
        assert_eq!(clean("-"), "-");
        assert_eq!(clean(r#""\\" NaN"#), r#""\\" null"#);
    }
}
