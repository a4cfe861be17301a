//! Cells a spreadsheet turned into numbers: département `01` saved as `1`,
//! CPV `03111000` as `3111000`, a SIRET as `21280088800019.0` (pandas), a
//! phone as `199000111`. What is unambiguous is put back and reported; a
//! number that cannot be what the column holds is refused.

use super::columns::Col;

/// What became of one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// As typed.
    Kept,
    /// Put back as it was before the spreadsheet saved it.
    Restored(String),
    /// A number that no restoration makes valid for the column.
    Refused,
}

/// Columns whose cells are whole numbers (or codes made of digits).
fn integer_only(c: Col) -> bool {
    matches!(
        c,
        Col::Siret
            | Col::AuthoritySiret
            | Col::Cpv
            | Col::Departement
            | Col::Postcode
            | Col::Priority
            | Col::KeepInTouchDays
            | Col::Phone
            | Col::Mobile
    )
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `123.0` or `123,00` → `123`: a spreadsheet's float of an integer.
fn strip_float_zeros(s: &str) -> Option<&str> {
    let (int, frac) = s.split_once(['.', ','])?;
    (digits(int) && digits(frac) && frac.bytes().all(|b| b == b'0')).then_some(int)
}

/// Whether `d` (digits, or 2A/2B) is a French département code.
pub fn is_departement(d: &str) -> bool {
    match d.len() {
        2 if d.eq_ignore_ascii_case("2a") || d.eq_ignore_ascii_case("2b") => true,
        2 if digits(d) => d != "00" && d != "20" && d <= "95",
        3 if digits(d) => ("971"..="978").contains(&d) || ("984"..="989").contains(&d),
        _ => false,
    }
}

/// The département of a postcode (5 digits): Corsica and overseas apart.
pub fn departement_of_postcode(pc: &str) -> Option<String> {
    if pc.len() != 5 || !digits(pc) {
        return None;
    }
    let d = match &pc[..2] {
        "20" if pc < "20200" => "2A".to_string(),
        "20" => "2B".to_string(),
        "97" | "98" => pc[..3].to_string(),
        two => two.to_string(),
    };
    is_departement(&d).then_some(d)
}

/// Check and, where unambiguous, restore the cell of column `c`.
pub fn fix(c: Col, cell: &str) -> Fix {
    let t = cell.trim();
    if t.is_empty() || !integer_only(c) {
        return Fix::Kept;
    }
    let unfloated = strip_float_zeros(t);
    let v = unfloated.unwrap_or(t);
    let restored = match c {
        Col::Departement if digits(v) => match v.len() {
            1 if v != "0" => Some(format!("0{v}")),
            _ if is_departement(v) => None,
            _ => return Fix::Refused,
        },
        Col::Postcode if digits(v) => match v.len() {
            4 => Some(format!("0{v}")),
            5 => None,
            _ => return Fix::Refused,
        },
        Col::Cpv => {
            let (code, check) = match v.split_once('-') {
                Some((code, check)) => (code, Some(check)),
                None => (v, None),
            };
            if !digits(code) {
                return Fix::Kept;
            }
            match code.len() {
                7 => Some(match check {
                    Some(k) => format!("0{code}-{k}"),
                    None => format!("0{code}"),
                }),
                8 => None,
                _ => return Fix::Refused,
            }
        }
        // A French number without its trunk zero.
        Col::Phone | Col::Mobile if digits(v) && v.len() == 9 && !v.starts_with('0') => {
            Some(format!("0{v}"))
        }
        _ => None,
    };
    match (restored, unfloated) {
        (Some(r), _) => Fix::Restored(r),
        (None, Some(int)) => Fix::Restored(int.to_string()),
        (None, None) => Fix::Kept,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_zeros_and_floats_are_put_back() {
        let r = |s: &str| Fix::Restored(s.to_string());
        assert_eq!(fix(Col::Departement, "1"), r("01"));
        assert_eq!(fix(Col::Departement, "9.0"), r("09"));
        assert_eq!(fix(Col::Departement, "27"), Fix::Kept);
        assert_eq!(fix(Col::Departement, "2A"), Fix::Kept);
        assert_eq!(fix(Col::Departement, "974"), Fix::Kept);
        assert_eq!(fix(Col::Departement, "Eure"), Fix::Kept);
        assert_eq!(fix(Col::Cpv, "3111000"), r("03111000"));
        assert_eq!(fix(Col::Cpv, "3111000-2"), r("03111000-2"));
        assert_eq!(fix(Col::Cpv, "45233141"), Fix::Kept);
        assert_eq!(fix(Col::Siret, "21280088800019.0"), r("21280088800019"));
        assert_eq!(fix(Col::Siret, "21280088800019"), Fix::Kept);
        assert_eq!(fix(Col::Postcode, "1000"), r("01000"));
        assert_eq!(fix(Col::Phone, "199000111"), r("0199000111"));
        assert_eq!(fix(Col::Priority, "2.0"), r("2"));
        assert_eq!(fix(Col::Name, "1"), Fix::Kept);
    }

    #[test]
    fn what_cannot_be_restored_is_refused() {
        assert_eq!(fix(Col::Departement, "0"), Fix::Refused);
        assert_eq!(fix(Col::Departement, "100"), Fix::Refused);
        assert_eq!(fix(Col::Departement, "20"), Fix::Refused);
        assert_eq!(fix(Col::Cpv, "311100"), Fix::Refused);
        assert_eq!(fix(Col::Cpv, "311100000"), Fix::Refused);
        assert_eq!(fix(Col::Postcode, "100"), Fix::Refused);
    }

    #[test]
    fn postcodes_give_their_departement() {
        let d = |pc| departement_of_postcode(pc);
        assert_eq!(d("27000").as_deref(), Some("27"));
        assert_eq!(d("01000").as_deref(), Some("01"));
        assert_eq!(d("20000").as_deref(), Some("2A"));
        assert_eq!(d("20200").as_deref(), Some("2B"));
        assert_eq!(d("97400").as_deref(), Some("974"));
        assert_eq!(d("00000"), None);
        assert_eq!(d("2700"), None);
    }
}
