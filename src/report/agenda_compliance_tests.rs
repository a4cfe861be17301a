//! The compliance warnings in `agenda`, with their dates and JSON keys.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::*;
use crate::model::compliance::{
    DocKind, Requirement, RequirementKind, StandingDocument, default_expiry,
};
use crate::model::{Authority, Portfolio, Pursuit};
use crate::report::agenda::agenda;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The issue's story: URSSAF issued 01/11/2026, a pursuit with J 30/06/2027.
fn story() -> Portfolio {
    let mut a = Authority::new("a-1", "Mairie de Tours");
    let mut p = Pursuit::new("p-1", "Nettoyage des écoles");
    p.j = Some(d("2027-06-30"));
    let mut visit = Requirement::new("r-1", RequirementKind::Visit, "Visite du site");
    visit.due = Some(d("2026-12-05"));
    let mut memo = Requirement::new("r-2", RequirementKind::Document, "Mémoire technique");
    memo.due = Some(d("2026-11-30"));
    p.requirements = vec![visit, memo];
    a.pursuits.push(p);
    let issued = d("2026-11-01");
    let mut kbis = StandingDocument {
        id: "d-kbis".into(),
        kind: DocKind::Kbis,
        label: String::new(),
        issued: d("2026-09-20"),
        expires: None,
        note: String::new(),
        extra: Default::default(),
    };
    kbis.expires = default_expiry(&kbis.kind, kbis.issued, &Default::default());
    Portfolio {
        authorities: vec![a].into(),
        documents: vec![
            StandingDocument {
                id: "d-urssaf".into(),
                kind: DocKind::Urssaf,
                label: String::new(),
                issued,
                expires: default_expiry(&DocKind::Urssaf, issued, &Default::default()),
                note: "Admin/urssaf.pdf".into(),
                extra: Default::default(),
            },
            kbis,
        ],
        ..Portfolio::default()
    }
}

#[test]
fn the_issue_story_gives_a_document_expires_entry_with_both_dates() {
    let p = story();
    let entries = agenda(&p, d("2026-12-01"), 14, Lang::Fr, &[]).entries;
    let e = entries
        .iter()
        .find(|e| {
            e.kind == EntryKind::DocumentExpires
                && e.compliance.as_ref().and_then(|c| c.document_id) == Some("d-urssaf")
        })
        .expect("a document_expires entry");
    assert_eq!(e.date, d("2027-05-01"));
    assert_eq!(e.pursuit_id, Some("p-1"));
    let json = serde_json::to_value(e).unwrap();
    assert_eq!(json["kind"], "document_expires");
    assert_eq!(json["date"], "2027-05-01");
    assert_eq!(json["expires"], "2027-05-01");
    assert_eq!(json["j"], "2027-06-30");
    assert_eq!(json["document_id"], "d-urssaf");
    assert_eq!(json["document_kind"], "urssaf");
    assert_eq!(
        json["message"],
        "Attestation URSSAF expire le 01/05/2027, avant J le 30/06/2027 — à renouveler"
    );
    let en = agenda(&p, d("2026-12-01"), 14, Lang::En, &[]).entries;
    let e = en
        .iter()
        .rfind(|e| e.kind == EntryKind::DocumentExpires)
        .unwrap();
    assert_eq!(
        e.compliance.as_ref().unwrap().message,
        "URSSAF certificate expires on 2027-05-01, before J on 2027-06-30 — renew it"
    );
}

#[test]
fn every_warning_kind_with_its_date_in_agenda_json() {
    let p = story();
    let entries = agenda(&p, d("2026-12-01"), 14, Lang::En, &[]).entries;
    let json: Vec<Value> = entries
        .iter()
        .filter(|e| e.compliance.is_some())
        .map(|e| serde_json::to_value(e).unwrap())
        .collect();
    // By date (the agenda itself orders by urgency).
    let mut json = json;
    json.sort_by(|x, y| x["date"].as_str().cmp(&y["date"].as_str()));
    let got: Vec<(String, String, String)> = json
        .iter()
        .map(|v| {
            (
                v["kind"].as_str().unwrap().to_string(),
                v["date"].as_str().unwrap().to_string(),
                v["state"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("requirement_due", "2026-11-30", "late"),
        ("deadline_soon", "2026-12-05", "upcoming"),
        // The Kbis (3 months from 20/09/2026) expires before J and within 30 days.
        ("document_expires", "2026-12-20", "due"),
        ("document_expiring", "2026-12-20", "due"),
        ("document_expires", "2027-05-01", "due"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want, "{json:#?}");
    assert_eq!(json[0]["requirement_id"], "r-2");
    assert_eq!(json[0]["item"], "Mémoire technique");
    assert_eq!(
        json[3],
        json!({
            "date": "2026-12-20", "kind": "document_expiring", "authority": "",
            "pursuit": null, "item": null, "state": "due", "contact": null,
            "authority_id": "", "pursuit_id": null, "item_id": null, "contact_id": null,
            "document_id": "d-kbis", "document": "Kbis extract", "document_kind": "kbis",
            "expires": "2026-12-20",
            "message": "Kbis extract expires on 2026-12-20 — renew it",
            "family": "documents", "role": null, "phone": null, "days_to_j": null,
            "urgency": 40, "group": null, "stage": null
        })
    );
    // Entries of the other kinds keep their keys unchanged.
    let plain = entries.iter().find(|e| e.compliance.is_none()).unwrap();
    let v = serde_json::to_value(plain).unwrap();
    assert!(v.get("message").is_none() && v.get("j").is_none());
}

#[test]
fn text_agenda_words_the_warnings() {
    let p = story();
    let a = agenda(&p, d("2026-12-01"), 14, Lang::Fr, &[]);
    let text = crate::report::agenda_text::render(
        &a,
        d("2026-12-01"),
        14,
        Lang::Fr,
        crate::report::agenda_text::Colour::Off,
        false,
    );
    assert!(text.contains(
        "Mairie de Tours › Nettoyage des écoles — Attestation URSSAF expire le 01/05/2027, avant J le 30/06/2027 — à renouveler"
    ), "{text}");
    assert!(
        text.contains("pièce expire Extrait Kbis expire le 20/12/2026 — à renouveler"),
        "{text}"
    );
}
