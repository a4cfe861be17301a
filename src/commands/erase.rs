//! `retroplan erase person ID|EMAIL`: remove a contact and their log, then
//! save twice so that the backup (`.bak`, the previous version) no longer
//! holds them either.

use std::process::ExitCode;

use anyhow::anyhow;

use super::{Context, not_yet};
use crate::cli::{Command, EraseCommand};
use crate::gdpr as person;
use crate::i18n::gdpr as gdpr_words;
use crate::i18n::report as words;
use crate::model::Contact;
use crate::store;

pub fn run(ctx: &Context, args: &Command) -> anyhow::Result<ExitCode> {
    let Command::Erase {
        what: EraseCommand::Person { who },
    } = args
    else {
        return not_yet(ctx.lang);
    };
    let l = ctx.lang;
    let err = |e: store::StoreError| anyhow!(e.localized(l));
    let path = store::resolve_path(ctx.file.as_deref()).map_err(err)?;
    super::files::must_exist(&path, l)?;
    let _lock = store::lock(&path).map_err(err)?;
    let loaded = store::load(&path).map_err(err)?;
    if loaded.newer_version {
        return Err(anyhow!(words::newer_file(l, &path)));
    }
    let mut p = loaded.portfolio;
    let (erased, from_backup) = match person::find(&p, who) {
        Ok(at) => (person::erase(&mut p, at, gdpr_words::redacted(l)), false),
        Err(e) => {
            // Deleted in the tracker since the last save but one: the
            // backup still holds them, and erasing must reach it too.
            let Some(c) = in_backup(&path, who) else {
                return Err(anyhow!(gdpr_words::person_error(l, &e)));
            };
            let redacted = person::redact(&mut p, &c, gdpr_words::redacted(l));
            let erased = person::Erased {
                name: c.name,
                id: c.id,
                interactions: c.interactions.len(),
                redacted,
            };
            (erased, true)
        }
    };
    // The first save moves the old file, person included, to `.bak`; the
    // second replaces that backup with the erased version.
    let stamp = store::save(&path, &p, Some(&loaded.stamp)).map_err(err)?;
    store::save(&path, &p, Some(&stamp)).map_err(err)?;
    let done = gdpr_words::erased(l, &erased, &path, from_backup);
    super::files::write_stdout(format!("{done}\n").as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The contact `who` names in the backup, if the backup is readable and
/// holds exactly one.
fn in_backup(path: &std::path::Path, who: &str) -> Option<Contact> {
    let bak = store::load(&store::bak_path(path)).ok()?;
    let (ai, ci) = person::find(&bak.portfolio, who).ok()?;
    let mut p = bak.portfolio;
    Some(p.authorities.swap_remove(ai).contacts.swap_remove(ci))
}
