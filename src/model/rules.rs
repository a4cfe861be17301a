//! Which rule sets stage 3's start (the notice) and, for a restricted
//! procedure, the candidature deadline: the seed's method as written, or
//! the minimum periods of the Code de la commande publique (2019).

use serde::{Deserialize, Serialize};

use super::portfolio::Settings;
use super::procedure::Procedure;
use super::pursuit::{Pursuit, SubmissionMode};

/// A portfolio setting: how notice periods are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleSet {
    /// J-52 days for everything (× the window factor): the seed as written,
    /// which is the open-tender minimum of the 2006 code.
    #[default]
    Seed,
    /// Today's minimum periods, by procedure (R2161-2 and following).
    Code2019,
}

impl RuleSet {
    pub const ALL: [RuleSet; 2] = [RuleSet::Seed, RuleSet::Code2019];

    pub fn key(self) -> &'static str {
        match self {
            RuleSet::Seed => "seed",
            RuleSet::Code2019 => "code2019",
        }
    }

    /// The other rule set (the TUI's switch key).
    pub fn toggled(self) -> RuleSet {
        match self {
            RuleSet::Seed => RuleSet::Code2019,
            RuleSet::Code2019 => RuleSet::Seed,
        }
    }
}

/// Seed: the notice is expected at J-52 days (scaled by the factor).
pub const SEED_NOTICE_DAYS: f64 = 52.0;
/// Code 2019, open tender: 35 days, 30 when offers are sent electronically.
pub const OPEN_DAYS: (u32, u32) = (35, 30);
/// Code 2019, restricted: notice at J-60 (J-55 electronic)…
pub const RESTRICTED_DAYS: (u32, u32) = (60, 55);
/// …and candidatures due at J-30 (J-25 electronic).
pub const CANDIDATURE_DAYS: (u32, u32) = (30, 25);
/// MAPA, negotiated, subsequent: no legal minimum, a typical delay the user can change.
pub const DEFAULT_NOTICE_DAYS: u32 = 21;
/// Electronic submission is mandatory from this amount, in euros HT (since 1 January 2020).
pub const ELECTRONIC_THRESHOLD: f64 = 40_000.0;

/// What the plan needs to place the notice: cheap to copy, built per pursuit.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PlanRules {
    pub rules: RuleSet,
    pub procedure: Procedure,
    /// Offers go in electronically (chosen, or the default from 40 k€).
    pub electronic: bool,
    /// The pursuit's own notice offset, in days before J: wins over any rule.
    pub notice_days: Option<u32>,
    /// The pursuit's own candidature offset (restricted procedure).
    pub candidature_days: Option<u32>,
}

/// Which rule produced an offset: said in `--json` and in the TUI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OffsetRule {
    /// The seed's J-52 days, times the factor.
    Seed,
    /// A code 2019 minimum for this procedure, paper or electronic.
    Code2019 {
        procedure: Procedure,
        electronic: bool,
    },
    /// The default delay for a procedure without a legal minimum.
    DefaultDays,
    /// Typed on the pursuit.
    Pursuit,
}

impl OffsetRule {
    /// Stable key: `seed`, `code2019.open.electronic`, `code2019.adapted.default`, `pursuit`.
    pub fn key(self) -> String {
        match self {
            OffsetRule::Seed => "seed".into(),
            OffsetRule::Code2019 {
                procedure,
                electronic,
            } => format!(
                "code2019.{}.{}",
                procedure.key(),
                if electronic { "electronic" } else { "paper" }
            ),
            OffsetRule::DefaultDays => "default_notice_days".into(),
            OffsetRule::Pursuit => "pursuit".into(),
        }
    }
}

/// An offset in days before J and the rule it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Offset {
    pub days: u32,
    pub rule: OffsetRule,
}

impl PlanRules {
    /// The seed's rules: what `Windows::new` uses.
    pub fn seed() -> PlanRules {
        PlanRules::default()
    }

    /// The rules of `pursuit` under the portfolio's settings.
    pub fn of(pursuit: &Pursuit, settings: &Settings) -> PlanRules {
        PlanRules {
            rules: settings.rules,
            procedure: pursuit.procedure(),
            electronic: is_electronic(pursuit.submission, pursuit.amount),
            notice_days: pursuit.notice_days,
            candidature_days: pursuit.candidature_days,
        }
    }

    /// Days before J at which the notice is expected (stage 3's start).
    pub fn notice(&self, factor: f64) -> Offset {
        if let Some(days) = self.notice_days {
            return Offset {
                days,
                rule: OffsetRule::Pursuit,
            };
        }
        let pick =
            |(paper, electronic): (u32, u32)| if self.electronic { electronic } else { paper };
        let code = |days| Offset {
            days,
            rule: OffsetRule::Code2019 {
                procedure: self.procedure,
                electronic: self.electronic,
            },
        };
        match (self.rules, self.procedure) {
            (RuleSet::Seed, _) => Offset {
                days: (SEED_NOTICE_DAYS * factor).round() as u32,
                rule: OffsetRule::Seed,
            },
            (RuleSet::Code2019, Procedure::Open | Procedure::Unknown) => code(pick(OPEN_DAYS)),
            (RuleSet::Code2019, Procedure::Restricted) => code(pick(RESTRICTED_DAYS)),
            (
                RuleSet::Code2019,
                Procedure::Adapted | Procedure::Negotiated | Procedure::Subsequent,
            ) => Offset {
                days: DEFAULT_NOTICE_DAYS,
                rule: OffsetRule::DefaultDays,
            },
        }
    }

    /// Days before J of the candidature deadline: restricted procedures only;
    /// under the seed only when typed on the pursuit (the seed has no such date).
    pub fn candidature(&self) -> Option<Offset> {
        if self.procedure != Procedure::Restricted {
            return None;
        }
        if let Some(days) = self.candidature_days {
            return Some(Offset {
                days,
                rule: OffsetRule::Pursuit,
            });
        }
        (self.rules == RuleSet::Code2019).then_some(Offset {
            days: if self.electronic {
                CANDIDATURE_DAYS.1
            } else {
                CANDIDATURE_DAYS.0
            },
            rule: OffsetRule::Code2019 {
                procedure: self.procedure,
                electronic: self.electronic,
            },
        })
    }
}

/// Whether offers go in electronically: chosen, or — mode not chosen — the
/// amount is 40 k€ or more or unknown (then it is mandatory, or likely).
pub fn is_electronic(mode: SubmissionMode, amount: Option<f64>) -> bool {
    match mode {
        SubmissionMode::Electronic => true,
        SubmissionMode::Paper => false,
        SubmissionMode::Unknown => electronic_required(amount) != Some(false),
    }
}

/// Whether the code 2019 requires electronic submission: `Some(true)` from
/// 40,000 € HT, `Some(false)` below, `None` when the amount is unknown.
pub fn electronic_required(amount: Option<f64>) -> Option<bool> {
    amount
        .filter(|a| a.is_finite())
        .map(|a| a >= ELECTRONIC_THRESHOLD)
}

/// Paper chosen where electronic submission is (or may be) mandatory. The
/// law holds whatever rule set plans the windows, so both warn.
pub fn paper_warning(mode: SubmissionMode, amount: Option<f64>) -> bool {
    mode == SubmissionMode::Paper && electronic_required(amount) != Some(false)
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
