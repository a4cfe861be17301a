//! Item states and per-pursuit summaries: pure functions of the pursuit,
//! its windows and today. Derived on demand, never stored.

use chrono::NaiveDate;

use super::portfolio::Settings;
use super::pursuit::{Branch, JOrigin, Outcome, Pursuit};
use super::rules::PlanRules;
use super::template::{CHOOSE_BRANCH_ID, Template};
use super::timeline::{StageId, Window, Windows};
use crate::i18n::Lang;

/// Where an item sits in the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Stage(StageId),
    /// The J-8-months decision and H2's actions A–D.
    Branch,
    /// Day J: the submission.
    Submit,
}

/// An item's state on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemState {
    Done(NaiveDate),
    /// Its window is over and it is not done.
    Late,
    /// Its window is open.
    Due,
    Upcoming,
}

impl ItemState {
    /// State of an undone item whose window is `window`, on `today`.
    pub fn pending(window: Window, today: NaiveDate) -> ItemState {
        if today >= window.end {
            ItemState::Late
        } else if today >= window.start {
            ItemState::Due
        } else {
            ItemState::Upcoming
        }
    }

    pub fn is_done(self) -> bool {
        matches!(self, ItemState::Done(_))
    }
}

/// One checklist item of one pursuit, resolved for a day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ItemStatus {
    /// Template id, stable across languages.
    pub id: &'static str,
    pub section: Section,
    pub window: Window,
    pub state: ItemState,
    /// False for H2's actions unless the branch is H2: shown and counted only then.
    pub active: bool,
}

/// Where today falls on a pursuit's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Before J-12 months: too early to prospect.
    Before,
    Stage(StageId),
    /// Today is J.
    JDay,
    /// J is past.
    After,
}

impl Phase {
    pub fn on(windows: &Windows, today: NaiveDate) -> Phase {
        if today < windows.prospection.start {
            Phase::Before
        } else if today == windows.j {
            Phase::JDay
        } else if today > windows.j {
            Phase::After
        } else {
            StageId::ALL
                .into_iter()
                .find(|s| windows.stage(*s).contains(today))
                .map(Phase::Stage)
                .unwrap_or(Phase::Before)
        }
    }
}

/// Everything the views and reports need about one pursuit on one day.
#[derive(Debug, Clone, PartialEq)]
pub struct PursuitSummary {
    pub windows: Windows,
    pub origin: JOrigin,
    pub phase: Phase,
    /// 143 for "J-143"; negative once J is past.
    pub days_to_j: i64,
    /// (done, counted) per stage, in stage order.
    pub progress: [(usize, usize); 3],
    /// (done, counted) for the branch block: the decision, plus A–D under H2.
    pub branch_progress: (usize, usize),
    /// Late items, zero once the pursuit is closed (submitted, won, lost, no bid).
    pub late: usize,
    /// Earliest late item, else the earliest due one (by window end).
    pub next_action: Option<ItemStatus>,
}

/// Why a pursuit has no plan.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlanError {
    #[error("no J: enter J or the current contract's expiry")]
    NoJ,
    #[error(transparent)]
    Window(#[from] super::timeline::WindowError),
}

/// Windows for a pursuit, from its effective J.
pub fn windows_of(pursuit: &Pursuit, settings: &Settings) -> Result<(Windows, JOrigin), PlanError> {
    let (j, origin) = pursuit
        .effective_j(settings.lead_time_days)
        .ok_or(PlanError::NoJ)?;
    let rules = PlanRules::of(pursuit, settings);
    let windows = Windows::plan(j, pursuit.factor, &rules, pursuit.notice_published)?;
    Ok((windows, origin))
}

