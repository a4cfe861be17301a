//! `retroplan status`: open pursuits only, nearest J first, each item's
//! state, window, evidence, date and not-applicable reason; stable keys.

use chrono::NaiveDate;

use super::*;
use crate::model::ticks;
use crate::model::{Contact, LotsNature, OrderNature, Outcome, SubmissionMode};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn portfolio() -> Portfolio {
    let mut p = Portfolio::default();
    let mut a = Authority::new("a1", "Ville de Test");
    let mut luc = Contact::new("c1", "Luc Bernard");
    luc.decision_maker = true;
    a.contacts.push(luc);
    let mut near = Pursuit::new("p-near", "Nettoyage");
    near.current_expiry = Some(d("2027-08-08"));
    near.source = Some("decp:123".into());
    near.lots = LotsNature::Single;
    near.ordering = OrderNature::Firm;
    near.submission = SubmissionMode::Electronic;
    let mut far = Pursuit::new("p-far", "Espaces verts");
    far.j = Some(d("2028-03-01"));
    far.j_confirmed = true;
    let mut closed = Pursuit::new("p-closed", "Perdu");
    closed.j = Some(d("2027-01-15"));
    closed.outcome = Outcome::Lost;
    let nothing = Pursuit::new("p-none", "Sans date");
    a.pursuits.extend([far, near, closed, nothing]);
    // Met in March, said in December: a backdated tick on the authority.
    ticks::tick_on(&mut a.checklist, "prospection.meet", d("2026-03-14"), "");
    ticks::set_not_applicable(
        &mut a.checklist,
        "prospection.retain",
        Some("déjà client".into()),
    );
    p.authorities.push(a);
    p
}

fn item<'a>(v: &'a Value, pursuit: &str, id: &str) -> &'a Value {
    let p = v["pursuits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["pursuit_id"] == pursuit)
        .unwrap();
    p["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in {pursuit}"))
}

#[test]
fn open_pursuits_nearest_j_first_with_origin_and_stage() {
    let p = portfolio();
    let v = to_json(&status(&p, d("2026-12-01")), Lang::En);
    assert_eq!(v["today"], "2026-12-01");
    let ids: Vec<&str> = v["pursuits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["pursuit_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["p-near", "p-far"], "closed left out, nearest J first");
    let near = &v["pursuits"][0];
    assert_eq!(near["j_origin"], "forecast");
    assert_eq!(near["authority"], "Ville de Test");
    assert!(near["stage"].is_string());
    assert!(near["days_to_j"].as_i64().unwrap() > 0);
    assert_eq!(v["pursuits"][1]["j_origin"], "confirmed");
    assert_eq!(v["pursuits"][1]["j"], "2028-03-01");
    assert_eq!(v["without_j"][0]["pursuit_id"], "p-none");
}

#[test]
fn every_state_with_its_evidence_date_and_reason() {
    let p = portfolio();
    let v = to_json(&status(&p, d("2026-12-01")), Lang::Fr);
    let dm = item(&v, "p-near", "prospection.decision_maker");
    assert_eq!(dm["state"], "evidence");
    assert_eq!(dm["evidence"], "Luc Bernard, décideur");
    assert_eq!(dm["shared"], true);
    assert_eq!(dm["section"], "prospection");
    let expiry = item(&v, "p-near", "preparation.expiry");
    assert_eq!(expiry["state"], "evidence");
    assert_eq!(expiry["evidence"], "échéance 08/08/2027 · DECP");
    assert_eq!(expiry["shared"], false);
    assert_eq!(
        item(&v, "p-near", "preparation.nature")["state"],
        "evidence"
    );
    assert_eq!(
        item(&v, "p-near", "publicity.electronic")["state"],
        "evidence"
    );
    // Stage 1 is the authority's: the backdated tick shows on both pursuits.
    for pursuit in ["p-near", "p-far"] {
        let meet = item(&v, pursuit, "prospection.meet");
        assert_eq!(meet["state"], "done");
        assert_eq!(meet["date"], "2026-03-14");
        let retain = item(&v, pursuit, "prospection.retain");
        assert_eq!(retain["state"], "not_applicable");
        assert_eq!(retain["not_applicable"], "déjà client");
    }
    // Nothing proves it: its window says late, due or upcoming.
    let holder = item(&v, "p-far", "preparation.holder_criteria");
    assert_eq!(holder["state"], "upcoming");
    assert_eq!(holder["evidence"], Value::Null);
    assert_eq!(holder["date"], Value::Null);
    assert!(holder["start"].as_str().unwrap() < holder["last_day"].as_str().unwrap());
    // H2's actions only once the branch is H2.
    assert!(
        v["pursuits"][0]["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["section"] != "branch" || i["id"] == "branch.choose")
    );
}

#[test]
fn the_keys_are_the_documented_ones() {
    let p = portfolio();
    let v = to_json(&status(&p, d("2026-12-01")), Lang::En);
    let keys = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&v), ["pursuits", "today", "without_j"]);
    assert_eq!(
        keys(&v["pursuits"][0]),
        [
            "authority",
            "authority_id",
            "days_to_j",
            "items",
            "j",
            "j_origin",
            "j_time",
            "late",
            "object",
            "pursuit_id",
            "stage",
            "warnings"
        ]
    );
    assert_eq!(
        keys(&v["pursuits"][0]["items"][0]),
        [
            "date",
            "evidence",
            "id",
            "label",
            "last_day",
            "not_applicable",
            "section",
            "shared",
            "start",
            "state"
        ]
    );
    assert_eq!(
        keys(&v["without_j"][0]),
        ["authority", "authority_id", "object", "pursuit_id"]
    );
}

