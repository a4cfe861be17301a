//! The seed's second aim, "le contrôle du respect des exigences de la
//! personne publique": the company's standing documents, each pursuit's
//! requirements, whether a bid is ready to file on J, and the warnings.

pub mod readiness;
pub mod requirement;
pub mod standing;
pub mod warnings;

pub use readiness::{LinkedDoc, Missing, is_ready, linked_documents, missing};
pub use requirement::{Requirement, RequirementKind, RequirementStatus};
pub use standing::{DocKind, StandingDocument, current_of, default_expiry};
pub use warnings::{Warning, WarningKind, warnings};
