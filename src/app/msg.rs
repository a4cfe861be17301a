//! Intents and effects: keys and mouse become a [`Msg`], [`super::update`]
//! applies it and answers with the [`Effect`]s the edge must perform.

use super::action::Action;

/// Everything that can change the app's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// A user-bindable command from the key table.
    Act(Action),
    /// A character typed into the filter.
    FilterInput(char),
    FilterBackspace,
    /// Enter in the filter: keep it and go back to the panes.
    FilterAccept,
    /// Esc in the filter: clear it.
    FilterCancel,
    /// Close the help overlay.
    CloseOverlay,
    /// In the conflicts list: keep this side of the selected conflict.
    KeepConflict(crate::model::Side),
    /// In the conflicts list: the next (true) or previous conflict.
    ConflictCursor(bool),
    /// Quit although changes could not be saved.
    ConfirmQuit,
    /// `r` in the quit question: try saving again, and quit if it works.
    RetryQuit,
    CancelQuit,
    /// The terminal's new size in cells.
    Resize(u16, u16),
    /// A left click at a cell.
    Click {
        x: u16,
        y: u16,
    },
    /// A wheel notch over a cell.
    Wheel {
        x: u16,
        y: u16,
        down: bool,
    },
    /// The autosave wrote the file.
    Saved,
    /// The autosave failed.
    SaveFailed(crate::store::StoreError),
    /// The file changed on disk since it was loaded: nothing was written.
    ChangedOnDisk,
    /// The file on disk differs from ours; the names of the authorities
    /// where ours differs (what reloading would replace).
    Conflict(Vec<String>),
    /// A key while the changed-on-disk question is open.
    ConflictKey(super::action::ConflictKey),
    /// Flushing on quit failed: ask before losing changes.
    QuitBlocked(crate::store::StoreError),
    /// A key for the open form.
    FormKey(ratatui::crossterm::event::KeyEvent),
    /// Text pasted into the terminal (bracketed paste).
    Paste(String),
    /// `y` to a delete question.
    ConfirmDelete,
    /// Anything else to a delete question.
    CancelDelete,
    /// `y` to "tick the submission although the pursuit is not ready?".
    ConfirmSubmit,
    CancelSubmit,
    /// A key for the standing-documents list.
    DocumentKey(super::action::DocumentsKey),
}

/// Work for the edge (terminal, files), never done inside `update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The portfolio changed: hand a copy to the autosave.
    Save,
    /// Flush the autosave, then quit (the edge reports a failure back).
    Quit,
    /// Quit without waiting: the user accepted losing unsaved changes.
    QuitNow,
    /// Compare ours with the file on disk and report a [`Msg::Conflict`].
    InspectConflict,
    /// Replace ours with the file on disk.
    ReloadTheirs,
    /// Save ours over the file on disk, keeping theirs aside.
    KeepMine,
    /// Save ours beside the file as a copy, then reload theirs.
    SaveCopy,
}
