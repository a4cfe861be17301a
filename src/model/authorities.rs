//! The portfolio's list of authorities, each behind an `Arc`: copying the
//! list (a snapshot for the autosave, a step of undo) copies pointers, and
//! changing one authority copies that authority only (copy on write).
//!
//! It reads like a `Vec<Authority>`: `list[i]`, `list.iter()`, `for a in
//! &list`, `list.push(a)`. Writing through `list[i]` or `iter_mut` clones an
//! authority only when someone else (a snapshot, the history) still holds it.

use std::ops::{Index, IndexMut};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::authority::Authority;

/// Authorities in file order, shared by pointer.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Authorities(Vec<Arc<Authority>>);

impl std::fmt::Debug for Authorities {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Authorities {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<&Authority> {
        self.0.get(index).map(Arc::as_ref)
    }

    /// The authority at `index` for writing; cloned first if shared.
    pub fn get_mut(&mut self, index: usize) -> Option<&mut Authority> {
        self.0.get_mut(index).map(Arc::make_mut)
    }

    pub fn first(&self) -> Option<&Authority> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&Authority> {
        self.0.last().map(Arc::as_ref)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Authority> + ExactSizeIterator + Clone {
        self.0.iter().map(Arc::as_ref)
    }

    /// Every authority for writing; each shared one is cloned first.
    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Authority> {
        self.0.iter_mut().map(Arc::make_mut)
    }

    pub fn push(&mut self, a: Authority) {
        self.0.push(Arc::new(a));
    }

    pub fn insert(&mut self, index: usize, a: Authority) {
        self.0.insert(index, Arc::new(a));
    }

    /// Remove and return the authority at `index` (cloned only if shared).
    pub fn remove(&mut self, index: usize) -> Authority {
        Arc::unwrap_or_clone(self.0.remove(index))
    }

    pub fn swap_remove(&mut self, index: usize) -> Authority {
        Arc::unwrap_or_clone(self.0.swap_remove(index))
    }

    pub fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&Authority) -> bool) {
        self.0.retain(|a| keep(a));
    }

    pub fn sort_by(&mut self, mut cmp: impl FnMut(&Authority, &Authority) -> std::cmp::Ordering) {
        self.0.sort_by(|x, y| cmp(x, y));
    }

    /// The shared pointer at `index`, for code that keeps versions apart
    /// (the history) without copying them.
    pub fn shared(&self, index: usize) -> Option<&Arc<Authority>> {
        self.0.get(index)
    }

    /// Put `a` at `index` as it is, without copying it.
    pub(crate) fn set_shared(&mut self, index: usize, a: Arc<Authority>) {
        self.0[index] = a;
    }

    pub(crate) fn insert_shared(&mut self, index: usize, a: Arc<Authority>) {
        self.0.insert(index, a);
    }

    pub(crate) fn remove_shared(&mut self, index: usize) -> Arc<Authority> {
        self.0.remove(index)
    }
}

impl Index<usize> for Authorities {
    type Output = Authority;

    fn index(&self, index: usize) -> &Authority {
        &self.0[index]
    }
}

impl IndexMut<usize> for Authorities {
    /// Cloned first if a snapshot or the history still holds it.
    fn index_mut(&mut self, index: usize) -> &mut Authority {
        Arc::make_mut(&mut self.0[index])
    }
}

impl From<Vec<Authority>> for Authorities {
    fn from(v: Vec<Authority>) -> Self {
        Authorities(v.into_iter().map(Arc::new).collect())
    }
}

impl FromIterator<Authority> for Authorities {
    fn from_iter<I: IntoIterator<Item = Authority>>(iter: I) -> Self {
        Authorities(iter.into_iter().map(Arc::new).collect())
    }
}

impl Extend<Authority> for Authorities {
    fn extend<I: IntoIterator<Item = Authority>>(&mut self, iter: I) {
        self.0.extend(iter.into_iter().map(Arc::new));
    }
}

impl<'a> IntoIterator for &'a Authorities {
    type Item = &'a Authority;
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, Arc<Authority>>, fn(&Arc<Authority>) -> &Authority>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(Arc::as_ref)
    }
}

impl<'a> IntoIterator for &'a mut Authorities {
    type Item = &'a mut Authority;
    type IntoIter = std::iter::Map<
        std::slice::IterMut<'a, Arc<Authority>>,
        fn(&mut Arc<Authority>) -> &mut Authority,
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter_mut().map(Arc::make_mut)
    }
}

impl IntoIterator for Authorities {
    type Item = Authority;
    type IntoIter =
        std::iter::Map<std::vec::IntoIter<Arc<Authority>>, fn(Arc<Authority>) -> Authority>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().map(Arc::unwrap_or_clone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_shares_until_one_side_writes() {
        let mut list: Authorities = vec![Authority::new("a", "A"), Authority::new("b", "B")].into();
        let copy = list.clone();
        assert!(Arc::ptr_eq(
            list.shared(0).unwrap(),
            copy.shared(0).unwrap()
        ));
        list[1].name = "Bee".into();
        assert!(Arc::ptr_eq(
            list.shared(0).unwrap(),
            copy.shared(0).unwrap()
        ));
        assert!(!Arc::ptr_eq(
            list.shared(1).unwrap(),
            copy.shared(1).unwrap()
        ));
        assert_eq!(copy[1].name, "B");
        assert_eq!(list[1].name, "Bee");
    }

    #[test]
    fn serialises_as_a_plain_list() {
        let list: Authorities = vec![Authority::new("a", "A")].into();
        let json = serde_json::to_value(&list).unwrap();
        assert!(json.is_array());
        let back: Authorities = serde_json::from_value(json).unwrap();
        assert_eq!(back, list);
        assert_eq!(
            format!("{list:?}"),
            format!("{:?}", vec![Authority::new("a", "A")])
        );
    }
}
