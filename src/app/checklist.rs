//! The selected pursuit's checklist as lines: built when the selection or
//! the pursuit changes, read by navigation and by drawing.

use std::collections::HashMap;

use chrono::NaiveDate;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::i18n::{Lang, common, evidence, rules as rules_words};
use crate::model::progress::{self, ItemState, ItemStatus, Section};
use crate::model::rules::paper_warning;
use crate::model::template::{CHOOSE_BRANCH_ID, ELECTRONIC_ID, Template};
use crate::model::{Branch, Portfolio, StageId};

pub use super::check_line::Line;
use super::compliance_view::ComplianceView;
/// Columns before the hypothesis text.
pub const BRANCH_TEXT_INDENT: usize = 6;
/// What opens a sub-point's first line; its next lines align under the text.
const DETAIL_PREFIX: &str = "        – ";
/// What opens the paper warning's first line.
const PAPER_PREFIX: &str = "        ⚠ ";
/// Columns before the notice line.
const NOTICE_INDENT: usize = 6;

/// The seed's text of the chosen hypothesis, if one is chosen.
pub fn branch_text(t: &Template, branch: Branch) -> Option<&str> {
    match branch {
        Branch::H1 => Some(&t.branch.h1.label),
        Branch::H2 => Some(&t.branch.h2.label),
        Branch::Undecided => None,
    }
}

/// `text` in lines of at most `width` columns, cut between words (a word
/// wider than the line is cut by the drawing). One line when `width` is
/// too small to wrap sensibly.
pub fn wrap(text: &str, width: usize) -> Vec<&str> {
    if width < 12 {
        return vec![text];
    }
    let mut out = Vec::new();
    let mut rest = text.trim();
    while rest.width() > width {
        // The last space that keeps the line within `width`.
        let mut cut = None;
        let mut used = 0;
        for (i, c) in rest.char_indices() {
            used += c.width().unwrap_or(0);
            if used > width {
                break;
            }
            if c == ' ' {
                cut = Some(i);
            }
        }
        let Some(cut) = cut.filter(|&i| i > 0) else {
            break;
        };
        out.push(&rest[..cut]);
        rest = rest[cut..].trim_start();
    }
    out.push(rest);
    out
}

/// Why an item is done without a tick (its evidence), or why it does not
/// apply: the line under it, if any.
fn why_text(
    lang: Lang,
    authority: &crate::model::Authority,
    pursuit: &crate::model::Pursuit,
    item: &ItemStatus,
) -> Option<String> {
    match (item.state, item.evidence) {
        (ItemState::Evidence, Some(e)) => Some(evidence::text(lang, &e, authority, pursuit)),
        (ItemState::NotApplicable, _) => {
            let reason = authority
                .entry(pursuit, item.id)
                .and_then(|e| e.not_applicable.as_deref())
                .unwrap_or("");
            Some(evidence::not_applicable(lang, reason))
        }
        _ => None,
    }
}

/// What the checklist cursor is on, kept across rebuilds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Item(&'static str),
    Requirement(usize),
    Document(usize),
}

/// The checklist of one pursuit on one day, with a cursor on an item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckView {
    /// `(authority, pursuit)` this view was built for.
    pub target: Option<(usize, usize)>,
    pub items: Vec<ItemStatus>,
    pub lines: Vec<Line>,
    /// Line index of each selectable item, in order.
    pub selectable: Vec<usize>,
    /// Index into `selectable`.
    pub sel: usize,
    /// First line shown.
    pub offset: usize,
    /// Stage 3's requirements and documents.
    pub compliance: ComplianceView,
    /// Text width of the checklist rows the view was built for.
    pub width: usize,
    /// What each wrapped line shows (hypothesis, evidence, sub-point,
    /// notice, paper warning), indent included, cut to `width` between words.
    pub text: HashMap<Line, String>,
}

/// Push the lines of `body` wrapped to `width` after `prefix` (the next
/// lines start under the body's first column), `part(n)` naming line `n`.
fn push_wrapped(
    lines: &mut Vec<Line>,
    text: &mut HashMap<Line, String>,
    width: usize,
    prefix: &str,
    body: &str,
    part: impl Fn(u8) -> Line,
) {
    let indent = prefix.width();
    let parts = wrap(body, width.saturating_sub(indent));
    for (n, chunk) in parts.into_iter().take(usize::from(u8::MAX)).enumerate() {
        let line = part(n as u8);
        let shown = if n == 0 {
            format!("{prefix}{chunk}")
        } else {
            format!("{:indent$}{chunk}", "")
        };
        lines.push(line);
        text.insert(line, shown);
    }
}

