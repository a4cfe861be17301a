//! Forms driven by keys, as the user types them.

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::i18n::Lang;
use crate::model::doc::Document;
use crate::model::{AuthorityCategory, InteractionKind, JOrigin, MarketKind, Portfolio};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn type_text(form: &mut Form, s: &str) {
    for c in s.chars() {
        assert_eq!(form.handle_key(key(KeyCode::Char(c))), Outcome::Continue);
    }
}

fn focus(form: &mut Form, field: FieldKey) {
    form.focus = form.fields.iter().position(|f| f.key == field).unwrap();
}

/// Commit through the document, as the app does; what to select.
fn submit(form: &mut Form, doc: &mut Document) -> Option<Selection> {
    commit(form, doc).map(|(selection, _)| selection)
}

fn demo() -> Portfolio {
    crate::demo::portfolio(today())
}

#[test]
fn new_authority_requires_a_name_and_selects_the_new_one() {
    let mut doc = Document::new(demo());
    let mut form = specs::authority(Lang::Fr, today(), None);
    assert_eq!(
        form.handle_key(ctrl('s')),
        Outcome::Continue,
        "empty name refused"
    );
    assert!(form.field(FieldKey::Name).unwrap().error.is_some());
    type_text(&mut form, "Ville d'Évreux");
    assert!(
        form.field(FieldKey::Name).unwrap().error.is_none(),
        "typing clears the error"
    );
    form.handle_key(key(KeyCode::Tab));
    // Category starts on "other": → commune, ← other, Space commune, → intercommunalité.
    form.handle_key(key(KeyCode::Right));
    form.handle_key(key(KeyCode::Left));
    form.handle_key(key(KeyCode::Char(' ')));
    form.handle_key(key(KeyCode::Right));
    focus(&mut form, FieldKey::Siret);
    type_text(&mut form, "21350238800018");
    assert_eq!(
        form.handle_key(ctrl('s')),
        Outcome::Continue,
        "bad SIRET refused"
    );
    assert_eq!(form.focused().unwrap().key, FieldKey::Siret);
    assert!(
        form.field(FieldKey::Siret)
            .unwrap()
            .error
            .as_deref()
            .unwrap()
            .contains("SIRET")
    );
    form.handle_key(key(KeyCode::Backspace));
    type_text(&mut form, "9");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    let before = doc.portfolio().authorities.len();
    let sel = submit(&mut form, &mut doc).unwrap();
    assert_eq!(doc.portfolio().authorities.len(), before + 1);
    let a = doc.portfolio().authority(&sel.authority).unwrap();
    assert_eq!(a.name, "Ville d'Évreux");
    assert_eq!(a.category, AuthorityCategory::Intercommunalite);
    assert_eq!(a.siret.as_deref(), Some("21350238800019"));
    assert_eq!(a.priority, 3);
    assert!(doc.undo().is_some());
    assert_eq!(doc.portfolio().authorities.len(), before);
}

#[test]
fn escape_cancels_and_changes_nothing() {
    let mut form = specs::authority(Lang::En, today(), None);
    type_text(&mut form, "X");
    assert_eq!(form.handle_key(key(KeyCode::Esc)), Outcome::Cancel);
}

#[test]
fn enter_moves_on_and_submits_on_the_last_field() {
    let mut form = specs::item_note(Lang::En, today(), "a", "p", "branch.choose", None);
    type_text(&mut form, "RDV le 3");
    assert_eq!(form.handle_key(key(KeyCode::Enter)), Outcome::Submit);
    let mut form = specs::authority(Lang::En, today(), None);
    type_text(&mut form, "A");
    assert_eq!(form.handle_key(key(KeyCode::Enter)), Outcome::Continue);
    assert_eq!(form.focus, 1);
    form.handle_key(key(KeyCode::BackTab));
    form.handle_key(key(KeyCode::Up));
    assert_eq!(form.focus, form.fields.len() - 1, "Shift-Tab/↑ wrap around");
}

