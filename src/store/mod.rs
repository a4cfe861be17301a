//! The save file: where it lives, reading it without ever writing it,
//! writing it atomically with a backup, one writer at a time, autosave off
//! the UI thread, and the rules `retroplan check` enforces.
//!
//! Every writer must hold [`lock`] while it may write; readers need not.

pub mod disk;
mod error;
mod load;
mod lock;
pub mod migrate;
mod output;
mod paths;
mod problem;
mod recovery;
mod save;
mod saver;
mod split;
mod stamp;
mod unknown;
pub mod validate;
mod validate_compliance;

pub use error::{IoAction, StoreError};
pub use load::{Loaded, load, parse};
pub use load::{missing, surviving_copy};
pub use lock::{LockGuard, lock};
pub use output::{Output, guard_output, write_private};
pub use paths::{bak_path, default_path, lock_path, parent_dir, real_path, resolve_path};
pub use recovery::{keep_theirs, restore_from, save_copy};
pub use save::{create_private_dir, save, save_new, save_new_with, save_with, to_bytes};
pub use saver::{SaveEvent, Saver};
pub use stamp::{DiskStamp, content_hash};
pub use unknown::unknown_keys;
