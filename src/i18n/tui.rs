//! Words of the tracker screen: pane titles, columns, hints, help, notices.

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::Lang;
use crate::app::{Action, Pane, SortKey, Zoom};

pub fn pane(l: Lang, p: Pane) -> &'static str {
    match p {
        Pane::Timeline => l.pick("Rétroplanning", "Timeline"),
        Pane::Checklist => l.pick("Étapes et actions", "Checklist"),
        Pane::Contacts => l.pick("Contacts", "Contacts"),
    }
}

pub fn sort(l: Lang, s: SortKey) -> &'static str {
    match s {
        SortKey::Deadline => l.pick("échéance", "deadline"),
        SortKey::Priority => l.pick("priorité", "priority"),
        SortKey::Name => l.pick("nom", "name"),
        SortKey::Owner => l.pick("responsable", "owner"),
    }
}

pub fn zoom(l: Lang, z: Zoom) -> &'static str {
    match z {
        Zoom::Weeks => l.pick("semaines", "weeks"),
        Zoom::Months => l.pick("mois", "months"),
        Zoom::Year => l.pick("année", "year"),
    }
}

/// " tri : échéance · échelle : année · filtre : lyon "
pub fn timeline_title(l: Lang, s: SortKey, z: Zoom, filter: &str) -> String {
    let mut t = format!(
        "{} {} · {} {}",
        l.pick("tri :", "sort:"),
        sort(l, s),
        l.pick("échelle :", "scale:"),
        zoom(l, z)
    );
    if !filter.is_empty() {
        t.push_str(&format!(" · {} {filter}", l.pick("filtre :", "filter:")));
    }
    t
}

/// Column headers: contract, stage, J date, days to J, late.
pub fn columns(l: Lang) -> [&'static str; 5] {
    [
        l.pick("Marché", "Contract"),
        l.pick("Étape", "Stage"),
        "J",
        l.pick("Jours", "Days"),
        l.pick("Ret.", "Late"),
    ]
}

pub fn priority(l: Lang, p: u8) -> String {
    format!("{}{p}", l.pick("P", "P"))
}

/// `key` adds a pursuit (from the key table).
pub fn no_pursuit(l: Lang, key: &str) -> String {
    match l {
        Lang::Fr => format!("aucun marché suivi ({key} : en ajouter un)"),
        Lang::En => format!("no pursuit yet ({key}: add one)"),
    }
}

/// The empty timeline's welcome; `add` and `pursuit` are the keys that
/// add an authority and a pursuit.
pub fn onboarding(l: Lang, add: &str, pursuit: &str) -> [String; 3] {
    [
        l.pick(
            "Bienvenue ! Ce portefeuille est vide.",
            "Welcome! This portfolio is empty.",
        )
        .to_string(),
        match l {
            Lang::Fr => format!(
                "Touche {add} : la personne publique que vous ciblez ; puis {pursuit} : le marché visé et son J."
            ),
            Lang::En => format!(
                "Press {add} for a public authority you target, then {pursuit} for the contract you are after and its J."
            ),
        },
        l.pick(
            "Pour voir un exemple complet : retroplan --demo",
            "To see a full example: retroplan --demo",
        )
        .to_string(),
    ]
}

pub fn no_match(l: Lang, filter: &str) -> String {
    format!(
        "{} « {filter} »",
        l.pick(
            "Aucune personne publique ne correspond à",
            "No public authority matches"
        )
    )
}

pub fn no_j(l: Lang) -> &'static str {
    l.pick(
        "Pas de J : saisissez J ou l'échéance du marché actuel.",
        "No J: enter J or the current contract's expiry.",
    )
}

pub fn select_pursuit(l: Lang) -> &'static str {
    l.pick(
        "Choisissez un marché (↓) pour voir ses étapes.",
        "Select a pursuit (↓) to see its checklist.",
    )
}

pub fn no_plan_short(l: Lang) -> &'static str {
    l.pick("sans J", "no J")
}

pub fn late_count(l: Lang, n: usize) -> String {
    format!("{n} {}", l.pick("en retard", "late"))
}

pub fn town_line(l: Lang, town: &str, dept: &str) -> String {
    match (town.is_empty(), dept.is_empty()) {
        (false, false) => format!("{town} ({dept})"),
        (false, true) => town.to_string(),
        (true, false) => format!("{} {dept}", l.pick("dépt", "dept")),
        (true, true) => String::new(),
    }
}

pub fn priority_long(l: Lang, p: u8) -> String {
    format!("{} {p}", l.pick("priorité", "priority"))
}

