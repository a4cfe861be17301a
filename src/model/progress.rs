//! Item states and per-pursuit summaries: pure functions of the authority,
//! the pursuit, its windows and today. Derived on demand, never stored.
//!
//! An item's state, strongest first: not applicable (the user said so) ·
//! done (ticked by hand, maybe backdated) · not done (unticked by hand
//! against the evidence) · evidence (the data proves it) · late, due or
//! upcoming from its window. Stage-1 items are the authority's: their
//! window is the pursuit's own, but the earliest open J among the
//! authority's pursuits drives whether they are late.

use chrono::NaiveDate;

use super::authority::Authority;
use super::evidence::{self, AuthorityEvidence, Evidence};
use super::portfolio::Settings;
use super::pursuit::{Branch, ChecklistEntry, JOrigin, Pursuit};
use super::rules::PlanRules;
use super::template::{CHOOSE_BRANCH_ID, Template};
use super::timeline::{StageId, Window, Windows};
use crate::lang::Lang;

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
    /// Ticked by hand on this day.
    Done(NaiveDate),
    /// Not ticked, but the data proves it ([`ItemStatus::evidence`] says how).
    Evidence,
    /// The user said it does not apply: it stops counting, never late.
    NotApplicable,
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

    /// Ticked or proven.
    pub fn is_done(self) -> bool {
        matches!(self, ItemState::Done(_) | ItemState::Evidence)
    }

    /// Counts in progress figures (everything but not applicable).
    pub fn counts(self) -> bool {
        self != ItemState::NotApplicable
    }

    /// Still to do: late, due or upcoming.
    pub fn is_pending(self) -> bool {
        matches!(self, ItemState::Late | ItemState::Due | ItemState::Upcoming)
    }
}

/// One checklist item of one pursuit, resolved for a day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ItemStatus {
    /// Template id, stable across languages.
    pub id: &'static str,
    pub section: Section,
    /// The item's window from this pursuit's own J.
    pub window: Window,
    pub state: ItemState,
    /// False for H2's actions unless the branch is H2: shown and counted only then.
    pub active: bool,
    /// What the data proves, whatever the state (a manual untick hides it
    /// from the state, not from here).
    pub evidence: Option<Evidence>,
}

impl ItemStatus {
    /// The day it was done: the tick's date, or the evidence's when it has one.
    pub fn date(&self) -> Option<NaiveDate> {
        match self.state {
            ItemState::Done(day) => Some(day),
            ItemState::Evidence => self.evidence.and_then(|e| e.date()),
            _ => None,
        }
    }
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
    /// (done, counted) per stage, in stage order; not-applicable items are not counted.
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

/// What an authority contributes to each of its pursuits' checklists:
/// computed once per authority, shared by all of them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AuthorityPlan {
    /// Stage 1's window from the earliest J among the open pursuits: it
    /// drives when the authority's stage-1 items are late.
    pub lead: Option<Window>,
    pub evidence: AuthorityEvidence,
}

impl AuthorityPlan {
    pub fn of(a: &Authority, settings: &Settings, today: NaiveDate) -> AuthorityPlan {
        let lead = a
            .pursuits
            .iter()
            .filter(|p| !p.outcome.is_closed())
            .filter_map(|p| windows_of(p, settings).ok())
            .map(|(w, _)| w.prospection)
            .min_by_key(|w| (w.end, w.start));
        AuthorityPlan {
            lead,
            evidence: AuthorityEvidence::of(a, settings, today),
        }
    }
}

/// Every item of the pursuit's checklist in display order, with its state.
/// H2's items are listed with `active == false` unless the branch is H2.
pub fn items(
    a: &Authority,
    pursuit: &Pursuit,
    windows: &Windows,
    settings: &Settings,
    today: NaiveDate,
) -> Vec<ItemStatus> {
    items_in(
        &AuthorityPlan::of(a, settings, today),
        a,
        pursuit,
        windows,
        today,
    )
}

