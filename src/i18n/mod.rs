//! Every user-facing string, in French (default) and English. Code elsewhere
//! asks here for words; it never spells them itself. One file per area.

pub mod agenda;
pub mod boamp;
pub mod cli;
pub mod common;
pub mod compliance;
pub mod decp;
pub mod evidence;
pub mod forms;
pub mod gdpr;
pub mod merge;
pub mod recovery;
pub mod report;
pub mod rules;
pub mod sheet;
pub mod store;
pub mod tui;
pub mod usage;

pub use crate::lang::Lang;

/// Words for values that carry none themselves (errors of the store, ...):
/// `e.localized(lang)` with this trait in scope.
pub trait Localize {
    /// The message in `lang`.
    fn localized(&self, lang: Lang) -> String;
}

impl Localize for crate::store::StoreError {
    fn localized(&self, lang: Lang) -> String {
        store::error(lang, self)
    }
}

impl Localize for crate::store::validate::Problem {
    fn localized(&self, lang: Lang) -> String {
        store::problem(lang, self)
    }
}

/// Prints anything [`Localize`] in `lang` with `{}`.
pub struct Localized<'a, T: Localize>(pub &'a T, pub Lang);

impl<T: Localize> std::fmt::Display for Localized<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.localized(self.1))
    }
}