#[test]
fn text_shows_symbols_evidence_and_reasons_in_both_languages() {
    let p = portfolio();
    let st = status(&p, d("2026-12-01"));
    let fr = to_text(&st, Lang::Fr);
    assert!(fr.contains("Ville de Test — Nettoyage"), "{fr}");
    assert!(fr.contains("(prévision)"), "{fr}");
    assert!(fr.contains("★ "), "{fr}");
    assert!(fr.contains("Luc Bernard, décideur"), "{fr}");
    assert!(fr.contains("fait le 14/03/2026"), "{fr}");
    assert!(fr.contains("sans objet : déjà client"), "{fr}");
    assert!(fr.contains("Sans J"), "{fr}");
    let en = to_text(&st, Lang::En);
    assert!(en.contains("not applicable: déjà client"), "{en}");
    assert!(en.contains("Luc Bernard, decision-maker"), "{en}");
    let empty = to_text(&status(&Portfolio::default(), d("2026-12-01")), Lang::En);
    assert_eq!(empty, "No open pursuit.\n");
}

/// J on Ascension at noon, the candidature deadline on a Sunday, paper
/// over 40 k€: the text and the JSON say so, in the timeline's words.
fn closed_days_portfolio() -> Portfolio {
    use crate::model::{Procedure, RuleSet};
    let mut p = Portfolio::default();
    p.settings.rules = RuleSet::Code2019;
    let mut a = Authority::new("a1", "Ville de Test");
    let mut x = Pursuit::new("p-asc", "Nettoyage");
    x.j = Some(d("2027-05-06"));
    x.j_confirmed = true;
    x.j_time = chrono::NaiveTime::from_hms_opt(12, 0, 0);
    x.procedure_kind = Procedure::Restricted;
    x.submission = SubmissionMode::Electronic;
    // Typed: the notice published on Saturday 6 March 2027.
    x.notice_published = Some(d("2027-03-06"));
    let mut open = Pursuit::new("p-ok", "Voirie");
    open.j = Some(d("2027-06-30"));
    open.submission = SubmissionMode::Electronic;
    a.pursuits.extend([x, open]);
    p.authorities.push(a);
    p
}

#[test]
fn closed_days_are_warned_in_json_and_text() {
    let p = closed_days_portfolio();
    let st = status(&p, d("2027-01-10"));
    let v = to_json(&st, Lang::En);
    let asc = &v["pursuits"][0];
    assert_eq!(asc["pursuit_id"], "p-asc");
    assert_eq!(asc["j_time"], "12:00");
    let warnings = asc["warnings"].as_array().unwrap();
    let about: Vec<(&str, &str)> = warnings
        .iter()
        .map(|w| (w["about"].as_str().unwrap(), w["kind"].as_str().unwrap()))
        .collect();
    // J on Ascension; the candidature deadline J-25 is Sunday 11 April; the
    // publication on a Saturday.
    assert_eq!(
        about,
        [
            ("j", "ascension"),
            ("candidature", "sunday"),
            ("notice_published", "saturday")
        ]
    );
    assert_eq!(warnings[0]["date"], "2027-05-06");
    assert!(
        warnings[0]["message"]
            .as_str()
            .unwrap()
            .contains("Ascension")
    );
    // A J on a working day, no time: no warning, `j_time` null.
    let ok = &v["pursuits"][1];
    assert_eq!(ok["warnings"], serde_json::json!([]));
    assert!(ok["j_time"].is_null());

    let en = to_text(&st, Lang::En);
    assert!(en.contains("J 2027-05-06 12:00 (confirmed"), "{en}");
    assert!(
        en.contains("  ⚠ Warning: J falls on a public holiday: Ascension"),
        "{en}"
    );
    let fr = to_text(&st, Lang::Fr);
    assert!(fr.contains("J 06/05/2027 12:00 (confirmé"), "{fr}");
    assert!(fr.contains("  ⚠ Attention : J tombe un jour férié"), "{fr}");
    assert!(fr.contains("Ascension"), "{fr}");
    // The working-day pursuit carries none.
    let voirie = fr.split("Ville de Test — Voirie").nth(1).unwrap();
    assert!(!voirie.lines().take(2).any(|l| l.contains('⚠')), "{fr}");
}

#[test]
fn paper_over_40k_is_warned_too() {
    let mut p = closed_days_portfolio();
    let x = &mut p.authorities[0].pursuits[1];
    x.submission = SubmissionMode::Paper;
    x.amount = Some(40_000.0);
    let v = to_json(&status(&p, d("2027-01-10")), Lang::Fr);
    assert_eq!(
        v["pursuits"][1]["warnings"][0]["kind"],
        "paper_over_threshold"
    );
}
