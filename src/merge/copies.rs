//! Conflict copies a synced folder leaves beside the portfolio when two
//! people saved it at once:
//!
//! - Syncthing: `portfolio.sync-conflict-20261201-101500-ABCDEFG.json`
//! - Nextcloud: `portfolio (conflicted copy 2026-12-01 101500).json`
//! - Dropbox: `portfolio (Marie's conflicted copy 2026-12-01).json`, in
//!   French `portfolio (copie en conflit de Marie 2026-12-01).json`

use std::path::{Path, PathBuf};

/// A conflict copy found beside the portfolio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copy {
    pub path: PathBuf,
    /// Who or what made it, when the name says (a Syncthing device, a
    /// Dropbox user); else empty.
    pub by: String,
}

/// Who made the copy `name` of the portfolio whose file stem is `stem`
/// and extension `ext`; `None` when `name` is not such a copy.
pub fn parse(stem: &str, ext: &str, name: &str) -> Option<String> {
    let dot_ext = if ext.is_empty() {
        String::new()
    } else {
        format!(".{ext}")
    };
    let rest = name.strip_prefix(stem)?.strip_suffix(dot_ext.as_str())?;
    if let Some(tail) = rest.strip_prefix(".sync-conflict-") {
        // <date>-<time>-<device>
        let mut parts = tail.splitn(3, '-');
        let (date, time, device) = (parts.next()?, parts.next()?, parts.next().unwrap_or(""));
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        return (digits(date, 8) && digits(time, 6)).then(|| device.to_string());
    }
    let inner = rest.strip_prefix(" (")?.strip_suffix(')')?;
    if inner.starts_with("conflicted copy") {
        return Some(String::new());
    }
    if let Some((who, _)) = inner.split_once("'s conflicted copy") {
        return Some(who.to_string());
    }
    if let Some(tail) = inner.strip_prefix("copie en conflit de ") {
        // "<name> <date>": the name is everything before the last word.
        let who = tail.rsplit_once(' ').map_or(tail, |(w, _)| w);
        return Some(who.to_string());
    }
    None
}

/// The conflict copies beside `portfolio`, sorted by name. A folder that
/// cannot be read has none.
pub fn find(portfolio: &Path) -> Vec<Copy> {
    let dir = match portfolio.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let stem = portfolio
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let ext = portfolio
        .extension()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<Copy> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let by = parse(stem, ext, &name)?;
            Some(Copy { path: e.path(), by })
        })
        .collect();
    out.sort_by(|x, y| x.path.cmp(&y.path));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_services_names_and_who_made_them() {
        let p = |n: &str| parse("portfolio", "json", n);
        assert_eq!(
            p("portfolio.sync-conflict-20261201-101500-ABCDEFG.json"),
            Some("ABCDEFG".into())
        );
        assert_eq!(
            p("portfolio (conflicted copy 2026-12-01 101500).json"),
            Some(String::new())
        );
        assert_eq!(
            p("portfolio (Marie Dupont's conflicted copy 2026-12-01).json"),
            Some("Marie Dupont".into())
        );
        assert_eq!(
            p("portfolio (copie en conflit de Marie 2026-12-01).json"),
            Some("Marie".into())
        );
        for not in [
            "portfolio.json",
            "portfolio.json.bak",
            "portfolio.sync-conflict-2026-x.json",
            "other (conflicted copy 2026-12-01).json",
            "portfolio (1).json",
            "portfolio.sync-conflict-20261201-101500-ABC.json.tmp",
        ] {
            assert_eq!(p(not), None, "{not}");
        }
    }
}
