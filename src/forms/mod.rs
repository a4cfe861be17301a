//! Forms to create and edit everything in the portfolio: popup state driven
//! by keys (pure), the fields of each form, applying a submitted form through
//! the undo history. The popup is drawn by `crate::ui::form`.

pub mod commit;
pub mod compliance;
pub mod field;
pub mod form;
pub mod key;
pub mod specs;
pub mod target;

pub use commit::commit;
pub use form::{Form, Outcome};
pub use key::FieldKey;
pub use target::{Selection, Target};

#[cfg(test)]
mod tests;