/// [`items`] with the authority's share already computed (loops over pursuits).
pub fn items_in(
    plan: &AuthorityPlan,
    a: &Authority,
    pursuit: &Pursuit,
    windows: &Windows,
    today: NaiveDate,
) -> Vec<ItemStatus> {
    // Ids are the same in every language: any template gives them.
    let t = Template::get(Lang::Fr);
    let mut out = Vec::with_capacity(20);
    let resolve = |id: &'static str, window: Window, section: Section, active: bool| {
        let stage1 = section == Section::Stage(StageId::Prospection);
        let (entry, evidence, drive) = if stage1 {
            // The earliest open J of the authority makes it late first.
            let drive = plan.lead.filter(|l| l.end < window.end).unwrap_or(window);
            (a.checklist.get(id), plan.evidence.get(id), drive)
        } else {
            let ev = evidence::of_pursuit(id, pursuit, windows.j, today);
            (pursuit.checklist.get(id), ev, window)
        };
        let state = match entry {
            Some(e) if e.not_applicable.is_some() => ItemState::NotApplicable,
            Some(ChecklistEntry {
                done: Some(day), ..
            }) => ItemState::Done(*day),
            Some(e) if e.unticked => ItemState::pending(drive, today),
            _ if evidence.is_some() => ItemState::Evidence,
            _ => ItemState::pending(drive, today),
        };
        ItemStatus {
            id,
            section,
            window,
            state,
            active,
            evidence,
        }
    };
    for (n, stage) in t.stages.iter().enumerate() {
        let window = windows.stage(stage.id);
        for item in &stage.items {
            out.push(resolve(&item.id, window, Section::Stage(stage.id), true));
        }
        if let (StageId::Publicity, Some(c)) = (stage.id, windows.candidature) {
            // Its own milestone: due from the notice through the deadline.
            let end = c.date.succ_opt().unwrap_or(c.date);
            let window = Window {
                start: window.start,
                end,
            };
            out.push(resolve(
                &t.candidature.id,
                window,
                Section::Stage(stage.id),
                true,
            ));
        }
        if n == 0 {
            // Choosing H1 or H2 is done by the `b` key, not by a tick: the
            // branch is its evidence, and nothing overrides it.
            let ev = evidence::of_pursuit(CHOOSE_BRANCH_ID, pursuit, windows.j, today);
            let state = match pursuit.branch {
                Branch::Undecided => ItemState::pending(windows.branch, today),
                _ => ItemState::Evidence,
            };
            out.push(ItemStatus {
                id: CHOOSE_BRANCH_ID,
                section: Section::Branch,
                window: windows.branch,
                state,
                active: true,
                evidence: ev,
            });
            let h2 = pursuit.branch == Branch::H2;
            for item in &t.branch.h2_items {
                out.push(resolve(&item.id, windows.preparation, Section::Branch, h2));
            }
        }
    }
    out.push(resolve(&t.submit.id, windows.submit, Section::Submit, true));
    out
}

/// The summary of a pursuit on `today`.
pub fn summarize(
    a: &Authority,
    pursuit: &Pursuit,
    settings: &Settings,
    today: NaiveDate,
) -> Result<PursuitSummary, PlanError> {
    summarize_in(
        &AuthorityPlan::of(a, settings, today),
        a,
        pursuit,
        settings,
        today,
    )
}

/// [`summarize`] with the authority's share already computed.
pub fn summarize_in(
    plan: &AuthorityPlan,
    a: &Authority,
    pursuit: &Pursuit,
    settings: &Settings,
    today: NaiveDate,
) -> Result<PursuitSummary, PlanError> {
    let (windows, origin) = windows_of(pursuit, settings)?;
    let items = items_in(plan, a, pursuit, &windows, today);
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
    for item in items.iter().filter(|i| i.active && i.state.counts()) {
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
