//! Forms to create and edit everything in the portfolio: popup state driven
//! by keys (pure), the fields of each form, applying a submitted form through
//! the undo history, and the popup's drawing.

pub mod commit;
pub mod compliance;
pub mod field;
pub mod form;
pub mod specs;
pub mod target;
pub mod view;

pub use commit::commit;
pub use form::{Form, Outcome};
pub use target::{Selection, Target};

#[cfg(test)]
mod tests;
