//! Spreadsheet files in and out: encodings, delimiter detection, the byte
//! order mark, and the neutralisation of cells a spreadsheet would run as
//! formulas. The tables themselves are in `export` and `import`.

use std::borrow::Cow;

/// How the imported bytes were written; anything but UTF-8 is converted and
/// the import summary says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceEncoding {
    Utf8,
    /// "CSV (séparateur : point-virgule)" from an older Excel.
    Windows1252,
    /// Excel's "Texte Unicode" (UTF-16 with a byte order mark).
    Utf16,
}

/// Why a file cannot be read as a table at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvError {
    /// Bytes that no spreadsheet encoding explains (NUL, undefined bytes).
    Encoding,
    /// No header line.
    Empty,
    /// The CSV structure is broken at `line` (e.g. an unclosed quote).
    Syntax { line: u64 },
    /// A column the table cannot do without.
    MissingColumn(&'static str),
    /// The same column given twice (e.g. "nom" and "name").
    DuplicateColumn(&'static str),
    /// A byte order mark at `line`, past the start: two files joined.
    StrayBom { line: u64 },
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The text of an imported file and how it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: SourceEncoding,
    /// Lines (1-based) read as Windows-1252 in a file otherwise UTF-8, e.g.
    /// a row pasted from an older export: converted, and the summary says so.
    pub converted_lines: Vec<u64>,
}

/// Text of an imported file: UTF-8 with or without BOM as is, UTF-16 with a
/// BOM, else Windows-1252 — line by line when some lines are UTF-8 with
/// accents and others are not. Refused when the result holds characters no
/// text export contains (NUL, C1 controls from undefined Windows-1252 bytes),
/// or a byte order mark past the start (two files joined end to end).
pub fn decode(bytes: &[u8]) -> Result<Decoded, CsvError> {
    let mut converted_lines = Vec::new();
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        match std::str::from_utf8(rest) {
            Ok(s) => (s.to_string(), SourceEncoding::Utf8),
            Err(_) => {
                // A BOM says UTF-8: invalid lines can only be pasted ones.
                let (s, lines) = per_line(rest);
                converted_lines = lines;
                (s, SourceEncoding::Utf8)
            }
        }
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (s, had_errors) = enc.decode_with_bom_removal(bytes);
        if had_errors {
            return Err(CsvError::Encoding);
        }
        (s.into_owned(), SourceEncoding::Utf16)
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_string(), SourceEncoding::Utf8)
    } else if has_utf8_accents(bytes) {
        let (s, lines) = per_line(bytes);
        converted_lines = lines;
        (s, SourceEncoding::Utf8)
    } else {
        let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
        (s.into_owned(), SourceEncoding::Windows1252)
    };
    if text
        .chars()
        .any(|c| c == '\0' || ('\u{80}'..='\u{9f}').contains(&c))
    {
        return Err(CsvError::Encoding);
    }
    if let Some(at) = text.find('\u{feff}') {
        let line = 1 + text[..at].matches('\n').count() as u64;
        return Err(CsvError::StrayBom { line });
    }
    Ok(Decoded {
        text,
        encoding,
        converted_lines,
    })
}

/// Whether some line is valid UTF-8 with non-ASCII characters: then the
/// file was written as UTF-8 and its invalid lines are the exception.
fn has_utf8_accents(bytes: &[u8]) -> bool {
    bytes
        .split(|&b| b == b'\n')
        .any(|l| !l.is_ascii() && std::str::from_utf8(l).is_ok())
}

/// Each line as UTF-8 when it is, else as Windows-1252; the converted lines.
fn per_line(bytes: &[u8]) -> (String, Vec<u64>) {
    let mut text = String::with_capacity(bytes.len());
    let mut converted = Vec::new();
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            text.push('\n');
        }
        match std::str::from_utf8(line) {
            Ok(s) => text.push_str(s),
            Err(_) => {
                let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(line);
                text.push_str(&s);
                converted.push(i as u64 + 1);
            }
        }
    }
    (text, converted)
}

