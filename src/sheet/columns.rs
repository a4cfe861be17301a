//! The columns of the spreadsheet tables: stable keys, which table has
//! which, and how a header typed by a user (French or English, any case or
//! accents) maps to one. Header words live in `sheet::vocab`.

use super::io::header_key;
use super::vocab as words;
use crate::i18n::Lang;

pub use super::col::Col;

impl Col {
    /// The header written in `lang`.
    pub fn header(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.key(),
            Lang::Fr => words::header_fr(self),
        }
    }
}

/// Columns of `export csv authorities` (and of its import).
pub const AUTHORITY_COLS: &[Col] = &[
    Col::Id,
    Col::Name,
    Col::Category,
    Col::Town,
    Col::Departement,
    Col::Siret,
    Col::Activity,
    Col::Priority,
];

/// Columns of `export csv contacts` (and of its import).
pub const CONTACT_COLS: &[Col] = &[
    Col::Id,
    Col::Authority,
    Col::AuthoritySiret,
    Col::Name,
    Col::Role,
    Col::Phone,
    Col::Mobile,
    Col::Email,
    Col::DecisionMaker,
    Col::Influence,
    Col::Notes,
    Col::DetailsChecked,
    Col::KeepInTouchDays,
    Col::DoNotContact,
];

/// Columns `import csv authorities` reads: the exported ones, and a postcode.
pub const AUTHORITY_IMPORT_COLS: &[Col] = &[
    Col::Id,
    Col::Name,
    Col::Category,
    Col::Town,
    Col::Departement,
    Col::Siret,
    Col::Activity,
    Col::Priority,
    Col::Postcode,
];

/// Columns `import csv contacts` reads: the exported ones, and the first
/// name and service that office lists keep apart.
pub const CONTACT_IMPORT_COLS: &[Col] = &[
    Col::Id,
    Col::Authority,
    Col::AuthoritySiret,
    Col::Name,
    Col::FirstName,
    Col::Role,
    Col::Service,
    Col::Phone,
    Col::Mobile,
    Col::Email,
    Col::DecisionMaker,
    Col::Influence,
    Col::Notes,
    Col::DetailsChecked,
    Col::KeepInTouchDays,
    Col::DoNotContact,
];

/// Columns of `export csv pursuits` (and of its import). `j` is the J in
/// use, forecast included; `j_origin` says which. Checklist progress,
/// requirements and linked documents are not in the table (an import
/// leaves them as they are).
pub const PURSUIT_COLS: &[Col] = &PURSUIT_EXPORT;
const PURSUIT_EXPORT: [Col; 29] = [
    Col::Id,
    Col::Authority,
    Col::AuthoritySiret,
    Col::Object,
    Col::J,
    Col::JOrigin,
    Col::JTime,
    Col::MarketKind,
    Col::Factor,
    Col::Branch,
    Col::Outcome,
    Col::Procedure,
    Col::ProcedureKind,
    Col::NoticeDays,
    Col::CandidatureDays,
    Col::NoticePublished,
    Col::Amount,
    Col::CurrentHolder,
    Col::ContractStart,
    Col::CurrentExpiry,
    Col::ExpectedStart,
    Col::AwardCriteria,
    Col::Lots,
    Col::LotCount,
    Col::Ordering,
    Col::Submission,
    Col::Cpv,
    Col::NoticeRef,
    Col::Source,
];

/// Columns `import csv pursuits` reads: the exported ones, and the
/// `j_confirmed` yes/no column of older exports.
pub const PURSUIT_IMPORT_COLS: &[Col] = &{
    // The exported columns, so the two lists cannot drift apart, plus the
    // legacy one.
    let mut cols = [Col::JConfirmed; PURSUIT_EXPORT.len() + 1];
    let mut i = 0;
    while i < PURSUIT_EXPORT.len() {
        cols[i] = PURSUIT_EXPORT[i];
        i += 1;
    }
    cols
};

/// The column a user's header names among `cols`, if any. In a table
/// without an authority column (the authorities themselves), a header
/// naming the authority ("Nom de la collectivité") is the name.
pub fn column_of(header: &str, cols: &[Col]) -> Option<Col> {
    let h = header_key(header);
    let named = |c: &Col| {
        header_key(c.key()) == h
            || header_key(words::header_fr(*c)) == h
            || words::aliases(*c).iter().any(|a| header_key(a) == h)
    };
    cols.iter().copied().find(named).or_else(|| {
        (!cols.contains(&Col::Authority) && cols.contains(&Col::Name) && named(&Col::Authority))
            .then_some(Col::Name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_both_languages_map_back() {
        for cols in [
            AUTHORITY_IMPORT_COLS,
            CONTACT_IMPORT_COLS,
            PURSUIT_IMPORT_COLS,
        ] {
            for c in cols {
                assert_eq!(column_of(c.header(Lang::Fr), cols), Some(*c));
                assert_eq!(column_of(c.header(Lang::En), cols), Some(*c));
                assert_eq!(
                    column_of(&c.header(Lang::Fr).to_uppercase(), cols),
                    Some(*c)
                );
            }
        }
        assert_eq!(column_of("E-mail", CONTACT_COLS), Some(Col::Email));
        assert_eq!(column_of("Ville", AUTHORITY_COLS), Some(Col::Town));
        assert_eq!(column_of("Téléphone", CONTACT_COLS), Some(Col::Phone));
        assert_eq!(column_of("couleur préférée", CONTACT_COLS), None);
    }

    #[test]
    fn french_office_headers() {
        let c = CONTACT_IMPORT_COLS;
        for (h, col) in [
            ("Prénom", Col::FirstName),
            ("Nom", Col::Name),
            ("Nom du contact", Col::Name),
            ("Tél.", Col::Phone),
            ("Portable", Col::Mobile),
            ("Mél", Col::Email),
            ("Adresse mail", Col::Email),
            ("Fonction", Col::Role),
            ("Service", Col::Service),
            ("Nom de la collectivité", Col::Authority),
            ("Collectivité", Col::Authority),
        ] {
            assert_eq!(column_of(h, c), Some(col), "{h}");
        }
        let a = AUTHORITY_IMPORT_COLS;
        assert_eq!(column_of("Nom de la collectivité", a), Some(Col::Name));
        assert_eq!(column_of("Code postal", a), Some(Col::Postcode));
        assert_eq!(column_of("CP", a), Some(Col::Postcode));
        assert_eq!(column_of("Code postal", c), None);
    }
}
