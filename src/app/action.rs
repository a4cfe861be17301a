//! The user-bindable commands: what a key in the table means, apart from
//! the internal messages ([`super::Msg`]) and from the keys themselves
//! ([`super::keymap`]).

/// A user-bindable command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    FocusNext,
    FocusPrev,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    /// Tick or untick the checklist item under the cursor.
    Toggle,
    /// Undecided → H1 → H2 → H1…
    Branch,
    /// Open the selected pursuit's checklist.
    Open,
    Sort,
    ZoomIn,
    ZoomOut,
    Today,
    Earlier,
    Later,
    Filter,
    ClearFilter,
    Help,
    Quit,
    /// New authority (timeline) or new contact (contacts).
    Add,
    /// New pursuit for the selected authority.
    AddPursuit,
    /// Log an interaction with the selected contact.
    LogInteraction,
    /// A note on the selected checklist item.
    Note,
    /// The selected pursuit's outcome.
    Outcome,
    /// Edit the selected authority, pursuit, contact or interaction.
    Edit,
    /// Move the cursor into the selected contact's log, or back out.
    Log,
    /// Delete the selected thing, after confirmation.
    Delete,
    Undo,
    Redo,
    /// Fill the selected pursuit's requirements from the shipped template.
    RequirementTemplate,
    /// The company's standing documents.
    Documents,
    /// Switch the portfolio's rule set: the seed's J-52 or code 2019.
    Rules,
    /// The merge conflicts list: keep ours or theirs, one key each.
    Conflicts,
    /// The BOAMP opportunities: calls for tenders no pursuit waits for.
    Opportunities,
    /// Open or close the Today view.
    TodayView,
    /// Only what is mine or nobody's, or everything (issue 17).
    Mine,
}

/// A key's meaning while the changed-on-disk question is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKey {
    Reload,
    Keep,
    Copy,
    Yes,
    /// Quit without saving (asks once more).
    Quit,
    Close,
}

/// A key's meaning in the merge conflicts list (`X`); any other closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictsKey {
    KeepOurs,
    KeepTheirs,
    Previous,
    Next,
    Undo,
}

/// A key's meaning in the standing-documents list (`D`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentsKey {
    Add,
    Edit,
    Delete,
    /// Link to the selected pursuit, or mark a candidature kind not required.
    Link,
    Undo,
    Redo,
    Next,
    Previous,
    First,
    Last,
    Close,
}
