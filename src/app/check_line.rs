//! One line of the checklist pane, apart from the view that lists them so
//! that the compliance block can name its lines without importing the view.

use crate::model::{Branch, StageId};

/// One line of the checklist pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// not-applicable reason: shown under the item, by index into items;
    /// part `n` of the text wrapped to the pane.
    Why(usize, u8),
    /// Sub-point `d` of item `i`: `Detail(i, d, n)` is its part `n`,
    /// wrapped to the pane.
    Detail(usize, usize, u8),
    /// Under stage 3's heading: when the notice was expected, or published,
    /// and why; part `n`, wrapped to the pane.
    Notice(u8),
    /// Paper chosen where electronic submission is mandatory (or may be);
    /// part `n`, wrapped to the pane.
    PaperWarning(u8),
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

impl Line {
    /// The first part of a wrapped line, the line itself otherwise: what
    /// stays put when the pane's width changes.
    pub fn first_part(self) -> Line {
        match self {
            Line::BranchText(b, _) => Line::BranchText(b, 0),
            Line::Why(i, _) => Line::Why(i, 0),
            Line::Detail(i, d, _) => Line::Detail(i, d, 0),
            Line::Notice(_) => Line::Notice(0),
            Line::PaperWarning(_) => Line::PaperWarning(0),
            other => other,
        }
    }
}