#[test]
fn text_editing_keys_come_from_tui_input() {
    let mut form = specs::authority(Lang::Fr, today(), None);
    type_text(&mut form, "Saint Étienne du Rouvray");
    form.handle_key(ctrl('w'));
    assert_eq!(form.fields[0].input.value(), "Saint Étienne du ");
    form.handle_key(key(KeyCode::Home));
    type_text(&mut form, "漢");
    assert_eq!(form.fields[0].input.value(), "漢Saint Étienne du ");
    form.handle_key(ctrl('u'));
    assert_eq!(form.fields[0].input.value(), "");
    form.paste("Ville\nde\u{1b}[31mRouen");
    assert_eq!(form.fields[0].input.value(), "Ville de\u{1b}[31mRouen");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    assert_eq!(
        form.text(FieldKey::Name),
        "Ville de[31mRouen",
        "escapes never reach the model"
    );
}

#[test]
fn pursuit_forecast_from_expiry_is_shown_and_stored_as_forecast() {
    let mut doc = Document::new(demo());
    let aid = doc.portfolio().authorities[0].id.clone();
    let mut form = specs::pursuit(Lang::Fr, today(), &aid, None, 90);
    type_text(&mut form, "Espaces verts");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    assert!(
        submit(&mut form, &mut doc).is_none(),
        "needs J or an expiry"
    );
    assert!(form.field(FieldKey::J).unwrap().error.is_some());
    focus(&mut form, FieldKey::CurrentExpiry);
    type_text(&mut form, "31/12/2027");
    let hint = form.field(FieldKey::J).unwrap().hint.clone().unwrap();
    assert!(hint.contains("02/10/2027"), "{hint}");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    let sel = submit(&mut form, &mut doc).unwrap();
    let a = doc.portfolio().authority(&aid).unwrap();
    let new = a
        .pursuits
        .iter()
        .find(|x| Some(&x.id) == sel.pursuit.as_ref())
        .unwrap();
    assert_eq!(new.j, None);
    assert_eq!(
        new.effective_j(90),
        Some((d("2027-10-02"), JOrigin::Forecast))
    );
}

#[test]
fn pursuit_kind_sets_the_factor_unless_typed() {
    let mut form = specs::pursuit(Lang::En, today(), "a", None, 90);
    focus(&mut form, FieldKey::MarketKind);
    for _ in 0..3 {
        form.handle_key(key(KeyCode::Right));
    }
    assert_eq!(form.choice(FieldKey::MarketKind), 3);
    assert_eq!(form.field(FieldKey::Factor).unwrap().input.value(), "1.5");
    focus(&mut form, FieldKey::Factor);
    form.handle_key(ctrl('u'));
    type_text(&mut form, "2");
    focus(&mut form, FieldKey::MarketKind);
    form.handle_key(key(KeyCode::Right));
    assert_eq!(
        form.field(FieldKey::Factor).unwrap().input.value(),
        "2",
        "typed factor kept"
    );
    form.handle_key(key(KeyCode::Left));
    focus(&mut form, FieldKey::Factor);
    form.handle_key(ctrl('u'));
    type_text(&mut form, "9");
    type_text(&mut form, "");
    focus(&mut form, FieldKey::Object);
    type_text(&mut form, "X");
    form.field_mut(FieldKey::J).unwrap().input = tui_input::Input::new("+100".into());
    assert_eq!(
        form.handle_key(ctrl('s')),
        Outcome::Continue,
        "factor 9 refused"
    );
    assert_eq!(form.focused().unwrap().key, FieldKey::Factor);
}

#[test]
fn editing_a_pursuit_keeps_its_ticks_and_factor() {
    let mut doc = Document::new(demo());
    let a = doc
        .portfolio()
        .authorities
        .iter()
        .find(|a| a.id == "a-demo-eure-et-loir")
        .unwrap()
        .clone();
    let college = a
        .pursuits
        .iter()
        .find(|x| x.market_kind == MarketKind::WorksExceptional)
        .unwrap();
    let mut form = specs::pursuit(Lang::Fr, today(), &a.id, Some(college), 90);
    assert_eq!(form.field(FieldKey::Factor).unwrap().input.value(), "1,5");
    type_text(&mut form, " (phase 2)");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    submit(&mut form, &mut doc).unwrap();
    let edited = doc
        .portfolio()
        .authority(&a.id)
        .unwrap()
        .pursuits
        .iter()
        .find(|x| x.id == college.id)
        .unwrap();
    assert_eq!(
        edited.object,
        "Reconstruction du collège Jean-Moulin (phase 2)"
    );
    assert_eq!(edited.checklist, college.checklist);
    assert_eq!(edited.factor, 1.5);
    assert_eq!(edited.amount, college.amount);
}

