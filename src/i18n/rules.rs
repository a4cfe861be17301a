//! Words of procedures, rule sets, notice dates, day warnings and the
//! electronic-submission rule, shared by the TUI and the reports.

use chrono::{NaiveDate, NaiveTime};

use super::Lang;
use crate::model::holidays::{DayWarning, Holiday, PlanDate};
use crate::model::rules::{Offset, OffsetRule};
use crate::model::timeline::Windows;
use crate::model::{Procedure, RuleSet};

pub fn procedure(l: Lang, p: Procedure) -> &'static str {
    match p {
        Procedure::Unknown => l.pick("procédure inconnue", "unknown procedure"),
        Procedure::Open => l.pick("appel d'offres ouvert", "open tender"),
        Procedure::Restricted => l.pick("appel d'offres restreint", "restricted tender"),
        Procedure::Adapted => l.pick("procédure adaptée (MAPA)", "adapted procedure (MAPA)"),
        Procedure::Negotiated => l.pick(
            "procédure négociée / dialogue compétitif",
            "negotiated / competitive dialogue",
        ),
        Procedure::Subsequent => l.pick("marché subséquent", "subsequent contract"),
    }
}

pub fn rule_set(l: Lang, r: RuleSet) -> &'static str {
    match r {
        RuleSet::Seed => l.pick("méthode (J-52)", "method (J-52)"),
        RuleSet::Code2019 => l.pick("code 2019", "code 2019"),
    }
}

/// "règles : code 2019" — in titles.
pub fn rules_label(l: Lang, r: RuleSet) -> String {
    format!("{} {}", l.pick("règles :", "rules:"), rule_set(l, r))
}

/// Why the offset is what it is, in a short clause.
pub fn why(l: Lang, o: Offset, factor: f64) -> String {
    match o.rule {
        OffsetRule::Seed if (factor - 1.0).abs() > f64::EPSILON => format!(
            "{} × {}",
            l.pick("J-52 jours de la méthode", "the method's J-52 days"),
            l.decimal(factor)
        ),
        OffsetRule::Seed => l
            .pick("J-52 jours de la méthode", "the method's J-52 days")
            .into(),
        OffsetRule::Code2019 {
            procedure: p,
            electronic,
        } => format!(
            "{}, {}, {}",
            l.pick("code 2019", "code 2019"),
            procedure(l, p),
            if electronic {
                l.pick("dépôt électronique", "electronic submission")
            } else {
                l.pick("dépôt papier", "paper submission")
            }
        ),
        OffsetRule::DefaultDays => l
            .pick(
                "délai usuel, à ajuster sur le marché",
                "usual delay, set it on the pursuit",
            )
            .into(),
        OffsetRule::Pursuit => l.pick("saisi sur le marché", "set on the pursuit").into(),
    }
}

/// "avis attendu J-35 (26/05/2027)", or once published
/// "avis attendu J-35 · publié le 20/05/2027 (J-41)".
pub fn notice_line(l: Lang, w: &Windows) -> String {
    let expected = format!(
        "{} J-{}",
        l.pick("avis attendu", "notice expected"),
        w.notice.offset.days
    );
    match w.notice.published {
        Some(p) => format!(
            "{expected} · {} {} (J-{})",
            l.pick("publié le", "published"),
            l.date(p),
            (w.j - p).num_days()
        ),
        None => format!("{expected} ({})", l.date(w.notice.expected)),
    }
}

/// "Date limite des candidatures : 31/05/2027 (J-30)".
pub fn candidature_line(l: Lang, date: NaiveDate, days: u32) -> String {
    format!(
        "{}{}{} (J-{days})",
        candidature_title(l),
        super::cli::colon(l),
        l.date(date)
    )
}

pub fn candidature_title(l: Lang) -> &'static str {
    l.pick("Date limite des candidatures", "Candidature deadline")
}

/// A date with J's time when it has one: "30/06/2027 12:00".
pub fn date_time(l: Lang, d: NaiveDate, time: Option<NaiveTime>) -> String {
    match time {
        Some(t) => format!("{} {}", l.date(d), t.format("%H:%M")),
        None => l.date(d),
    }
}

pub fn holiday(l: Lang, h: Holiday) -> &'static str {
    match h {
        Holiday::NewYear => l.pick("Jour de l'an", "New Year's Day"),
        Holiday::EasterMonday => l.pick("lundi de Pâques", "Easter Monday"),
        Holiday::LabourDay => l.pick("1er mai", "Labour Day (1 May)"),
        Holiday::VictoryDay => l.pick("8 mai 1945", "Victory in Europe Day (8 May)"),
        Holiday::Ascension => l.pick("Ascension", "Ascension"),
        Holiday::WhitMonday => l.pick("lundi de Pentecôte", "Whit Monday"),
        Holiday::BastilleDay => l.pick("fête nationale (14 juillet)", "Bastille Day (14 July)"),
        Holiday::Assumption => l.pick("Assomption", "Assumption"),
        Holiday::AllSaints => l.pick("Toussaint", "All Saints' Day"),
        Holiday::Armistice => l.pick("11 novembre", "Armistice Day (11 November)"),
        Holiday::Christmas => l.pick("Noël", "Christmas"),
    }
}

/// "samedi", "dimanche" or the holiday's name.
pub fn day_warning(l: Lang, w: DayWarning) -> &'static str {
    match w {
        DayWarning::Saturday => l.pick("un samedi", "a Saturday"),
        DayWarning::Sunday => l.pick("un dimanche", "a Sunday"),
        DayWarning::Holiday(h) => holiday(l, h),
    }
}

/// "J tombe un jour férié : Ascension (06/05/2027)".
pub fn closed_day(l: Lang, role: PlanDate, date: NaiveDate, w: DayWarning) -> String {
    let who = match role {
        PlanDate::J => l.pick("J", "J"),
        PlanDate::Candidature => candidature_title(l),
        PlanDate::NoticePublished => l.pick("La publication de l'avis", "The notice's publication"),
    };
    match w {
        DayWarning::Holiday(_) => format!(
            "{who} {}{}{} ({})",
            l.pick("tombe un jour férié", "falls on a public holiday"),
            super::cli::colon(l),
            day_warning(l, w),
            l.date(date)
        ),
        _ => format!(
            "{who} {} {} ({})",
            l.pick("tombe", "falls on"),
            day_warning(l, w),
            l.date(date)
        ),
    }
}

/// "J : Ascension", "candidatures : un samedi" — where room is short.
pub fn closed_day_short(l: Lang, role: PlanDate, w: DayWarning) -> String {
    let who = match role {
        PlanDate::J => "J",
        PlanDate::Candidature => l.pick("candidatures", "candidatures"),
        PlanDate::NoticePublished => l.pick("avis", "notice"),
    };
    format!("{who}{}{}", super::cli::colon(l), day_warning(l, w))
}

/// Paper chosen where electronic submission is mandatory, or may be.
pub fn paper_warning(l: Lang) -> &'static str {
    l.pick(
        "Papier choisi : le dépôt électronique est obligatoire dès 40 000 € HT (montant atteint ou inconnu)",
        "Paper chosen: electronic submission is mandatory from €40,000 excl. VAT (amount reached or unknown)",
    )
}

/// The word before a warning in plain-text reports.
pub fn warning(l: Lang) -> &'static str {
    l.pick("Attention", "Warning")
}

/// The TUI's notice when the rule set is switched.
pub fn switched(l: Lang, r: RuleSet) -> String {
    format!(
        "{} {}",
        l.pick("Délais comptés selon :", "Windows now counted by:"),
        rule_set(l, r)
    )
}