/// The delimiter of the header line: the most frequent of `;`, `,` and tab
/// outside quotes; `;` (French Excel) when none is found.
pub fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                for (d, n) in &mut counts {
                    if *d == b {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    // Ties go to the earlier entry: `;` first.
    counts
        .iter()
        .fold(
            (b';', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

/// The cells of a file: the header and each record with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<(u64, Vec<String>)>,
}

/// Split `text` into records (quoted fields may hold the delimiter, quotes
/// and newlines). Blank lines are dropped; short rows are allowed. A quote
/// still open at the end of the file is refused at the line it opened on:
/// the csv reader would take the rest of the file as one cell.
pub fn read_table(text: &str, delimiter: u8) -> Result<Table, CsvError> {
    if let Some(line) = unclosed_quote(text, delimiter) {
        return Err(CsvError::Syntax { line });
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        None => return Err(CsvError::Empty),
        Some(Err(e)) => return Err(syntax(&e)),
        Some(Ok(r)) => r.iter().map(str::to_string).collect(),
    };
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(CsvError::Empty);
    }
    let mut rows = Vec::new();
    // The reader's own line count points at blank lines before a record;
    // count from the record's first byte instead (incrementally: O(n)).
    let bytes = text.as_bytes();
    let (mut counted_to, mut line) = (0usize, 1u64);
    for record in records {
        let record = record.map_err(|e| syntax(&e))?;
        let mut at = record
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX))
            .min(bytes.len());
        while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
            at += 1;
        }
        line += bytes[counted_to..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        counted_to = at;
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push((line, cells));
    }
    Ok(Table { headers, rows })
}

/// The line of a quote opened at the start of a field and never closed, or
/// closed before something other than a delimiter or a line end (the quote
/// that closed it was meant to open another cell, rows apart).
fn unclosed_quote(text: &str, delimiter: u8) -> Option<u64> {
    let (mut line, mut opened_at) = (1u64, None);
    let mut field_start = true;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        match (opened_at, b) {
            (Some(_), b'"') if bytes.peek() == Some(&b'"') => {
                bytes.next();
            }
            (Some(at), b'"') => {
                match bytes.peek() {
                    None | Some(b'\r' | b'\n') => {}
                    Some(&next) if next == delimiter => {}
                    Some(_) => return Some(at),
                }
                opened_at = None;
            }
            (None, b'"') if field_start => opened_at = Some(line),
            _ => {}
        }
        if b == b'\n' {
            line += 1;
        }
        field_start = opened_at.is_none() && (b == delimiter || b == b'\n');
    }
    opened_at
}

fn syntax(e: &csv::Error) -> CsvError {
    CsvError::Syntax {
        line: e.position().map_or(0, |p| p.line()),
    }
}

/// Characters that make a spreadsheet read a cell as a formula (or, for tab
/// and CR, that some of them strip before doing so).
fn is_trigger(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Against formula injection: a cell starting with `= + - @`, tab or CR gets
/// a leading `'`. So does a cell starting with `'`, so that [`restore`] can
/// tell our prefix from the user's own apostrophe.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some(c) if is_trigger(c) || c == '\'' => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// Undo [`neutralise`]: drop one leading `'` when a trigger character or
/// another `'` follows it. Any other apostrophe is the user's and stays.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(|c: char| is_trigger(c) || c == '\'') => rest,
        _ => cell,
    }
}

/// Write rows as CSV bytes: header first, every cell neutralised, quoted
/// when needed, CRLF line ends (what Excel writes), optional UTF-8 BOM.
pub fn write_table(headers: &[String], rows: &[Vec<String>], delimiter: u8, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(UTF8_BOM);
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    // Writing to a Vec cannot fail; a failure would only drop the row.
    let _ = w.write_record(headers.iter().map(|h| neutralise(h).into_owned()));
    for row in rows {
        let _ = w.write_record(row.iter().map(|c| neutralise(c).into_owned()));
    }
    w.into_inner().unwrap_or_default()
}

