//! Undo and redo for every change to a portfolio. Each change touches one
//! authority (and what is nested under it), so a step stores that authority
//! before and after: exact to restore, small to keep, simple to trust.

use super::authority::Authority;
use super::compliance::StandingDocument;
use super::portfolio::Portfolio;

/// One reversible step.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The authority at `index` went from `before` to `after`.
    Replace {
        index: usize,
        before: Box<Authority>,
        after: Box<Authority>,
    },
    /// `authority` was inserted at `index`.
    Insert {
        index: usize,
        authority: Box<Authority>,
    },
    /// `authority` was removed from `index`.
    Remove {
        index: usize,
        authority: Box<Authority>,
    },
    /// The standing documents went from `before` to `after` (issue 13).
    Documents {
        before: Vec<StandingDocument>,
        after: Vec<StandingDocument>,
    },
}

impl Change {
    fn inverse(&self) -> Change {
        match self {
            Change::Replace {
                index,
                before,
                after,
            } => Change::Replace {
                index: *index,
                before: after.clone(),
                after: before.clone(),
            },
            Change::Insert { index, authority } => Change::Remove {
                index: *index,
                authority: authority.clone(),
            },
            Change::Remove { index, authority } => Change::Insert {
                index: *index,
                authority: authority.clone(),
            },
            Change::Documents { before, after } => Change::Documents {
                before: after.clone(),
                after: before.clone(),
            },
        }
    }

    /// Apply to `p`. History only replays changes in order, so indices hold;
    /// a mismatch means the portfolio was changed behind its back: refuse.
    fn apply(&self, p: &mut Portfolio) -> bool {
        match self {
            Change::Replace {
                index,
                before,
                after,
            } => match p.authorities.get_mut(*index) {
                Some(a) if a == before.as_ref() => {
                    *a = after.as_ref().clone();
                    true
                }
                _ => false,
            },
            Change::Insert { index, authority } if *index <= p.authorities.len() => {
                p.authorities.insert(*index, authority.as_ref().clone());
                true
            }
            Change::Remove { index, authority } => {
                if p.authorities.get(*index) == Some(authority.as_ref()) {
                    p.authorities.remove(*index);
                    true
                } else {
                    false
                }
            }
            Change::Insert { .. } => false,
            Change::Documents { before, after } if p.documents == *before => {
                p.documents = after.clone();
                true
            }
            Change::Documents { .. } => false,
        }
    }

    /// The id of the authority concerned, to select it after undo or redo
    /// (empty for a change to the standing documents).
    pub fn authority_id(&self) -> &str {
        match self {
            Change::Replace { after, .. } => &after.id,
            Change::Insert { authority, .. } | Change::Remove { authority, .. } => &authority.id,
            Change::Documents { .. } => "",
        }
    }
}

/// Steps kept for undo; the issue asks for at least 100.
pub const HISTORY_LIMIT: usize = 200;

/// Undo and redo stacks. Every mutation of the portfolio goes through here.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Change>,
    redo: Vec<Change>,
}

impl History {
    fn push(&mut self, change: Change) {
        self.redo.clear();
        self.undo.push(change);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
    }

    /// Change the authority `id` with `f`, recorded for undo. Returns false
    /// (and records nothing) when there is no such authority or `f` changed nothing.
    pub fn edit_authority(
        &mut self,
        p: &mut Portfolio,
        id: &str,
        f: impl FnOnce(&mut Authority),
    ) -> bool {
        let Some(index) = p.authorities.iter().position(|a| a.id == id) else {
            return false;
        };
        let before = p.authorities[index].clone();
        f(&mut p.authorities[index]);
        if p.authorities[index] == before {
            return false;
        }
        let after = Box::new(p.authorities[index].clone());
        self.push(Change::Replace {
            index,
            before: Box::new(before),
            after,
        });
        true
    }

    /// Change the standing documents with `f`, recorded for undo. False
    /// (nothing recorded) when `f` changed nothing.
    pub fn edit_documents(
        &mut self,
        p: &mut Portfolio,
        f: impl FnOnce(&mut Vec<StandingDocument>),
    ) -> bool {
        let before = p.documents.clone();
        f(&mut p.documents);
        if p.documents == before {
            return false;
        }
        self.push(Change::Documents {
            before,
            after: p.documents.clone(),
        });
        true
    }

    /// Append a new authority, recorded for undo.
    pub fn add_authority(&mut self, p: &mut Portfolio, authority: Authority) {
        let index = p.authorities.len();
        p.authorities.push(authority.clone());
        self.push(Change::Insert {
            index,
            authority: Box::new(authority),
        });
    }

    /// Remove the authority `id` with everything under it, recorded for undo.
    pub fn remove_authority(&mut self, p: &mut Portfolio, id: &str) -> Option<Authority> {
        let index = p.authorities.iter().position(|a| a.id == id)?;
        let authority = p.authorities.remove(index);
        self.push(Change::Remove {
            index,
            authority: Box::new(authority.clone()),
        });
        Some(authority)
    }

    /// Undo the last step; returns the id of the authority it concerned.
    pub fn undo(&mut self, p: &mut Portfolio) -> Option<String> {
        let change = self.undo.pop()?;
        let inverse = change.inverse();
        if !inverse.apply(p) {
            // Out of step with the portfolio (e.g. reloaded from disk): drop history.
            self.clear();
            return None;
        }
        let id = change.authority_id().to_string();
        self.redo.push(change);
        Some(id)
    }