pub fn siret(l: Lang, s: &str) -> String {
    format!("{} {s}", l.pick("SIRET", "SIRET"))
}

pub fn activity(l: Lang) -> &'static str {
    l.pick("Activité :", "Activity:")
}

/// "J 28/11/2027 · J-143 · estimé"
/// "J 30/06/2027 12:00 · J-211 · confirmé par l'avis": the time once confirmed.
pub fn j_line(l: Lang, j: NaiveDate, time: Option<NaiveTime>, days: &str, origin: &str) -> String {
    format!(
        "J {} · {days} · {origin}",
        super::rules::date_time(l, j, time)
    )
}

/// How a forecast J was obtained, for issue 7's imported expiries.
pub fn forecast_from(l: Lang, expiry: NaiveDate, lead: u32, source: Option<&str>) -> String {
    let mut s = format!(
        "{} {} − {lead} {}",
        l.pick("échéance du marché actuel", "current contract expires"),
        l.date(expiry),
        l.pick("j", "d"),
    );
    if let Some(src) = source {
        s.push_str(&format!(" · {} {src}", l.pick("source :", "source:")));
    }
    s
}

/// "Titulaire actuel : X · échéance 05/08/2027" (empty parts left out).
pub fn current_contract(l: Lang, holder: &str, expiry: Option<NaiveDate>) -> String {
    let mut parts = Vec::new();
    if !holder.is_empty() {
        parts.push(format!(
            "{} {holder}",
            l.pick("titulaire actuel :", "current holder:")
        ));
    }
    if let Some(e) = expiry {
        parts.push(format!(
            "{} {}",
            l.pick("échéance du marché actuel", "current contract expires"),
            l.date(e)
        ));
    }
    if parts.is_empty() {
        l.pick(
            "marché actuel : non renseigné",
            "current contract: not known",
        )
        .to_string()
    } else {
        parts.join(" · ")
    }
}

pub fn factor(l: Lang, f: f64) -> String {
    format!("× {}", l.decimal(f))
}

/// "28/11/2026 → 27/03/2027"
pub fn window(l: Lang, start: NaiveDate, last: NaiveDate) -> String {
    format!("{} → {}", l.date(start), l.date(last))
}

pub fn branch_head(l: Lang, date: NaiveDate) -> String {
    format!(
        "{} ({})",
        l.pick("Embranchement à J-8 mois", "Fork at J-8 months"),
        l.date(date)
    )
}

pub fn submit_head(l: Lang, j: NaiveDate, time: Option<NaiveTime>) -> String {
    format!(
        "{} ({})",
        l.pick("Jour J", "Day J"),
        super::rules::date_time(l, j, time)
    )
}

/// Short state with its date: "fait 12/10/2026", "avant le 27/03/2027".
pub fn item_state(
    l: Lang,
    state: crate::model::ItemState,
    start: NaiveDate,
    last: NaiveDate,
) -> String {
    use crate::model::ItemState::*;
    match state {
        Done(d) => format!("{} {}", l.pick("fait le", "done"), l.date(d)),
        Evidence => l.pick("prouvé", "proven").to_string(),
        NotApplicable => l.pick("sans objet", "not applicable").to_string(),
        Late => format!(
            "{} {}",
            l.pick("en retard depuis le", "late since"),
            l.date(last)
        ),
        Due => format!("{} {}", l.pick("à faire avant le", "due by"), l.date(last)),
        Upcoming => format!("{} {}", l.pick("à partir du", "from"), l.date(start)),
    }
}

/// The date alone of [`item_state`], for narrow panes.
pub fn item_date(
    l: Lang,
    state: crate::model::ItemState,
    start: NaiveDate,
    last: NaiveDate,
) -> String {
    use crate::model::ItemState::*;
    match state {
        Done(d) => l.date(d),
        Evidence => l.pick("prouvé", "proven").to_string(),
        NotApplicable => l.pick("s.o.", "n/a").to_string(),
        Late | Due => l.date(last),
        Upcoming => l.date(start),
    }
}

pub fn decision_maker(l: Lang) -> &'static str {
    l.pick("décideur", "decision-maker")
}

pub fn last_exchange(l: Lang, d: NaiveDate, kind: &str) -> String {
    format!(
        "{} {} ({kind})",
        l.pick("dernier échange", "last exchange"),
        l.date(d)
    )
}

pub fn never_exchanged(l: Lang) -> &'static str {
    l.pick("aucun échange", "no exchange yet")
}

