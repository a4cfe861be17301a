//! Which field of a form: the owner of a form reads values by these, and
//! the words (`i18n::forms::label`) name each, so a field without a label
//! or a misspelt key does not compile; and the keys of a form, as data.

use ratatui::crossterm::event::KeyCode;

use crate::keys::{ModeBinding, c, ctrl, k};

/// A form field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKey {
    Name,
    Category,
    Town,
    Departement,
    Siret,
    Priority,
    Activity,
    Object,
    /// Day J, the bid's deadline.
    J,
    JConfirmed,
    MarketKind,
    Factor,
    /// The procedure's free label.
    Procedure,
    ProcedureKind,
    /// The deadline's time of day on J.
    JTime,
    NoticePublished,
    NoticeDays,
    CandidatureDays,
    Amount,
    CurrentHolder,
    CurrentExpiry,
    AwardCriteria,
    Lots,
    LotCount,
    Ordering,
    NoticeRef,
    Submission,
    Role,
    Phone,
    Mobile,
    Email,
    DecisionMaker,
    Influence,
    /// Days between two contacts.
    KeepInTouch,
    DoNotContact,
    /// Free notes (a contact's).
    Notes,
    /// What an interaction was about.
    Summary,
    /// An interaction's kind.
    Kind,
    /// An interaction's date.
    Date,
    FollowUp,
    DetailsChecked,
    /// A note on a checklist item or a requirement.
    Note,
    /// A checklist item's hand tick date (backdating).
    DoneOn,
    /// Why a checklist item is not applicable.
    NotApplicable,
    /// Expected start of execution of the future contract.
    ExpectedStart,
    Outcome,
    /// Who in the team answers for a pursuit, contact or requirement.
    Owner,
    /// A requirement's label.
    Label,
    RequirementKind,
    /// A requirement's status.
    Status,
    /// A requirement's due date.
    Due,
    /// A standing document's kind, and its name when not a known one.
    DocKind,
    OtherKind,
    DocLabel,
    Issued,
    Expires,
    DocNote,
}

/// What a key does in a form (any other key edits the focused text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKey {
    Next,
    Previous,
    /// Cycle a choice or flip a yes/no (←/→, or Space off a text field).
    Choose,
    /// Next field, or submit on the last one.
    Enter,
    /// Submit from any field.
    Save,
    Cancel,
}

/// The forms' keys, in the order the footer lists them.
pub const FORM_KEYS: &[ModeBinding<FormKey>] = &[
    ModeBinding {
        keys: &[k(KeyCode::Tab), k(KeyCode::Down)],
        action: FormKey::Next,
        shown: 2,
    },
    ModeBinding {
        keys: &[k(KeyCode::BackTab), k(KeyCode::Up)],
        action: FormKey::Previous,
        shown: 2,
    },
    ModeBinding {
        keys: &[k(KeyCode::Left), k(KeyCode::Right), c(' ')],
        action: FormKey::Choose,
        shown: 2,
    },
    ModeBinding {
        keys: &[k(KeyCode::Enter)],
        action: FormKey::Enter,
        shown: 1,
    },
    ModeBinding {
        keys: &[ctrl('s')],
        action: FormKey::Save,
        shown: 1,
    },
    ModeBinding {
        keys: &[k(KeyCode::Esc)],
        action: FormKey::Cancel,
        shown: 1,
    },
];
