//! What the compliance keys report and how a linked document stands: plain
//! data the words (`i18n::compliance`) name without importing the app.

use crate::model::compliance::RequirementStatus;

/// What a compliance key did, for the status bar (worded by the UI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// `n` requirements came from the template.
    TemplateApplied(usize),
    /// The pursuit already has requirements: the template would mix in.
    AlreadyHasRequirements,
    Status(RequirementStatus),
    /// A candidature document marked not required (true) or required again.
    NotRequired(bool),
    /// A standing document linked to the selected pursuit (true) or unlinked.
    Linked(bool),
    /// The ticked submission waited for a confirmation that did not come.
    SubmitCancelled,
}

/// How a linked document stands for the pursuit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocState {
    /// Valid on J (or J unknown and still valid today).
    Valid,
    /// Expires before J: to renew.
    ExpiresBeforeJ,
    /// No document of this kind is recorded.
    NotRecorded,
    /// The pursuit marked it not required.
    NotRequired,
}