pub fn to_nurture(l: Lang) -> &'static str {
    l.pick("à relancer", "to nurture")
}

pub fn details_stale(l: Lang, months: Option<u32>) -> String {
    match months {
        Some(m) => format!(
            "{} {m} {}",
            l.pick("coordonnées de", "details"),
            l.pick("mois", "months old")
        ),
        None => l
            .pick("coordonnées jamais vérifiées", "details never checked")
            .to_string(),
    }
}

/// "2 contacts à relancer" on an authority's row.
pub fn contacts_to_nurture(l: Lang, n: usize) -> String {
    match (l, n) {
        (Lang::Fr, 1) => "1 contact à relancer".to_string(),
        (Lang::Fr, n) => format!("{n} contacts à relancer"),
        (Lang::En, 1) => "1 contact to nurture".to_string(),
        (Lang::En, n) => format!("{n} contacts to nurture"),
    }
}

pub fn do_not_contact(l: Lang) -> &'static str {
    l.pick("ne pas contacter", "do not contact")
}

pub fn no_contacts(l: Lang) -> &'static str {
    l.pick(
        "Aucun contact : trouvez le décideur et un contact influent.",
        "No contact yet: find the decision-maker and an influential contact.",
    )
}

pub fn log_title(l: Lang, name: &str) -> String {
    format!("{} — {name}", l.pick("Journal", "Log"))
}

/// "12/11/2026 appel : résumé" (French puts a space before the colon).
pub fn log_entry(l: Lang, date: &str, kind: &str, summary: &str) -> String {
    match l {
        Lang::Fr => format!("{date} {kind} : {summary}"),
        Lang::En => format!("{date} {kind}: {summary}"),
    }
}

pub fn empty_log(l: Lang) -> &'static str {
    l.pick("Aucun échange noté.", "No exchange logged.")
}

pub fn follow_up(l: Lang, d: NaiveDate) -> String {
    format!("{} {}", l.pick("relance", "follow up"), l.date(d))
}

pub fn demo(l: Lang) -> &'static str {
    l.pick(" DÉMO ", " DEMO ")
}

pub fn read_only(l: Lang, reason: crate::app::ReadOnly) -> &'static str {
    use std::io::ErrorKind;
    match reason {
        crate::app::ReadOnly::CannotWrite(ErrorKind::ReadOnlyFilesystem) => l.pick(
            " LECTURE SEULE : système de fichiers en lecture seule ",
            " READ-ONLY: read-only file system ",
        ),
        crate::app::ReadOnly::CannotWrite(ErrorKind::StorageFull | ErrorKind::QuotaExceeded) => l
            .pick(
                " LECTURE SEULE : disque plein, aucun fichier ne peut être créé ",
                " READ-ONLY: disk full, no file can be created ",
            ),
        crate::app::ReadOnly::CannotWrite(ErrorKind::PermissionDenied) => l.pick(
            " LECTURE SEULE : dossier non modifiable (permission refusée) ",
            " READ-ONLY: the folder cannot be written (permission denied) ",
        ),
        crate::app::ReadOnly::CannotWrite(_) => l.pick(
            " LECTURE SEULE : impossible de créer le verrou à côté du fichier ",
            " READ-ONLY: no lock file can be made beside the file ",
        ),
        crate::app::ReadOnly::NewerVersion => l.pick(
            " LECTURE SEULE : fichier d'une version plus récente ",
            " READ-ONLY: file from a newer version ",
        ),
        crate::app::ReadOnly::Locked => l.pick(
            " LECTURE SEULE : ouvert par un autre retroplan ",
            " READ-ONLY: open in another retroplan ",
        ),
    }
}

pub fn saving(l: Lang) -> &'static str {
    l.pick("enregistrement…", "saving…")
}

pub fn save_failed(l: Lang, why: &str) -> String {
    format!(
        "{} {why}",
        l.pick("ÉCHEC de l'enregistrement :", "SAVE FAILED:")
    )
}

pub fn changed_on_disk(l: Lang) -> &'static str {
    l.pick(
        "FICHIER MODIFIÉ AILLEURS : vos changements ne sont pas écrits (quittez et rouvrez)",
        "FILE CHANGED ON DISK: your changes are not written (quit and reopen)",
    )
}

pub fn ticked(l: Lang, label: &str) -> String {
    format!("{} {label}", l.pick("Coché :", "Ticked:"))
}

pub fn unticked(l: Lang, label: &str) -> String {
    format!("{} {label}", l.pick("Décoché :", "Unticked:"))
}

