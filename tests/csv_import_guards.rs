//! Issue 10 item 5: files that used to import wrong without a word. Each is
//! now refused with its line number (and nothing imported), or converted and
//! reported.

use retroplan::model::Portfolio;
use retroplan::sheet::import::{ImportError, ImportKind, Reason, RowError, import};
use retroplan::sheet::io::CsvError;

fn authorities(bytes: &[u8]) -> Result<Portfolio, ImportError> {
    import(&Portfolio::default(), bytes, ImportKind::Authorities).map(|(p, _)| p)
}

#[test]
fn one_windows_1252_line_in_a_utf8_file_is_converted_and_reported() {
    let bytes = b"nom;commune\nVille d'\xC3\x89vreux;\xC3\x89vreux\nCr\xE8me de Ville;Caen\n";
    let (p, report) = import(&Portfolio::default(), bytes, ImportKind::Authorities).unwrap();
    let names: Vec<_> = p.authorities.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Ville d'Évreux", "Crème de Ville"]);
    assert_eq!(report.converted_lines, [3]);
    let summary = retroplan::i18n::sheet::import_summary(retroplan::i18n::Lang::En, &report, false);
    assert!(summary.contains("Line(s) 3 in Windows-1252"), "{summary}");
}

#[test]
fn an_unbalanced_quote_is_refused_at_its_line_instead_of_merging_rows() {
    assert_eq!(
        authorities(b"nom;ville\n\"Open quote;Town\nNext;Row\n").unwrap_err(),
        ImportError::File(CsvError::Syntax { line: 2 })
    );
    assert_eq!(
        authorities(b"nom;ville\nA;B\n\"Open;T\nNext;Row\n\"Third\";x\n").unwrap_err(),
        ImportError::File(CsvError::Syntax { line: 3 })
    );
}

#[test]
fn a_bom_in_the_middle_is_refused_at_its_line() {
    let mut bytes = b"\xEF\xBB\xBFnom;ville\nA;B\n".to_vec();
    bytes.extend_from_slice(b"\xEF\xBB\xBFnom;ville\nC;D\n");
    assert_eq!(
        authorities(&bytes).unwrap_err(),
        ImportError::File(CsvError::StrayBom { line: 3 })
    );
}

#[test]
fn a_repeated_header_line_is_refused_at_its_line() {
    assert_eq!(
        authorities(b"nom;ville\nA;B\nNom;Ville\nC;D\n").unwrap_err(),
        ImportError::Rows(vec![RowError {
            line: 3,
            reason: Reason::RepeatedHeader
        }])
    );
}

#[test]
fn filled_cells_past_the_last_column_are_refused_at_their_line() {
    assert_eq!(
        authorities(b"nom;ville\nA;B\nC;D;lost;too\nE;F;;\n").unwrap_err(),
        ImportError::Rows(vec![RowError {
            line: 3,
            reason: Reason::ExtraCells(2)
        }])
    );
    // Empty trailing cells (a spreadsheet's extra delimiters) are fine.
    assert_eq!(
        authorities(b"nom;ville\nE;F;;\n")
            .unwrap()
            .authorities
            .len(),
        1
    );
}
