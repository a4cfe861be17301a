//! The domain: what a company tracks while prospecting public buyers, and the
//! rétroplanning engine that turns a day J into windows and item states.
//! Nothing here knows about the terminal.

pub mod authorities;
pub mod authority;
pub mod change;
pub mod compliance;
pub mod conflict;
pub mod contact;
pub mod dates;
pub mod doc;
pub mod evidence;
pub mod extra;
pub mod fields;
pub mod history;
pub mod holidays;
pub mod ids;
pub mod owner;
pub mod portfolio;
pub mod procedure;
pub mod progress;
pub mod pursuit;
pub mod rules;
pub mod settings;
pub mod settle;
pub mod template;
pub mod text;
pub mod ticks;
pub mod timeline;

pub use authority::{Authority, AuthorityCategory};
pub use conflict::{Conflict, Side};
pub use contact::{Contact, Influence, Interaction, InteractionKind};
pub use evidence::Evidence;
pub use extra::Extra;
pub use portfolio::{BoampState, FORMAT_NAME, FORMAT_VERSION, Opportunity, Portfolio, Settings};
pub use procedure::Procedure;
pub use progress::{ItemState, ItemStatus, Phase, PursuitSummary, Section};
pub use pursuit::{
    Branch, ChecklistEntry, JOrigin, LotsNature, MarketKind, NoticeInfo, OrderNature, Outcome,
    Pursuit, SubmissionMode,
};
pub use rules::RuleSet;
pub use template::{ItemText, Template};
pub use timeline::{StageId, Window, Windows};
