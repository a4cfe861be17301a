//! What a form creates or edits, by ids, so the portfolio may change (undo,
//! reload) while the form is open without the form holding stale references.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    NewAuthority,
    EditAuthority {
        authority: String,
    },
    NewPursuit {
        authority: String,
    },
    EditPursuit {
        authority: String,
        pursuit: String,
    },
    NewContact {
        authority: String,
    },
    EditContact {
        authority: String,
        contact: String,
    },
    NewInteraction {
        authority: String,
        contact: String,
    },
    EditInteraction {
        authority: String,
        contact: String,
        interaction: String,
    },
    ItemNote {
        authority: String,
        pursuit: String,
        item: String,
    },
    Outcome {
        authority: String,
        pursuit: String,
    },
    NewRequirement {
        authority: String,
        pursuit: String,
    },
    EditRequirement {
        authority: String,
        pursuit: String,
        requirement: String,
    },
    NewDocument,
    EditDocument {
        document: String,
    },
}

/// What to select after a submit: the new or edited thing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    pub authority: String,
    pub pursuit: Option<String>,
    pub contact: Option<String>,
    pub interaction: Option<String>,
}