#[test]
fn contact_phone_and_email_are_validated_and_normalised() {
    let mut doc = Document::new(demo());
    let aid = doc.portfolio().authorities[1].id.clone();
    let mut form = specs::contact(Lang::En, today(), &aid, None);
    type_text(&mut form, "Anne Durand");
    focus(&mut form, FieldKey::Phone);
    type_text(&mut form, "+33 1 99 00 07 07");
    focus(&mut form, FieldKey::Email);
    type_text(&mut form, "anne.durand@");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Continue);
    assert_eq!(form.focused().unwrap().key, FieldKey::Email);
    type_text(&mut form, "Example.fr");
    focus(&mut form, FieldKey::DecisionMaker);
    form.handle_key(key(KeyCode::Char(' ')));
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    let sel = submit(&mut form, &mut doc).unwrap();
    let c = doc
        .portfolio()
        .authority(&aid)
        .unwrap()
        .contacts
        .iter()
        .find(|c| Some(&c.id) == sel.contact.as_ref())
        .unwrap();
    assert_eq!(c.phone, "01 99 00 07 07");
    assert_eq!(c.email, "anne.durand@example.fr");
    assert!(c.decision_maker);
    assert_eq!(c.details_checked, Some(today()));
}

#[test]
fn logging_an_interaction_can_mark_details_checked() {
    let mut doc = Document::new(demo());
    let a = &doc.portfolio().authorities[1];
    let (aid, cid) = (a.id.clone(), a.contacts[0].id.clone());
    let old_checked = a.contacts[0].details_checked;
    let mut form = specs::interaction(Lang::Fr, today(), &aid, &cid, None);
    assert_eq!(
        form.handle_key(ctrl('s')),
        Outcome::Continue,
        "summary required"
    );
    type_text(&mut form, "Appel : marché en préparation");
    focus(&mut form, FieldKey::Kind);
    form.handle_key(key(KeyCode::Right));
    focus(&mut form, FieldKey::FollowUp);
    type_text(&mut form, "-3");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    assert!(
        submit(&mut form, &mut doc).is_none(),
        "follow-up before the date"
    );
    form.handle_key(ctrl('u'));
    type_text(&mut form, "+14");
    focus(&mut form, FieldKey::DetailsChecked);
    form.handle_key(key(KeyCode::Char(' ')));
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    let sel = submit(&mut form, &mut doc).unwrap();
    let c = &doc.portfolio().authority(&aid).unwrap().contacts[0];
    let logged = c
        .interactions
        .iter()
        .find(|i| Some(&i.id) == sel.interaction.as_ref())
        .unwrap();
    assert_eq!(logged.kind, InteractionKind::Meeting);
    assert_eq!(logged.date, today());
    assert_eq!(logged.follow_up, Some(d("2026-12-12")));
    assert_ne!(old_checked, Some(today()));
    assert_eq!(c.details_checked, Some(today()));
}

#[test]
fn note_and_outcome_forms() {
    let mut doc = Document::new(demo());
    let a = doc.portfolio().authorities[0].clone();
    let pursuit = &a.pursuits[1];
    let mut form = specs::item_note(
        Lang::Fr,
        today(),
        &a.id,
        &pursuit.id,
        "preparation.inform_buyer",
        None,
    );
    type_text(&mut form, "RDV pris pour le 12");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    submit(&mut form, &mut doc).unwrap();
    let after = &doc.portfolio().authority(&a.id).unwrap().pursuits[1];
    assert_eq!(
        after.checklist["preparation.inform_buyer"].note,
        "RDV pris pour le 12"
    );
    assert_eq!(
        after.done_on("preparation.inform_buyer"),
        None,
        "a note does not tick"
    );
    // A stage-1 note is the authority's, its tick untouched.
    let done = a.checklist.get("prospection.meet").and_then(|e| e.done);
    let mut form = specs::item_note(
        Lang::Fr,
        today(),
        &a.id,
        &pursuit.id,
        "prospection.meet",
        a.checklist.get("prospection.meet"),
    );
    type_text(&mut form, "Vu en mairie");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    submit(&mut form, &mut doc).unwrap();
    let meet = &doc.portfolio().authority(&a.id).unwrap().checklist["prospection.meet"];
    assert!(meet.note.ends_with("Vu en mairie"), "{}", meet.note);
    assert_eq!(meet.done, done);
    let after = &doc.portfolio().authority(&a.id).unwrap().pursuits[1];
    let mut form = specs::outcome(Lang::En, today(), &a.id, after);
    form.handle_key(key(KeyCode::Right));
    form.handle_key(key(KeyCode::Right));
    assert_eq!(form.handle_key(key(KeyCode::Enter)), Outcome::Submit);
    submit(&mut form, &mut doc).unwrap();
    assert_eq!(
        doc.portfolio().authority(&a.id).unwrap().pursuits[1].outcome,
        crate::model::Outcome::Won
    );
}