pub fn branch_now(l: Lang, b: &str) -> String {
    format!("{} {b}", l.pick("Hypothèse :", "Hypothesis:"))
}

pub fn read_only_refusal(l: Lang) -> &'static str {
    l.pick(
        "Lecture seule : rien n'est modifié.",
        "Read-only: nothing is changed.",
    )
}

pub fn nothing_to_tick(l: Lang) -> &'static str {
    l.pick(
        "Rien à cocher ici : choisissez un marché.",
        "Nothing to tick here: select a pursuit.",
    )
}

pub fn saved(l: Lang) -> &'static str {
    l.pick("Enregistré.", "Saved.")
}

pub fn created(l: Lang, path: &str) -> String {
    format!(
        "{} {path}",
        l.pick("Nouveau portefeuille :", "New portfolio:")
    )
}

/// The `m` notice.
pub fn mine(l: Lang, mine: bool) -> &'static str {
    if mine {
        l.pick(
            "Affichés : les miens et ceux sans responsable (m : tout)",
            "Showing: mine and nobody's (m: everything)",
        )
    } else {
        l.pick(
            "Affichés : tous (m : les miens)",
            "Showing: everything (m: mine)",
        )
    }
}

/// The timeline title's mark while "mine" is on.
pub fn mine_mark(l: Lang) -> &'static str {
    l.pick("les miens", "mine")
}

pub fn conflict_copies(l: Lang, n: usize) -> String {
    // Short: the status bar must keep the command whole at 80 columns.
    let cmd = "retroplan merge --conflict-copies";
    match (l, n) {
        (Lang::Fr, 1) => format!("1 copie en conflit : lancez {cmd}"),
        (Lang::Fr, _) => format!("{n} copies en conflit : lancez {cmd}"),
        (Lang::En, 1) => format!("1 conflict copy: run {cmd}"),
        (Lang::En, _) => format!("{n} conflict copies: run {cmd}"),
    }
}

pub fn sorted(l: Lang, s: SortKey) -> String {
    format!("{} {}", l.pick("Tri :", "Sort:"), sort(l, s))
}

pub fn zoomed(l: Lang, z: Zoom) -> String {
    format!("{} {}", l.pick("Échelle :", "Scale:"), zoom(l, z))
}

pub fn filter_prompt(l: Lang) -> &'static str {
    l.pick("Filtre : ", "Filter: ")
}

/// What a key of the filter does ("Entrée garder"); Enter goes to the
/// contact the filter found, when it found one.
pub fn filter_key(l: Lang, k: crate::app::keymap::FilterKey, to_contact: bool) -> &'static str {
    use crate::app::keymap::FilterKey;
    match k {
        FilterKey::Keep if to_contact => l.pick("aller au contact", "go to the contact"),
        FilterKey::Keep => l.pick("garder", "keep"),
        FilterKey::Clear => l.pick("effacer", "clear"),
        FilterKey::Erase => l.pick("effacer un caractère", "erase a character"),
    }
}

/// While filtering, when the selected authority is found by one of its
/// people: who, and that Enter goes to them.
pub fn filter_found_contact(l: Lang, name: &str) -> String {
    l.pick(format!("→ contact : {name}"), format!("→ contact: {name}"))
}

pub fn too_small(l: Lang, w: u16, h: u16) -> [String; 2] {
    [
        l.pick("Terminal trop petit", "Terminal too small")
            .to_string(),
        format!(
            "{w}×{h} — {} {}×{}",
            l.pick("il faut au moins", "needs at least"),
            crate::app::layout::MIN_WIDTH,
            crate::app::layout::MIN_HEIGHT
        ),
    ]
}

pub fn confirm_quit(l: Lang, why: &str) -> [String; 2] {
    let first = if why.is_empty() {
        changed_on_disk(l).to_string()
    } else {
        format!(
            "{} {why}",
            l.pick(
                "Les modifications n'ont pas pu être enregistrées :",
                "Changes could not be saved:"
            )
        )
    };
    let second = if why.is_empty() {
        l.pick(
            "Quitter quand même et les perdre ? o/n",
            "Quit anyway and lose them? y/n",
        )
    } else {
        // The exit tries once more and says what came of it: no promise of loss.
        l.pick(
            "r réessayer · o quitter sans elles · n rester",
            "r retry · y quit without them · n stay",
        )
    };
    [first, second.to_string()]
}