impl CheckView {
    /// The view of pursuit `(a, p)`, or an empty one when it has no plan.
    pub fn build(
        portfolio: &Portfolio,
        target: Option<(usize, usize)>,
        today: NaiveDate,
        lang: Lang,
        width: usize,
    ) -> CheckView {
        let mut view = CheckView {
            target,
            width,
            ..CheckView::default()
        };
        let Some((authority, pursuit)) = target.and_then(|(a, p)| {
            let authority = portfolio.authorities.get(a)?;
            Some((authority, authority.pursuits.get(p)?))
        }) else {
            return view;
        };
        let Ok((windows, _)) = progress::windows_of(pursuit, &portfolio.settings) else {
            return view;
        };
        view.items = progress::items(authority, pursuit, &windows, &portfolio.settings, today);
        view.compliance = ComplianceView::build(portfolio, pursuit, Some(windows.j));
        let t = Template::for_rules(lang, windows.rules);
        let mut lines = Vec::with_capacity(48);
        let mut text = HashMap::new();
        let mut section = None;
        for (n, item) in view.items.iter().enumerate() {
            if !item.active {
                continue;
            }
            if section != Some(item.section) {
                if section.is_some() {
                    lines.push(Line::Blank);
                }
                section = Some(item.section);
                lines.push(match item.section {
                    Section::Stage(s) => Line::Stage(s),
                    Section::Branch => Line::BranchHead,
                    Section::Submit => Line::SubmitHead,
                });
                if item.section == Section::Stage(StageId::Publicity) {
                    let notice = format!(
                        "{} — {}",
                        rules_words::notice_line(lang, &windows),
                        rules_words::why(lang, windows.notice.offset, windows.factor)
                    );
                    let prefix = format!("{:NOTICE_INDENT$}", "");
                    push_wrapped(&mut lines, &mut text, width, &prefix, &notice, Line::Notice);
                }
            }
            lines.push(Line::Item(n));
            if item.id != CHOOSE_BRANCH_ID
                && let Some(why) = why_text(lang, authority, pursuit, item)
            {
                let prefix = format!("      {} ", common::state_symbol(item.state));
                push_wrapped(&mut lines, &mut text, width, &prefix, &why, |k| {
                    Line::Why(n, k)
                });
            }
            if item.id == CHOOSE_BRANCH_ID {
                if let Some(body) = branch_text(t, pursuit.branch) {
                    let prefix = format!("{:BRANCH_TEXT_INDENT$}", "");
                    push_wrapped(&mut lines, &mut text, width, &prefix, body, |k| {
                        Line::BranchText(pursuit.branch, k)
                    });
                }
            } else if let Some(it) = t.item(item.id) {
                for (d, detail) in it.details.iter().enumerate() {
                    push_wrapped(&mut lines, &mut text, width, DETAIL_PREFIX, detail, |k| {
                        Line::Detail(n, d, k)
                    });
                }
            }
            if item.id == ELECTRONIC_ID && paper_warning(pursuit.submission, pursuit.amount) {
                let warning = rules_words::paper_warning(lang);
                push_wrapped(
                    &mut lines,
                    &mut text,
                    width,
                    PAPER_PREFIX,
                    warning,
                    Line::PaperWarning,
                );
            }
        }
        view.text = text;
        super::compliance_view::insert(&mut lines, view.compliance.lines(pursuit));
        view.selectable = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| matches!(l, Line::Item(_) | Line::Requirement(_) | Line::Document(_)))
            .map(|(i, _)| i)
            .collect();
        view.lines = lines;
        view.sel = view.next_action_position();
        // Open with the cursor's stage heading at the top, for context.
        view.offset = view.selected_line().map_or(0, |line| {
            view.lines[..=line]
                .iter()
                .rposition(|l| matches!(l, Line::Stage(_) | Line::BranchHead | Line::SubmitHead))
                .unwrap_or(0)
        });
        view
    }

    /// What wrapped line `line` shows, indent included ("" for other lines).
    pub fn text(&self, line: Line) -> &str {
        self.text.get(&line).map_or("", String::as_str)
    }

    /// Where the cursor starts: the earliest late item, else the earliest
    /// due one, else the first undone, else the top.
    fn next_action_position(&self) -> usize {
        let item_at = |pos: usize| match self.lines.get(self.selectable[pos]) {
            Some(Line::Item(n)) => self.items.get(*n),
            _ => None,
        };
        let positions = 0..self.selectable.len();
        let best = |want: fn(ItemState) -> bool| {
            positions
                .clone()
                .filter(|&p| item_at(p).is_some_and(|i| want(i.state)))
                .min_by_key(|&p| item_at(p).map(|i| i.window.end))
        };
        best(|s| s == ItemState::Late)
            .or_else(|| best(|s| s == ItemState::Due))
            .or_else(|| best(|s| s.is_pending()))
            .unwrap_or(0)
    }

    /// The item under the cursor.
    pub fn selected(&self) -> Option<&ItemStatus> {
        match self.lines.get(*self.selectable.get(self.sel)?) {
            Some(Line::Item(n)) => self.items.get(*n),
            _ => None,
        }
    }

    /// The line under the cursor.
    pub fn selected_kind(&self) -> Option<Line> {
        self.lines.get(*self.selectable.get(self.sel)?).copied()
    }

    /// What the cursor is on, to find it again after a rebuild.
    pub fn anchor(&self) -> Option<Anchor> {
        match self.selected_kind()? {
            Line::Item(n) => self.items.get(n).map(|i| Anchor::Item(i.id)),
            Line::Requirement(n) => Some(Anchor::Requirement(n)),
            Line::Document(n) => Some(Anchor::Document(n)),
            _ => None,
        }
    }

    /// Put the cursor back on what [`CheckView::anchor`] said, if still shown
    /// (a removed requirement leaves it on the one that took its place).
    pub fn restore(&mut self, anchor: &Anchor) {
        match anchor {
            Anchor::Item(id) => self.reselect(id),
            Anchor::Requirement(n) | Anchor::Document(n) => {
                let want = |l: &Line| match (anchor, l) {
                    (Anchor::Requirement(_), Line::Requirement(m))
                    | (Anchor::Document(_), Line::Document(m)) => Some(*m),
                    _ => None,
                };
                let mut best = None;
                for (pos, &line) in self.selectable.iter().enumerate() {
                    if let Some(m) = self.lines.get(line).and_then(want)
                        && m <= *n
                    {
                        best = Some(pos);
                    }
                }
                if let Some(pos) = best {
                    self.sel = pos;
                }
            }
        }
    }

    /// Line index of the cursor.
    pub fn selected_line(&self) -> Option<usize> {
        self.selectable.get(self.sel).copied()
    }

    /// Put the cursor back on item `id` after a rebuild, if it is still shown.
    pub fn reselect(&mut self, id: &str) {
        if let Some(pos) = (0..self.selectable.len()).find(|&p| {
            matches!(self.lines.get(self.selectable[p]), Some(Line::Item(n)) if self.items.get(*n).is_some_and(|i| i.id == id))
        }) {
            self.sel = pos;
        }
    }

    /// How many lines the cursor's item spans (itself and its sub-points).
    pub fn selected_span(&self) -> usize {
        let Some(start) = self.selected_line() else {
            return 1;
        };
        1 + self.lines[start + 1..]
            .iter()
            .take_while(|l| {
                matches!(
                    l,
                    Line::Detail(..) | Line::BranchText(..) | Line::PaperWarning(_) | Line::Why(..)
                )
            })
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_cuts_between_words_within_the_width() {
        let h1 = "Hypothèse 1 : la fidélisation a réussi. Je suis informé de la \
                  préparation d'un marché dans mon domaine d'activité";
        let lines = wrap(h1, 40);
        assert!(lines.iter().all(|l| l.width() <= 40), "{lines:?}");
        assert_eq!(lines.join(" "), h1, "nothing lost");
        assert_eq!(lines[0], "Hypothèse 1 : la fidélisation a réussi.");
        assert_eq!(wrap(h1, 200), vec![h1]);
        // Too narrow to wrap: one line, cut by the drawing.
        assert_eq!(wrap(h1, 8), vec![h1]);
        // A word longer than the line stays whole.
        assert_eq!(wrap("abcdefghijklmnopqrstuvwxyz fin", 12).len(), 1);
    }

    #[test]
    fn wrapped_lines_start_under_the_text_and_name_their_parts() {
        let mut lines = Vec::new();
        let mut text = HashMap::new();
        let why = "Luc Bernard, décideur, rencontré le 14/03/2026 au salon des maires";
        push_wrapped(&mut lines, &mut text, 32, "      ★ ", why, |k| {
            Line::Why(3, k)
        });
        assert_eq!(lines, [Line::Why(3, 0), Line::Why(3, 1), Line::Why(3, 2)]);
        assert_eq!(text[&Line::Why(3, 0)], "      ★ Luc Bernard, décideur,");
        assert_eq!(text[&Line::Why(3, 1)], "        rencontré le 14/03/2026");
        assert!(lines.iter().all(|l| text[l].width() <= 32));
        let joined: Vec<&str> = lines.iter().map(|l| text[l].trim()).collect();
        assert_eq!(joined.join(" "), format!("★ {why}"));
        assert_eq!(Line::Why(3, 2).first_part(), Line::Why(3, 0));
        // Before the first resize (width 0): one line, whole.
        let (mut lines, mut text) = (Vec::new(), HashMap::new());
        push_wrapped(&mut lines, &mut text, 0, DETAIL_PREFIX, why, |k| {
            Line::Detail(0, 0, k)
        });
        assert_eq!(lines, [Line::Detail(0, 0, 0)]);
        assert_eq!(text[&lines[0]], format!("{DETAIL_PREFIX}{why}"));
    }
}
