//! The portfolio as spreadsheet rows: one table of authorities, contacts or
//! pursuits, in the user's language, dates ISO so every spreadsheet reads them.

use super::columns::{AUTHORITY_COLS, CONTACT_COLS, Col, PURSUIT_COLS};
use super::vocab as words;
use chrono::NaiveDate;

use crate::i18n::{Lang, common, rules};
use crate::model::JOrigin;
use crate::model::{Authority, Contact, Portfolio, Pursuit};

/// Which table to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    Authorities,
    /// People to call: contacts flagged do-not-contact are left out.
    Contacts,
    Pursuits,
}

/// Headers and rows of `kind`, in file order.
pub fn table(p: &Portfolio, kind: TableKind, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let cols = match kind {
        TableKind::Authorities => AUTHORITY_COLS,
        TableKind::Contacts => CONTACT_COLS,
        TableKind::Pursuits => PURSUIT_COLS,
    };
    let headers = cols.iter().map(|c| c.header(lang).to_string()).collect();
    let rows = match kind {
        TableKind::Authorities => p
            .authorities
            .iter()
            .map(|a| row(cols, |c| authority_cell(a, c, lang)))
            .collect(),
        TableKind::Contacts => p
            .contacts()
            .filter(|(_, c)| !c.do_not_contact)
            .map(|(a, c)| row(cols, |col| contact_cell(a, c, col, lang)))
            .collect(),
        TableKind::Pursuits => p
            .pursuits()
            .map(|(a, x)| {
                let j = x.effective_j(p.settings.lead_time_days);
                row(cols, |col| pursuit_cell(a, x, j, col, lang))
            })
            .collect(),
    };
    (headers, rows)
}

fn row(cols: &[Col], cell: impl Fn(Col) -> String) -> Vec<String> {
    cols.iter().map(|c| cell(*c)).collect()
}

fn opt<T: ToString>(x: Option<T>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

fn authority_cell(a: &Authority, c: Col, lang: Lang) -> String {
    match c {
        Col::Id => a.id.clone(),
        Col::Name | Col::Authority => a.name.clone(),
        Col::Category => common::category(lang, a.category).to_string(),
        Col::Town => a.town.clone(),
        Col::Departement => a.departement.clone(),
        Col::Siret | Col::AuthoritySiret => a.siret.clone().unwrap_or_default(),
        Col::Activity => a.activity.clone(),
        Col::Priority => a.priority.to_string(),
        _ => String::new(),
    }
}

fn contact_cell(a: &Authority, c: &Contact, col: Col, lang: Lang) -> String {
    match col {
        Col::Id => c.id.clone(),
        Col::Authority | Col::AuthoritySiret => authority_cell(a, col, lang),
        Col::Name => c.name.clone(),
        Col::Role => c.role.clone(),
        Col::Phone => c.phone.clone(),
        Col::Mobile => c.mobile.clone(),
        Col::Email => c.email.clone(),
        Col::DecisionMaker => words::yes_no(lang, c.decision_maker).to_string(),
        Col::Influence => words::influence_cell(lang, c.influence).to_string(),
        Col::Notes => c.notes.clone(),
        Col::DetailsChecked => opt(c.details_checked),
        Col::KeepInTouchDays => opt(c.keep_in_touch_days),
        Col::DoNotContact => words::yes_no(lang, c.do_not_contact).to_string(),
        _ => String::new(),
    }
}

/// A cell of a pursuit's row; `j` is the J in use and how it was obtained.
fn pursuit_cell(
    a: &Authority,
    p: &Pursuit,
    j: Option<(NaiveDate, JOrigin)>,
    col: Col,
    lang: Lang,
) -> String {
    match col {
        Col::Id => p.id.clone(),
        Col::Authority | Col::AuthoritySiret => authority_cell(a, col, lang),
        Col::Object => p.object.clone(),
        Col::J => opt(j.map(|(d, _)| d)),
        Col::JOrigin => j
            .map(|(_, o)| common::j_origin(lang, o).to_string())
            .unwrap_or_default(),
        Col::JTime => opt(p.j_time.map(|t| t.format("%H:%M"))),
        Col::MarketKind => common::market_kind(lang, p.market_kind).to_string(),
        Col::Factor => lang.decimal(p.factor),
        Col::Branch => common::branch_short(lang, p.branch).to_string(),
        Col::Outcome => common::outcome(lang, p.outcome).to_string(),
        Col::Procedure => p.procedure.clone(),
        Col::ProcedureKind => rules::procedure(lang, p.procedure_kind).to_string(),
        Col::NoticeDays => opt(p.notice_days),
        Col::CandidatureDays => opt(p.candidature_days),
        Col::NoticePublished => opt(p.notice_published),
        // French Excel reads "1234,5" as a number, "1234.5" as text.
        Col::Amount => p
            .amount
            .map(|x| match lang {
                Lang::Fr => x.to_string().replace('.', ","),
                Lang::En => x.to_string(),
            })
            .unwrap_or_default(),
        Col::CurrentHolder => p.current_holder.clone(),
        Col::ContractStart => opt(p.contract_start),
        Col::CurrentExpiry => opt(p.current_expiry),
        Col::ExpectedStart => opt(p.expected_start),
        Col::AwardCriteria => p.award_criteria.clone(),
        Col::Lots => common::lots(lang, p.lots).to_string(),
        Col::LotCount => opt(p.lot_count),
        Col::Ordering => common::ordering(lang, p.ordering).to_string(),
        Col::Submission => common::submission(lang, p.submission).to_string(),
        Col::Cpv => p.cpv.clone(),
        Col::NoticeRef => p.notice_ref.clone(),
        Col::Source => p.source.clone().unwrap_or_default(),
        _ => String::new(),
    }
}