/// After the terminal is restored: the last save worked after all.
pub fn saved_at_exit(l: Lang) -> &'static str {
    l.pick(
        "toutes vos modifications sont enregistrées.",
        "all your changes are saved.",
    )
}

/// After the terminal is restored: what could not be saved, and why.
pub fn not_saved_at_exit(l: Lang, why: &str) -> String {
    l.pick(
        format!("vos dernières modifications n'ont PAS été enregistrées : {why}"),
        format!("your last changes were NOT saved: {why}"),
    )
}

pub fn quit_title(l: Lang) -> &'static str {
    l.pick(" Quitter ? ", " Quit? ")
}

pub fn help_title(l: Lang, p: Pane) -> String {
    format!(" {} — {} ", l.pick("Touches", "Keys"), pane(l, p))
}

pub fn help_extra(l: Lang) -> [&'static str; 6] {
    [
        // The seed's opening: what the method is for, and what J is.
        l.pick(
            "Le rétroplanning répond à deux objectifs : la prospection de la clientèle publique,",
            "The rétroplanning has two aims: prospecting public customers,",
        ),
        l.pick(
            "et le contrôle du respect des exigences de la personne publique.",
            "and checking that the public buyer's requirements are met.",
        ),
        l.pick(
            "J est le jour où l'entreprise dépose sa candidature : les délais sont comptés à partir de J.",
            "J is the day the company files its candidature: every window is counted back from J.",
        ),
        l.pick(
            "/ trouve collectivité, marché, réf. d'avis, contact (nom, courriel, tél.)",
            "/ finds authorities, contracts, notice refs, contacts (name, email, phone)",
        ),
        l.pick(
            "Souris : un clic choisit le volet et la ligne, la molette fait défiler",
            "Mouse: a click selects the pane and the row, the wheel scrolls",
        ),
        l.pick(
            "Chaque changement est enregistré aussitôt · une touche ferme cette aide",
            "Every change is saved at once · any key closes this help",
        ),
    ]
}

/// What a command does, for the help overlay.
pub fn action(l: Lang, a: Action) -> &'static str {
    match a {
        Action::FocusNext => l.pick("volet suivant", "next pane"),
        Action::FocusPrev => l.pick("volet précédent", "previous pane"),
        Action::Up => l.pick("monter", "up"),
        Action::Down => l.pick("descendre", "down"),
        Action::Top => l.pick("premier", "first"),
        Action::Bottom => l.pick("dernier", "last"),
        Action::PageUp => l.pick("page précédente", "page up"),
        Action::PageDown => l.pick("page suivante", "page down"),
        Action::Toggle => l.pick(
            "cocher / décocher (date du jour)",
            "tick / untick (today's date)",
        ),
        Action::Branch => l.pick("hypothèse H1 / H2", "branch H1 / H2"),
        Action::Open => l.pick("ouvrir les étapes", "open the checklist"),
        Action::Sort => l.pick(
            "trier : échéance, priorité, nom",
            "sort: deadline, priority, name",
        ),
        Action::ZoomIn => l.pick("zoomer", "zoom in"),
        Action::ZoomOut => l.pick("dézoomer", "zoom out"),
        Action::Today => l.pick("revenir à aujourd'hui", "back to today"),
        Action::Earlier => l.pick("plus tôt", "earlier"),
        Action::Later => l.pick("plus tard", "later"),
        Action::Filter => l.pick("filtrer", "filter"),
        Action::ClearFilter => l.pick("effacer le filtre", "clear the filter"),
        Action::Help => l.pick("aide", "help"),
        Action::Quit => l.pick("quitter", "quit"),
        Action::Add => l.pick("ajouter", "add"),
        Action::AddPursuit => l.pick("nouveau marché", "new pursuit"),
        Action::LogInteraction => l.pick("noter un échange", "log an interaction"),
        Action::Note => l.pick(
            "note, date faite, sans objet",
            "note, done date, not applicable",
        ),
        Action::Outcome => l.pick("issue du marché", "outcome of the pursuit"),
        Action::Edit => l.pick("modifier la sélection", "edit the selection"),
        Action::Log => l.pick(
            "entrer dans le journal / en sortir",
            "into the log / back out",
        ),
        Action::Delete => l.pick("supprimer (o/N)", "delete (y/N)"),
        Action::Undo => l.pick("annuler", "undo"),
        Action::Redo => l.pick("rétablir", "redo"),
        Action::RequirementTemplate => l.pick("exigences du modèle", "template requirements"),
        Action::Documents => l.pick("attestations, Kbis…", "standing documents"),
        Action::Rules => l.pick(
            "règles : méthode J-52 / code 2019",
            "rules: method J-52 / code 2019",
        ),
        Action::Opportunities => l.pick(
            "opportunités BOAMP (avis sans marché suivi)",
            "BOAMP opportunities (notices no pursuit waits for)",
        ),
        Action::TodayView => l.pick(
            "vue Aujourd'hui : retards, semaine, appels (T : retour)",
            "Today view: late, this week, calls (T: back)",
        ),
        Action::Mine => l.pick(
            "les miens et ceux sans responsable / tout (/@nom : ceux d'un autre)",
            "mine and nobody's / everything (/@name: someone else's)",
        ),
        Action::Conflicts => l.pick(
            "conflits de fusion : o garder la nôtre, t la leur",
            "merge conflicts: o keep ours, t keep theirs",
        ),
    }
}