/// Issue 11 item 3: from the item form, a tick dated earlier than today, a
/// not-applicable reason, and both taken back; each step undoable.
#[test]
fn the_item_form_backdates_and_marks_not_applicable_both_undoable() {
    let mut doc = Document::new(demo());
    let a = doc.portfolio().authorities[0].clone();
    let pursuit = a.pursuits[0].clone();
    let id = "preparation.inform_buyer";
    let entry = |doc: &Document| {
        doc.portfolio().authority(&a.id).unwrap().pursuits[0]
            .checklist
            .get(id)
            .cloned()
    };
    let before = entry(&doc);
    let open = |doc: &Document| {
        let p = &doc.portfolio().authority(&a.id).unwrap().pursuits[0];
        specs::item_note(Lang::Fr, today(), &a.id, &p.id, id, p.checklist.get(id))
    };
    // "I did inform them, in March."
    let mut form = open(&doc);
    focus(&mut form, FieldKey::DoneOn);
    form.handle_key(ctrl('u'));
    type_text(&mut form, "14/03/2026");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    submit(&mut form, &mut doc).unwrap();
    assert_eq!(entry(&doc).unwrap().done, Some(d("2026-03-14")));
    // A tick after today is refused, nothing saved.
    let mut form = open(&doc);
    focus(&mut form, FieldKey::DoneOn);
    form.handle_key(ctrl('u'));
    type_text(&mut form, "+3");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    assert!(submit(&mut form, &mut doc).is_none());
    assert!(form.field(FieldKey::DoneOn).unwrap().error.is_some());
    assert_eq!(entry(&doc).unwrap().done, Some(d("2026-03-14")));
    // Not applicable, with a reason.
    let mut form = open(&doc);
    focus(&mut form, FieldKey::NotApplicable);
    type_text(&mut form, "pas d'acheteur à informer");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    submit(&mut form, &mut doc).unwrap();
    assert_eq!(
        entry(&doc).unwrap().not_applicable.as_deref(),
        Some("pas d'acheteur à informer")
    );
    // Taken back from the form: the reason emptied, the tick date cleared.
    let mut form = open(&doc);
    focus(&mut form, FieldKey::NotApplicable);
    form.handle_key(ctrl('u'));
    focus(&mut form, FieldKey::DoneOn);
    form.handle_key(ctrl('u'));
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    submit(&mut form, &mut doc).unwrap();
    assert_eq!(entry(&doc), before);
    // And each step undone, in order.
    assert!(doc.undo().is_some());
    assert!(entry(&doc).unwrap().not_applicable.is_some());
    assert!(doc.undo().is_some());
    assert_eq!(entry(&doc).unwrap().not_applicable, None);
    assert_eq!(entry(&doc).unwrap().done, Some(d("2026-03-14")));
    assert!(doc.undo().is_some());
    assert_eq!(entry(&doc), before);
    // The branch decision is the `b` key's: its form holds the note only.
    let form = specs::item_note(
        Lang::En,
        today(),
        &a.id,
        &pursuit.id,
        crate::model::template::CHOOSE_BRANCH_ID,
        None,
    );
    assert!(form.field(FieldKey::DoneOn).is_none());
    assert!(form.field(FieldKey::NotApplicable).is_none());
}

