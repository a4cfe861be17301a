//! Validation and normalisation of the identifiers users type: SIRET, phone
//! numbers, email addresses. Pure; the forms and the CSV import share them.

/// Why a field value was refused (the UI words it in the user's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    SiretLength,
    SiretChecksum,
    Phone,
    Email,
}

/// A SIRET: 14 digits (spaces allowed when typed) passing the Luhn check.
/// La Poste's establishments (SIREN 356000000) use their own rule: digit sum
/// divisible by 5.
pub fn siret(input: &str) -> Result<String, FieldError> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldError::SiretLength);
    }
    let values: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let valid = if digits.starts_with("356000000") && digits != "35600000000048" {
        values.iter().sum::<u32>().is_multiple_of(5)
    } else {
        luhn(&values)
    };
    if valid {
        Ok(digits)
    } else {
        Err(FieldError::SiretChecksum)
    }
}

fn luhn(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A French number in any usual spelling (`0199000111`, `01.99.00.01.11`,
/// `+33 1 99 00 01 11`, `0033 1 99…`) becomes `01 99 00 01 11`. Other
/// international numbers (`+32 …`) are kept with single spaces.
pub fn phone(input: &str) -> Result<String, FieldError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    if !trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || " .-+()/".contains(c))
    {
        return Err(FieldError::Phone);
    }
    let plus = trimmed.starts_with('+');
    let mut digits: String = trimmed.chars().filter(|c| c.is_ascii_digit()).collect();
    // "+33 (0)1 …" carries a redundant trunk zero.
    let international = if plus {
        Some(digits.clone())
    } else {
        digits.strip_prefix("00").map(str::to_string)
    };
    if let Some(intl) = international {
        match intl.strip_prefix("33") {
            Some(rest) => {
                let rest = rest.strip_prefix('0').unwrap_or(rest);
                digits = format!("0{rest}");
            }
            None if (9..=15).contains(&intl.len()) => {
                let spaced = trimmed
                    .split(|c: char| !c.is_ascii_digit() && c != '+')
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                return Ok(if plus { spaced } else { format!("+{intl}") });
            }
            None => return Err(FieldError::Phone),
        }
    }
    if digits.len() != 10 || !digits.starts_with('0') || digits.as_bytes()[1] == b'0' {
        return Err(FieldError::Phone);
    }
    Ok(digits
        .as_bytes()
        .chunks(2)
        .map(|pair| String::from_utf8_lossy(pair).into_owned())
        .collect::<Vec<_>>()
        .join(" "))
}

/// An email address, checked for shape (one `@`, a dotted domain, no spaces);
/// lowercased domain. Empty is allowed: the field is optional.
pub fn email(input: &str) -> Result<String, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    let (local, domain) = s.rsplit_once('@').ok_or(FieldError::Email)?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    let local_ok = !local.is_empty()
        && !local.contains('@')
        && !local.chars().any(|c| c.is_whitespace() || c.is_control());
    if domain_ok && local_ok {
        Ok(format!("{local}@{}", domain.to_lowercase()))
    } else {
        Err(FieldError::Email)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siret_luhn() {
        // Real public SIRETs from the DECP samples.
        assert_eq!(siret("21350238800019"), Ok("21350238800019".into()));
        assert_eq!(siret("130 018 450 00028"), Ok("13001845000028".into()));
        assert_eq!(siret("21350238800018"), Err(FieldError::SiretChecksum));
        assert_eq!(siret("2135023880001"), Err(FieldError::SiretLength));
        assert_eq!(siret("2135023880001A"), Err(FieldError::SiretLength));
        assert_eq!(siret(""), Err(FieldError::SiretLength));
        // La Poste: digit sum divisible by 5.
        assert_eq!(siret("35600000000048"), Ok("35600000000048".into()));
        assert!(siret("35600000000042").is_ok());
        assert_eq!(siret("35600000000043"), Err(FieldError::SiretChecksum));
    }

    #[test]
    fn french_phones_are_normalised() {
        for typed in [
            "0199000111",
            "01 99 00 01 11",
            "01.99.00.01.11",
            "01-99-00-01-11",
            "+33 1 99 00 01 11",
            "+33 (0)1 99 00 01 11",
            "0033199000111",
        ] {
            assert_eq!(phone(typed), Ok("01 99 00 01 11".into()), "{typed}");
        }
        assert_eq!(phone("+32 2 123 45 67"), Ok("+32 2 123 45 67".into()));
        assert_eq!(phone(""), Ok(String::new()));
        for bad in [
            "01 99 00 01",
            "1199000111",
            "0099000111",
            "appelez-moi",
            "+33 1",
        ] {
            assert_eq!(phone(bad), Err(FieldError::Phone), "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            email(" Claire.Martin@Example.FR "),
            Ok("Claire.Martin@example.fr".into())
        );
        assert_eq!(email(""), Ok(String::new()));
        for bad in [
            "claire",
            "claire@",
            "@example.fr",
            "claire@example",
            "a b@example.fr",
            "a@b..fr",
            "a@.fr",
        ] {
            assert_eq!(email(bad), Err(FieldError::Email), "{bad}");
        }
    }
}