    /// Redo the last undone step; returns the id of the authority it concerned.
    pub fn redo(&mut self, p: &mut Portfolio) -> Option<String> {
        let change = self.redo.pop()?;
        if !change.apply(p) {
            self.clear();
            return None;
        }
        let id = change.authority_id().to_string();
        self.undo.push(change);
        Some(id)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forget every step, e.g. after reloading the file from disk.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::*;
    use crate::model::{Branch, Contact, Pursuit};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    fn sample() -> Portfolio {
        crate::demo::portfolio(today())
    }

    /// A random mutation, as the TUI can make them.
    #[derive(Debug, Clone)]
    enum Op {
        Tick(usize, usize, usize),
        Branch(usize, usize),
        Rename(usize, String),
        AddContact(usize),
        AddPursuit(usize),
        AddAuthority(String),
        Remove(usize),
        RemoveContact(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0..10usize, 0..3usize, 0..18usize).prop_map(|(a, p, i)| Op::Tick(a, p, i)),
            (0..10usize, 0..3usize).prop_map(|(a, p)| Op::Branch(a, p)),
            (0..10usize, "[a-zA-Zé ]{0,12}").prop_map(|(a, s)| Op::Rename(a, s)),
            (0..10usize).prop_map(Op::AddContact),
            (0..10usize).prop_map(Op::AddPursuit),
            "[a-z]{1,8}".prop_map(Op::AddAuthority),
            (0..10usize).prop_map(Op::Remove),
            (0..10usize).prop_map(Op::RemoveContact),
        ]
    }

    fn run(h: &mut History, p: &mut Portfolio, op: &Op, n: usize) {
        let ids = crate::model::Template::get(crate::i18n::Lang::Fr).item_ids();
        let id_at = |p: &Portfolio, i: usize| {
            (!p.authorities.is_empty()).then(|| p.authorities[i % p.authorities.len()].id.clone())
        };
        let Some(aid) = id_at(p, n) else {
            if let Op::AddAuthority(name) = op {
                h.add_authority(
                    p,
                    crate::model::Authority::new(format!("a-{n}"), name.clone()),
                );
            }
            return;
        };
        match op {
            Op::Tick(a, pi, i) => {
                let aid = id_at(p, *a).unwrap_or(aid);
                h.edit_authority(p, &aid, |a| {
                    if let Some(pu) = a.pursuits.get_mut(*pi) {
                        pu.toggle(ids[i % ids.len()], today());
                    }
                });
            }
            Op::Branch(a, pi) => {
                let aid = id_at(p, *a).unwrap_or(aid);
                h.edit_authority(p, &aid, |a| {
                    if let Some(pu) = a.pursuits.get_mut(*pi) {
                        pu.cycle_branch(today());
                    }
                });
            }
            Op::Rename(a, name) => {
                let aid = id_at(p, *a).unwrap_or(aid);
                h.edit_authority(p, &aid, |a| a.name = name.clone());
            }
            Op::AddContact(a) => {
                let aid = id_at(p, *a).unwrap_or(aid);
                h.edit_authority(p, &aid, |a| {
                    a.contacts.push(Contact::new(format!("c-{n}"), "X"))
                });
            }
            Op::AddPursuit(a) => {
                let aid = id_at(p, *a).unwrap_or(aid);
                h.edit_authority(p, &aid, |a| {
                    a.pursuits.push(Pursuit::new(format!("p-{n}"), "Y"))
                });
            }
            Op::AddAuthority(name) => h.add_authority(
                p,
                crate::model::Authority::new(format!("a-{n}"), name.clone()),
            ),
            Op::Remove(a) => {
                let aid = id_at(p, *a).unwrap_or(aid);
                h.remove_authority(p, &aid);
            }
            Op::RemoveContact(a) => {
                let aid = id_at(p, *a).unwrap_or(aid);
                h.edit_authority(p, &aid, |a| {
                    a.contacts.pop();
                });
            }
        }
    }

    proptest! {
        #[test]
        fn undo_all_restores_and_redo_replays(ops in prop::collection::vec(op(), 0..60)) {
            let original = sample();
            let mut p = original.clone();
            let mut h = History::default();
            let mut steps = 0;
            for (n, op) in ops.iter().enumerate() {
                let before = p.clone();
                run(&mut h, &mut p, op, n);
                if p != before {
                    steps += 1;
                }
            }
            let changed = p.clone();
            for _ in 0..steps {
                prop_assert!(h.undo(&mut p).is_some());
            }
            prop_assert_eq!(&p, &original);
            prop_assert!(h.undo(&mut p).is_none());
            for _ in 0..steps {
                prop_assert!(h.redo(&mut p).is_some());
            }
            prop_assert_eq!(&p, &changed);
        }
    }

    #[test]
    fn a_new_change_clears_redo_and_limit_holds() {
        let mut p = sample();
        let mut h = History::default();
        let id = p.authorities[0].id.clone();
        h.edit_authority(&mut p, &id, |a| a.pursuits[0].cycle_branch(today()));
        assert_eq!(p.authorities[0].pursuits[0].branch, Branch::H2);
        h.undo(&mut p);
        assert!(h.can_redo());
        h.edit_authority(&mut p, &id, |a| a.name = "Autre".into());
        assert!(!h.can_redo());
        for n in 0..(HISTORY_LIMIT + 50) {
            h.edit_authority(&mut p, &id, |a| a.priority = (n % 5) as u8 + 1);
        }
        let mut undone = 0;
        while h.undo(&mut p).is_some() {
            undone += 1;
        }
        assert!((100..=HISTORY_LIMIT).contains(&undone));
    }

    #[test]
    fn no_op_edit_records_nothing() {
        let mut p = sample();
        let mut h = History::default();
        let id = p.authorities[0].id.clone();
        assert!(!h.edit_authority(&mut p, &id, |_| {}));
        assert!(!h.edit_authority(&mut p, "nope", |a| a.name.clear()));
        assert!(!h.can_undo());
    }
}
