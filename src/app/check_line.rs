//! One line of the checklist pane, apart from the view that lists them so
//! that the compliance block can name its lines without importing the view.

use crate::model::{Branch, StageId};

/// One line of the checklist pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    Stage(StageId),
    /// The J-8-months decision block's title.
    BranchHead,
    /// What the chosen hypothesis means: part `n` of the seed's text,
    /// wrapped to the pane (the whole sentence is the point of it).
    BranchText(Branch, u8),
    /// Day J.
    SubmitHead,
    /// An item, by index into `CheckView::items`.
    Item(usize),
    /// Why an item is done without a tick (its evidence), or its
    /// not-applicable reason: shown under the item, by index into items.
    Why(usize),
    /// Sub-point `n` of an item.
    Detail(usize, usize),
    /// Under stage 3's heading: when the notice was expected, or published, and why.
    Notice,
    /// Paper chosen where electronic submission is mandatory (or may be).
    PaperWarning,
    Blank,
    /// Stage 3's requirements and documents: the head says if ready to file.
    ComplianceHead,
    /// The block holds nothing yet: how to fill it.
    ComplianceEmpty,
    /// The pursuit's requirement `n`.
    Requirement(usize),
    /// Linked document `n` of `CheckView::compliance`.
    Document(usize),
}
