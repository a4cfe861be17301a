//! Keys a record holds in the file that this build does not know: written
//! by a newer version, a script, a merge or a hand edit. Kept as they are
//! and written back, so no save ever drops them; `retroplan check` names them.

use std::collections::BTreeMap;

/// Unknown keys of one record, with their values, in key order.
pub type Extra = BTreeMap<String, serde_json::Value>;
