//! What a delete question is about, by ids: the question is worded when
//! drawn (`ui::dialogs`), the delete applied by `app::edit`.

/// What a confirmed delete removes, by ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deletion {
    Authority {
        authority: String,
    },
    Pursuit {
        authority: String,
        pursuit: String,
    },
    Contact {
        authority: String,
        contact: String,
    },
    Interaction {
        authority: String,
        contact: String,
        interaction: String,
    },
    Requirement {
        authority: String,
        pursuit: String,
        requirement: String,
    },
    /// A standing document, from the list where it sat at `at`.
    Document {
        document: String,
        at: usize,
    },
}
