//! Asking the BOAMP API (Opendatasoft explore v2.1) for notices, page by
//! page. The query asks for the notices published since a day in the
//! portfolio's départements; which of them concern the portfolio's buyers
//! is decided locally, by SIRET or folded name, because buyers spell their
//! own name in too many ways for a server-side name search.
//!
//! Blocking HTTP (ureq, rustls) with one overall timeout per request: this
//! runs from the command line, never from the TUI.

use std::io::Read;
use std::time::Duration;

use chrono::NaiveDate;
use serde_json::Value;

use super::stream;

/// The DILA's Opendatasoft portal.
pub const DEFAULT_BASE_URL: &str = "https://boamp-datadila.opendatasoft.com";
/// Path of the records endpoint under the base URL.
pub const RECORDS_PATH: &str = "/api/explore/v2.1/catalog/datasets/boamp/records";
/// The API's largest page.
pub const PAGE_SIZE: usize = 100;
/// The records endpoint refuses offsets past this: ask for a later `--since`.
pub const MAX_OFFSET: usize = 10_000;

/// What to ask for.
#[derive(Debug, Clone)]
pub struct Query {
    pub base_url: String,
    pub since: NaiveDate,
    /// Département codes; empty asks for all of France.
    pub departements: Vec<String>,
    pub timeout: Duration,
}

impl Query {
    /// The endpoint's URL.
    pub fn url(&self) -> String {
        format!("{}{RECORDS_PATH}", self.base_url.trim_end_matches('/'))
    }

    /// The ODSQL `where` clause.
    pub fn where_clause(&self) -> String {
        let mut w = format!("dateparution >= date'{}'", self.since.format("%Y-%m-%d"));
        let depts: Vec<String> = self
            .departements
            .iter()
            .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_alphanumeric()))
            .map(|d| format!("code_departement = \"{d}\""))
            .collect();
        if !depts.is_empty() {
            w.push_str(&format!(" AND ({})", depts.join(" OR ")));
        }
        w
    }
}

/// Why a fetch stopped; nothing fetched is applied then.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("cannot reach {url}: {detail}")]
    Offline { url: String, detail: String },
    #[error("{url} did not answer within {seconds} s")]
    Timeout { url: String, seconds: u64 },
    #[error("{url} answered HTTP {status}")]
    Http { url: String, status: u16 },
    #[error("{url} sent something that is not BOAMP JSON: {detail}")]
    Body { url: String, detail: String },
}

/// How the paging went.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pages {
    pub pages: usize,
    pub notices: usize,
    /// `total_count` of the last page.
    pub total: Option<u64>,
    /// A page came back empty before `total` was reached.
    pub empty_page: bool,
    /// Stopped at the API's offset limit.
    pub truncated: bool,
}

/// Fetch every page, handing each notice to `each`; `progress` is told
/// after each page how many notices came and how many there are.
pub fn fetch(
    q: &Query,
    progress: &mut dyn FnMut(&Pages),
    each: &mut dyn FnMut(Value),
) -> Result<Pages, FetchError> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(q.timeout))
        .http_status_as_error(false)
        .user_agent(concat!("retroplan/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let url = q.url();
    let where_clause = q.where_clause();
    let mut pages = Pages::default();
    loop {
        if pages.notices >= MAX_OFFSET {
            pages.truncated = true;
            break;
        }
        let mut n = 0usize;
        let total = page(&agent, q, &url, &where_clause, pages.notices, &mut |v| {
            n += 1;
            each(v);
        })?;
        pages.pages += 1;
        pages.notices += n;
        pages.total = total.or(pages.total);
        progress(&pages);
        let done = match pages.total {
            Some(t) => pages.notices as u64 >= t,
            None => n < PAGE_SIZE,
        };
        if done {
            break;
        }
        if n == 0 {
            pages.empty_page = true;
            break;
        }
    }
    Ok(pages)
}

/// One request; the body is streamed into the parser.
fn page(
    agent: &ureq::Agent,
    q: &Query,
    url: &str,
    where_clause: &str,
    offset: usize,
    each: &mut dyn FnMut(Value),
) -> Result<Option<u64>, FetchError> {
    let seconds = q.timeout.as_secs();
    let failed = |e: ureq::Error| match e {
        ureq::Error::Timeout(_) => FetchError::Timeout {
            url: url.to_string(),
            seconds,
        },
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => FetchError::Timeout {
            url: url.to_string(),
            seconds,
        },
        other => FetchError::Offline {
            url: url.to_string(),
            detail: other.to_string(),
        },
    };
    let mut resp = agent
        .get(url)
        .query("where", where_clause)
        .query("order_by", "dateparution, idweb")
        .query("limit", PAGE_SIZE.to_string())
        .query("offset", offset.to_string())
        .call()
        .map_err(failed)?;
    let status = resp.status().as_u16();
    if status >= 400 {
        return Err(FetchError::Http {
            url: url.to_string(),
            status,
        });
    }
    let reader: Box<dyn Read + '_> = Box::new(resp.body_mut().as_reader());
    stream::for_each(reader, each).map_err(|e| {
        let io_timeout = e.io_error_kind() == Some(std::io::ErrorKind::TimedOut);
        if io_timeout || e.to_string().contains("timeout") {
            FetchError::Timeout {
                url: url.to_string(),
                seconds,
            }
        } else {
            FetchError::Body {
                url: url.to_string(),
                detail: e.to_string(),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_names_the_day_and_the_departements() {
        let q = Query {
            base_url: "http://127.0.0.1:9/".into(),
            since: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            departements: vec!["45".into(), "2A".into(), "x\" OR 1=1".into()],
            timeout: Duration::from_secs(1),
        };
        assert_eq!(
            q.url(),
            "http://127.0.0.1:9/api/explore/v2.1/catalog/datasets/boamp/records"
        );
        assert_eq!(
            q.where_clause(),
            "dateparution >= date'2026-11-01' AND (code_departement = \"45\" OR code_departement = \"2A\")"
        );
    }
}