/// The one-word form for the status bar.
pub fn action_short(l: Lang, a: Action) -> &'static str {
    match a {
        Action::Toggle => l.pick("cocher", "tick"),
        Action::Branch => l.pick("H1/H2", "H1/H2"),
        Action::Open => l.pick("étapes", "open"),
        Action::Sort => l.pick("tri", "sort"),
        Action::ZoomIn => l.pick("zoom", "zoom"),
        Action::Today => l.pick("auj.", "today"),
        Action::Filter => l.pick("filtre", "filter"),
        Action::FocusNext => l.pick("volet", "pane"),
        Action::Help => l.pick("aide", "help"),
        Action::Quit => l.pick("quitter", "quit"),
        Action::Add => l.pick("ajouter", "add"),
        Action::AddPursuit => l.pick("marché", "pursuit"),
        Action::LogInteraction => l.pick("échange", "log"),
        Action::Note => l.pick("note", "note"),
        Action::Edit => l.pick("modifier", "edit"),
        Action::Log => l.pick("journal", "history"),
        Action::Undo => l.pick("annuler", "undo"),
        Action::Documents => l.pick("pièces", "documents"),
        Action::TodayView => l.pick("aujourd'hui", "today"),
        other => action(l, other),
    }
}

/// The name of the first key bound to `action`.
pub fn key_for(l: Lang, action: Action) -> String {
    crate::app::keymap::first_key(action).map_or_else(String::new, |k| key_name(l, &k))
}

pub fn key_name(l: Lang, key: &crate::keys::Key) -> String {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};
    let base = match key.code {
        KeyCode::Char(' ') => l.pick("Espace", "Space").to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => l.pick("Entrée", "Enter").to_string(),
        KeyCode::Esc => l.pick("Échap", "Esc").to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => l.pick("Maj-Tab", "Shift-Tab").to_string(),
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        KeyCode::Home => l.pick("Début", "Home").to_string(),
        KeyCode::End => l.pick("Fin", "End").to_string(),
        KeyCode::PageUp => l.pick("PgPréc", "PgUp").to_string(),
        KeyCode::PageDown => l.pick("PgSuiv", "PgDn").to_string(),
        KeyCode::Delete => l.pick("Suppr", "Del").to_string(),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else {
        base
    }
}

/// Month label for the timeline's axis: "janv.", "Feb".
pub fn month(l: Lang, d: NaiveDate) -> &'static str {
    const FR: [&str; 12] = [
        "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let i = d.month0() as usize;
    l.pick(FR[i], EN[i])
}

/// Short day for the weeks scale: "28/11" or "11-28".
pub fn day_month(l: Lang, d: NaiveDate) -> String {
    match l {
        Lang::Fr => d.format("%d/%m").to_string(),
        Lang::En => d.format("%m-%d").to_string(),
    }
}

/// Started with no terminal (a pipe, a cron job, a service).
pub fn needs_terminal(l: Lang) -> &'static str {
    l.pick(
        "le suivi a besoin d'un terminal ; essayez `retroplan agenda` (et `retroplan --help` pour les autres commandes)",
        "the tracker needs a terminal; try `retroplan agenda` (and `retroplan --help` for the other commands)",
    )
}

/// `TERM=dumb`: no cursor movement, no colours, no alternate screen.
pub fn dumb_terminal(l: Lang) -> &'static str {
    l.pick(
        "ce terminal (TERM=dumb) ne peut pas afficher le suivi ; essayez `retroplan agenda` (et `retroplan --help` pour les autres commandes)",
        "this terminal (TERM=dumb) cannot show the tracker; try `retroplan agenda` (and `retroplan --help` for the other commands)",
    )
}