/// Issue 11, "done means": a pursuit entered with its facts filled in shows
/// nothing late that its facts prove done, although its stage 2 is over.
#[test]
fn a_fresh_pursuit_with_its_facts_shows_nothing_late_they_prove() {
    use crate::model::progress::{ItemState, items, windows_of};
    let mut doc = Document::new(Portfolio::default());
    doc.add_authority(crate::model::Authority::new("a1", "Ville de Test"));
    let mut form = specs::pursuit(Lang::Fr, today(), "a1", None, 90);
    type_text(&mut form, "Nettoyage des écoles");
    let fill = |form: &mut Form, field: FieldKey, text: &str| {
        focus(form, field);
        type_text(form, text);
    };
    // J in 30 days: stage 3, so stage 2's items would all be late.
    fill(&mut form, FieldKey::J, "+30");
    fill(&mut form, FieldKey::CurrentHolder, "Propreté SA");
    fill(&mut form, FieldKey::CurrentExpiry, "31/01/2027");
    fill(
        &mut form,
        FieldKey::AwardCriteria,
        "prix 60 %, technique 40 %",
    );
    fill(&mut form, FieldKey::ExpectedStart, "01/02/2027");
    for field in [FieldKey::Lots, FieldKey::Ordering, FieldKey::Submission] {
        focus(&mut form, field);
        form.handle_key(key(KeyCode::Right));
    }
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    let sel = submit(&mut form, &mut doc).unwrap();
    let p = doc.portfolio();
    let a = p.authority("a1").unwrap();
    let new = a
        .pursuits
        .iter()
        .find(|x| Some(&x.id) == sel.pursuit.as_ref())
        .unwrap();
    assert_eq!(new.expected_start, Some(d("2027-02-01")));
    let (w, _) = windows_of(new, &p.settings).unwrap();
    let all = items(a, new, &w, &p.settings, today());
    for id in [
        "preparation.expiry",
        "preparation.holder_criteria",
        "preparation.future_contract",
        "preparation.nature",
        "publicity.electronic",
    ] {
        let item = all.iter().find(|i| i.id == id).unwrap();
        assert_eq!(item.state, ItemState::Evidence, "{id}");
    }
    // What is still late is what no fact proves: stage 1 and informing the buyer.
    let late: Vec<&str> = all
        .iter()
        .filter(|i| i.active && i.state == ItemState::Late)
        .map(|i| i.id)
        .collect();
    assert!(
        late.iter().all(|id| id.starts_with("prospection.")
            || *id == "preparation.inform_buyer"
            || *id == "branch.choose"),
        "{late:?}"
    );
}

#[test]
fn editing_a_vanished_target_is_refused() {
    let mut doc = Document::new(demo());
    let mut form = specs::contact(Lang::Fr, today(), "a-gone", None);
    type_text(&mut form, "X");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    assert!(submit(&mut form, &mut doc).is_none());
    assert!(!doc.can_undo());
}

#[test]
fn the_popup_draws_at_every_size_without_panicking() {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    let mut form = specs::pursuit(Lang::Fr, today(), "a", None, 90);
    form.submit();
    for (w, h) in [(0, 0), (1, 1), (10, 3), (40, 12), (80, 24), (200, 60)] {
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        let cursor = crate::ui::form::render(&form, area, &mut buf, true);
        if let Some(c) = cursor {
            assert!(c.x < w.max(1) && c.y < h.max(1));
        }
    }
}

/// Issue 10 item 7: a 1 MB paste is one step, cut to the maximum, and the
/// field says so; typing past the maximum is refused the same way.
#[test]
fn a_huge_paste_is_one_step_cut_to_the_maximum_and_said() {
    use super::form::MAX_FIELD_CHARS;
    let mut form = specs::authority(Lang::En, today(), None);
    type_text(&mut form, "ab");
    form.handle_key(key(KeyCode::Left));
    form.paste(&"é".repeat(1_000_000));
    let count = |f: &Form| f.fields[0].input.value().chars().count();
    assert_eq!(count(&form), MAX_FIELD_CHARS);
    let value = form.fields[0].input.value();
    assert!(value.starts_with("aé") && value.ends_with("éb"));
    assert_eq!(form.fields[0].input.cursor(), MAX_FIELD_CHARS - 1);
    let said = Some("Text cut at 10,000 characters, a field's maximum");
    assert_eq!(form.fields[0].error.as_deref(), said);
    form.handle_key(key(KeyCode::Backspace));
    assert_eq!(form.fields[0].error, None);
    type_text(&mut form, "yz");
    assert_eq!(count(&form), MAX_FIELD_CHARS);
    assert_eq!(form.fields[0].error.as_deref(), said);
    // Below the maximum, a paste is whole and silent.
    let mut form = specs::authority(Lang::Fr, today(), None);
    form.paste("Mairie\r\nde Dreux");
    assert_eq!(form.fields[0].input.value(), "Mairie  de Dreux");
    assert_eq!(form.fields[0].error, None);
    form.paste(&"x".repeat(MAX_FIELD_CHARS));
    assert_eq!(
        form.fields[0].error.as_deref(),
        Some("Texte coupé à 10 000 caractères, le maximum d'un champ")
    );
}