/// Every item of the pursuit's checklist in display order, with its state.
/// H2's items are listed with `active == false` unless the branch is H2.
pub fn items(pursuit: &Pursuit, windows: &Windows, today: NaiveDate) -> Vec<ItemStatus> {
    // Ids are the same in every language: any template gives them.
    let t = Template::get(Lang::Fr);
    let mut out = Vec::with_capacity(20);
    let ticked = |id: &'static str, window: Window, section: Section, active: bool| {
        let state = match pursuit.done_on(id) {
            Some(day) => ItemState::Done(day),
            None => ItemState::pending(window, today),
        };
        ItemStatus {
            id,
            section,
            window,
            state,
            active,
        }
    };
    for (n, stage) in t.stages.iter().enumerate() {
        let window = windows.stage(stage.id);
        for item in &stage.items {
            out.push(ticked(&item.id, window, Section::Stage(stage.id), true));
        }
        if let (StageId::Publicity, Some(c)) = (stage.id, windows.candidature) {
            // Its own milestone: due from the notice through the deadline.
            let end = c.date.succ_opt().unwrap_or(c.date);
            let window = Window {
                start: window.start,
                end,
            };
            out.push(ticked(
                &t.candidature.id,
                window,
                Section::Stage(stage.id),
                true,
            ));
        }
        if n == 0 {
            let choose = match (pursuit.branch, pursuit.branch_decided) {
                (Branch::Undecided, _) => ItemState::pending(windows.branch, today),
                (_, Some(day)) => ItemState::Done(day),
                (_, None) => ItemState::Done(windows.branch.start.min(today)),
            };
            out.push(ItemStatus {
                id: CHOOSE_BRANCH_ID,
                section: Section::Branch,
                window: windows.branch,
                state: choose,
                active: true,
            });
            let h2 = pursuit.branch == Branch::H2;
            for item in &t.branch.h2_items {
                out.push(ticked(&item.id, windows.preparation, Section::Branch, h2));
            }
        }
    }
    let mut submit = ticked(&t.submit.id, windows.submit, Section::Submit, true);
    if !submit.state.is_done()
        && matches!(
            pursuit.outcome,
            Outcome::Submitted | Outcome::Won | Outcome::Lost
        )
    {
        // The outcome proves the bid went in; its day is J at the latest.
        submit.state = ItemState::Done(windows.j.min(today));
    }
    out.push(submit);
    out
}

/// The summary of a pursuit on `today`.
pub fn summarize(
    pursuit: &Pursuit,
    settings: &Settings,
    today: NaiveDate,
) -> Result<PursuitSummary, PlanError> {
    let (windows, origin) = windows_of(pursuit, settings)?;
    let items = items(pursuit, &windows, today);
    Ok(summarize_items(pursuit, windows, origin, &items, today))
}

/// The summary from already-computed items (callers that show the items too).
pub fn summarize_items(
    pursuit: &Pursuit,
    windows: Windows,
    origin: JOrigin,
    items: &[ItemStatus],
    today: NaiveDate,
) -> PursuitSummary {
    let mut progress = [(0, 0); 3];
    let mut branch_progress = (0, 0);
    let mut late = 0;
    let mut next_action: Option<ItemStatus> = None;
    let open = !pursuit.outcome.is_closed();
    for item in items.iter().filter(|i| i.active) {
        let done = usize::from(item.state.is_done());
        let slot = match item.section {
            Section::Stage(s) => Some(&mut progress[s as usize]),
            Section::Branch => Some(&mut branch_progress),
            Section::Submit => None,
        };
        if let Some((d, n)) = slot {
            *d += done;
            *n += 1;
        }
        if !open {
            continue;
        }
        let rank = |s: &ItemStatus| (s.state != ItemState::Late, s.window.end);
        match item.state {
            ItemState::Late | ItemState::Due => {
                if item.state == ItemState::Late {
                    late += 1;
                }
                if next_action.is_none_or(|n| rank(item) < rank(&n)) {
                    next_action = Some(*item);
                }
            }
            _ => {}
        }
    }
    PursuitSummary {
        windows,
        origin,
        phase: Phase::on(&windows, today),
        days_to_j: windows.days_to_j(today),
        progress,
        branch_progress,
        late,
        next_action,
    }
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