/// A header as the import compares it: folded, punctuation as spaces.
pub fn header_key(h: &str) -> String {
    let folded = crate::model::text::fold(h.trim_start_matches('\u{feff}'));
    let spaced: String = folded
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralise_round_trips() {
        for s in [
            "=1+1", "+33 1", "-x", "@SUM(A1)", "\tx", "\rx", "'", "'=x", "''", "it's", "", "a",
        ] {
            assert_eq!(restore(&neutralise(s)), s, "{s:?}");
        }
        assert_eq!(neutralise("=HYPERLINK()"), "'=HYPERLINK()");
        assert_eq!(neutralise("Évreux"), "Évreux");
        assert_eq!(restore("'abc"), "'abc");
    }

    #[test]
    fn delimiters_encodings_and_bom() {
        assert_eq!(detect_delimiter("nom;ville\n"), b';');
        assert_eq!(detect_delimiter("name,town\n"), b',');
        assert_eq!(detect_delimiter("name\ttown\n"), b'\t');
        assert_eq!(detect_delimiter("\"a;b\",c\n"), b',');
        assert_eq!(detect_delimiter("name\n"), b';');
        let d = decode(b"\xEF\xBB\xBFnom\n").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("nom\n", SourceEncoding::Utf8)
        );
        let d = decode(b"nom;ville\n\xC9vreux;\x9Cuvre\n").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("nom;ville\nÉvreux;œuvre\n", SourceEncoding::Windows1252)
        );
        assert!(d.converted_lines.is_empty());
        assert_eq!(decode(b"a\x81b"), Err(CsvError::Encoding));
        assert_eq!(decode(b"a\0b"), Err(CsvError::Encoding));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("nom\n".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let d = decode(&utf16).unwrap();
        assert_eq!(
            (d.text, d.encoding),
            ("nom\n".into(), SourceEncoding::Utf16)
        );
    }

    #[test]
    fn a_windows_1252_line_in_a_utf8_file_is_converted_alone() {
        let d = decode("nom;ville\nÉvreux;x\nCr\u{e8}me;y\n".as_bytes()).unwrap();
        assert!(d.converted_lines.is_empty());
        let d = decode(b"nom;ville\n\xC3\x89vreux;x\nCr\xE8me;y\n").unwrap();
        assert_eq!(d.text, "nom;ville\nÉvreux;x\nCrème;y\n");
        assert_eq!(d.converted_lines, [3]);
        assert_eq!(d.encoding, SourceEncoding::Utf8);
        let d = decode(b"\xEF\xBB\xBFnom\nCr\xE8me\n").unwrap();
        assert_eq!(
            (d.text.as_str(), d.converted_lines),
            ("nom\nCrème\n", vec![2])
        );
    }

    #[test]
    fn a_bom_past_the_start_is_refused_with_its_line() {
        assert_eq!(
            decode("nom;ville\nA;B\n\u{feff}nom;ville\nC;D\n".as_bytes()),
            Err(CsvError::StrayBom { line: 3 })
        );
    }

    #[test]
    fn an_unclosed_quote_is_refused_at_its_line() {
        assert_eq!(
            read_table("nom;ville\n\"Open quote;Town\nNext;Row\n", b';'),
            Err(CsvError::Syntax { line: 2 })
        );
        assert!(read_table("nom;notes\nA;\"x \"\"q\"\"\ny\"\nB;\"\"\n", b';').is_ok());
        assert_eq!(
            read_table("nom;ville\n\"Open;T\nNext;Row\n\"Third\";x\n", b';'),
            Err(CsvError::Syntax { line: 2 })
        );
        // A quote inside an unquoted cell is a character, not an opening.
        assert!(read_table("nom;ville\nO\"Brien;x\n", b';').is_ok());
    }

    #[test]
    fn tables_keep_quoted_newlines_and_line_numbers() {
        let t = read_table("nom;notes\n\"A\";\"l1\nl2; \"\"q\"\"\"\n\nB;x\n", b';').unwrap();
        assert_eq!(t.headers, ["nom", "notes"]);
        assert_eq!(
            t.rows[0],
            (2, vec!["A".to_string(), "l1\nl2; \"q\"".to_string()])
        );
        assert_eq!(t.rows[1].0, 5);
        assert_eq!(read_table("", b';'), Err(CsvError::Empty));
        assert_eq!(
            header_key(" Coordonnées vérifiées le "),
            "coordonnees verifiees le"
        );
        assert_eq!(header_key("authority_siret"), "authority siret");
    }
}