#[test]
fn pursuit_form_sets_procedure_time_notice_and_offsets() {
    use crate::model::Procedure;
    let mut doc = Document::new(demo());
    let a = doc.portfolio().authorities[0].clone();
    let pursuit = a.pursuits[0].clone();
    let mut form = specs::pursuit(Lang::Fr, today(), &a.id, Some(&pursuit), 90);
    // The family read from the label is what the choice shows.
    let kind = form.field(FieldKey::ProcedureKind).unwrap().choice;
    assert_eq!(Procedure::ALL[kind], pursuit.procedure());
    focus(&mut form, FieldKey::ProcedureKind);
    let to_restricted = (Procedure::ALL.len() + 1 - kind) % Procedure::ALL.len();
    for _ in 0..to_restricted {
        form.handle_key(key(KeyCode::Right));
    }
    focus(&mut form, FieldKey::JTime);
    type_text(&mut form, "12h");
    focus(&mut form, FieldKey::NoticePublished);
    type_text(&mut form, "20/12/2026");
    focus(&mut form, FieldKey::NoticeDays);
    type_text(&mut form, "45");
    focus(&mut form, FieldKey::CandidatureDays);
    type_text(&mut form, "20");
    assert_eq!(form.handle_key(ctrl('s')), Outcome::Submit);
    submit(&mut form, &mut doc).unwrap();
    let edited = &doc.portfolio().authority(&a.id).unwrap().pursuits[0];
    assert_eq!(edited.procedure_kind, Procedure::Restricted);
    assert_eq!(edited.j_time, chrono::NaiveTime::from_hms_opt(12, 0, 0));
    assert_eq!(edited.notice_published, Some(d("2026-12-20")));
    assert_eq!(edited.notice_days, Some(45));
    assert_eq!(edited.candidature_days, Some(20));
    // A time that is not one is refused, naming what to type.
    let mut form = specs::pursuit(Lang::En, today(), &a.id, Some(edited), 90);
    focus(&mut form, FieldKey::JTime);
    for _ in 0..5 {
        form.handle_key(key(KeyCode::Backspace));
    }
    type_text(&mut form, "noon");
    assert_ne!(form.handle_key(ctrl('s')), Outcome::Submit);
}

#[test]
fn a_typed_j_or_publication_on_a_closed_day_is_said_under_its_field() {
    let doc = Document::new(demo());
    let aid = doc.portfolio().authorities[0].id.clone();
    let mut form = specs::pursuit(Lang::Fr, today(), &aid, None, 90);
    focus(&mut form, FieldKey::J);
    type_text(&mut form, "06/05/2027");
    assert_eq!(
        form.field(FieldKey::J).unwrap().hint.as_deref(),
        Some("⚠ J tombe un jour férié : Ascension (06/05/2027)")
    );
    focus(&mut form, FieldKey::NoticePublished);
    type_text(&mut form, "27/03/2027");
    assert_eq!(
        form.field(FieldKey::NoticePublished)
            .unwrap()
            .hint
            .as_deref(),
        Some("⚠ La publication de l'avis tombe un samedi (27/03/2027)")
    );
    // A working day says nothing.
    let mut form = specs::pursuit(Lang::En, today(), &aid, None, 90);
    focus(&mut form, FieldKey::J);
    type_text(&mut form, "2027-05-07");
    assert_eq!(form.field(FieldKey::J).unwrap().hint, None);
}
