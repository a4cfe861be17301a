//! `retroplan import boamp` and `fetch boamp`, run as a user runs them; the
//! fetch talks to a local HTTP server on 127.0.0.1 that replays the samples.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::{Value, json};

const FIX: &str = "tests/fixtures/boamp";
const TODAY: &str = "2026-12-01";

fn retroplan(file: &Path) -> Command {
    let mut cmd = common::cli::retroplan();
    cmd.env("RETROPLAN_TODAY", TODAY)
        .env_remove("RETROPLAN_BOAMP_URL")
        .arg("--file")
        .arg(file);
    cmd
}

fn fixture(name: &str) -> PathBuf {
    Path::new(FIX).join(name)
}

fn portfolio(file: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
}

/// A new portfolio with the DECP forecast of the samples' cleaning contract.
fn forecast() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    retroplan(&file).arg("init").assert().success();
    retroplan(&file)
        .args(["--lang", "en", "import", "decp"])
        .arg(fixture("decp-saint-exemple.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "+ SIRET 21459999900017 — Renewal: Nettoyage des locaux de la mairie et des écoles · expires 2027-04-01 · forecast J 2027-01-01",
        ));
    (dir, file)
}

/// The tracker's screen on the file, as the user would open it.
fn screen(file: &Path, lang: retroplan::i18n::Lang) -> String {
    let loaded = retroplan::store::load(file).unwrap();
    let today = chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut app = retroplan::app::App::new(loaded.portfolio, lang, today);
    retroplan::app::update(&mut app, retroplan::app::Msg::Resize(120, 40));
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    term.draw(|f| retroplan::ui::render(&app, f)).unwrap();
    term.backend().to_string()
}

#[test]
fn from_forecast_to_confirmed_j_then_moved_by_a_rectificatif() {
    let (_dir, file) = forecast();
    // The buyer's call for tenders: J confirmed with its time, Paris time
    // (the export writes 11:00Z), the buyer named by its SIRET.
    retroplan(&file)
        .args(["--lang", "en", "import", "boamp"])
        .arg(fixture("boamp-export.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "✓ Commune de Saint-Exemple-sur-Loire — Renewal: Nettoyage des locaux de la mairie et des écoles: J confirmed: 2026-12-21 12:00 (notice 26-118734)",
        ))
        .stdout(predicate::str::contains(
            "Notices from buyers not in the portfolio (not imported): 1",
        ))
        .stdout(predicate::str::contains("buyers renamed: 1"));
    let v = portfolio(&file);
    let a = &v["authorities"][0];
    assert_eq!(a["name"], "Commune de Saint-Exemple-sur-Loire");
    let pu = &a["pursuits"][0];
    assert_eq!(
        (pu["j"].as_str(), pu["j_time"].as_str()),
        (Some("2026-12-21"), Some("12:00"))
    );
    assert_eq!(pu["j_confirmed"], true);
    assert_eq!(pu["notice_ref"], "26-118734");
    assert_eq!(pu["notice_published"], "2026-11-24");
    assert_eq!(
        pu["notice"]["url"],
        "https://www.boamp.fr/pages/avis/?q=idweb:26-118734"
    );

    // The API's file with the rectificatif: J moves, and says by how much.
    retroplan(&file)
        .args(["--lang", "en", "import", "boamp"])
        .arg(fixture("boamp-api-v2.1-records.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "~ Commune de Saint-Exemple-sur-Loire — Renewal: Nettoyage des locaux de la mairie et des écoles: J moved from 2026-12-21 12:00 to 2027-01-07 12:00 (+17 days) (rectificatif 26-121055)",
        ))
        .stdout(predicate::str::contains(
            "! Commune de Saint-Exemple-sur-Loire: opportunity \"Fourniture de produits d'entretien\", deadline in the documents (notice 26-120487)",
        ))
        .stdout(predicate::str::contains("Run again with --new"));
    let v = portfolio(&file);
    let pu = &v["authorities"][0]["pursuits"][0];
    assert_eq!(pu["j"], "2027-01-07");
    assert_eq!(pu["notice_ref"], "26-118734");
    retroplan(&file).arg("check").assert().success();

    // The timeline: stage 3 (the notice is out), J-37, confirmed.
    let fr = screen(&file, retroplan::i18n::Lang::Fr);
    let row = fr
        .lines()
        .find(|l| l.contains("Nettoyage des locaux"))
        .unwrap_or_else(|| panic!("{fr}"));
    assert!(row.contains("Publicité") && row.contains("J-37"), "{row}");
    assert!(!row.contains('≈'), "{row}");
    let en = screen(&file, retroplan::i18n::Lang::En);
    assert!(en.contains("Notice") && en.contains("J-37"), "{en}");

    // Nothing new a second time: the file is not even rewritten.
    let before = std::fs::read(&file).unwrap();
    retroplan(&file)
        .args(["import", "boamp"])
        .arg(fixture("boamp-export.json"))
        .arg(fixture("boamp-api-v2.1-records.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains("le fichier n'a pas été réécrit"));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn new_creates_the_opportunity_and_dry_run_writes_nothing() {
    let (_dir, file) = forecast();
    let before = std::fs::read(&file).unwrap();
    retroplan(&file)
        .args(["--lang", "en", "import", "boamp", "--new", "--dry-run"])
        .arg(fixture("boamp-api-v2.1-records.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains("pursuits created: 1"))
        .stdout(predicate::str::contains("Dry run"));
    assert_eq!(std::fs::read(&file).unwrap(), before);
    retroplan(&file)
        .args(["--lang", "en", "import", "boamp", "--new", "--company", "Propreté Loire"])
        .arg(fixture("boamp-api-v2.1-records.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains("Company name remembered: Propreté Loire"))
        .stdout(predicate::str::contains(
            "? Commune de Saint-Exemple-sur-Loire — Fourniture de produits d'entretien: linked; deadline in the tender documents (notice 26-120487)",
        ));
    let v = portfolio(&file);
    assert_eq!(v["settings"]["company_name"], "Propreté Loire");
    let created = &v["authorities"][0]["pursuits"][1];
    assert_eq!(created["source"], "boamp:26-120487");
    assert_eq!(created["market_kind"], "supplies");
    assert!(v.get("boamp").is_none(), "{v:#}");
}

#[test]
fn a_file_that_is_not_boamp_is_refused_and_nothing_changes() {
    let (dir, file) = forecast();
    let before = std::fs::read(&file).unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"results\": [\n{]}").unwrap();
    retroplan(&file)
        .args(["--lang", "en", "import", "boamp"])
        .arg(fixture("boamp-export.json"))
        .arg(&bad)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "is not a readable BOAMP file (line 2, column 2)",
        ));
    retroplan(&file)
        .args(["--lang", "en", "import", "boamp"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("holds no BOAMP notices"));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

/// What the test server answers, one request after the other.
enum Reply {
    Json(String),
    Status(u16),
    /// Say nothing for this long.
    Silence(Duration),
}

/// A one-thread HTTP server on 127.0.0.1, port chosen by the system; it
/// records each request line.
fn serve(replies: Vec<Reply>) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    std::thread::spawn(move || {
        for reply in replies {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut first = String::new();
            reader.read_line(&mut first).unwrap();
            log.lock().unwrap().push(first.trim().to_string());
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                header.clear();
            }
            let (status, body) = match reply {
                Reply::Json(body) => (200, body),
                Reply::Status(code) => (code, "{\"error\":\"boom\"}".to_string()),
                Reply::Silence(pause) => {
                    std::thread::sleep(pause);
                    continue;
                }
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (url, seen)
}

/// The v2.1 sample cut into pages of `size`, each with the full total.
fn pages(size: usize) -> Vec<Reply> {
    let v: Value =
        serde_json::from_slice(&std::fs::read(fixture("boamp-api-v2.1-records.json")).unwrap())
            .unwrap();
    let all = v["results"].as_array().unwrap();
    all.chunks(size)
        .map(|c| Reply::Json(json!({"total_count": all.len(), "results": c}).to_string()))
        .collect()
}

fn fetch(file: &Path, url: &str) -> Command {
    let mut cmd = retroplan(file);
    cmd.args(["--lang", "en", "fetch", "boamp", "--base-url", url]);
    cmd
}

#[test]
fn fetch_pages_through_and_remembers_the_day() {
    let (_dir, file) = forecast();
    let (url, seen) = serve(pages(2));
    fetch(&file, &url)
        .args(["--departement", "45", "--since", "2026-11-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Notices published since 2026-11-01 · pages: 3 · notices received: 5",
        ))
        .stdout(predicate::str::contains(
            "J moved from 2026-12-21 12:00 to 2027-01-07 12:00",
        ))
        .stdout(predicate::str::contains(
            "Notices from buyers not in the portfolio (not imported): 2",
        ));
    let requests = seen.lock().unwrap().clone();
    assert_eq!(requests.len(), 3, "{requests:?}");
    for (request, offset) in requests.iter().zip(["offset=0", "offset=2", "offset=4"]) {
        assert!(
            request.starts_with("GET /api/explore/v2.1/catalog/datasets/boamp/records?"),
            "{request}"
        );
        assert!(request.contains(offset), "{request}");
        assert!(request.contains("code_departement"), "{request}");
        assert!(request.contains("2026-11-01"), "{request}");
    }
    let v = portfolio(&file);
    assert_eq!(v["boamp"]["last_fetch"], TODAY);
    assert_eq!(v["authorities"][0]["pursuits"][0]["j"], "2027-01-07");

    // The next fetch starts from the day remembered, and the buyers'
    // département is asked for without --departement.
    let (url, seen) = serve(vec![Reply::Json(
        r#"{"total_count":0,"results":[]}"#.into(),
    )]);
    fetch(&file, &url).assert().success();
    let request = seen.lock().unwrap()[0].clone();
    assert!(
        request.contains(TODAY) && request.contains("45"),
        "{request}"
    );
}

#[test]
fn fetch_stops_on_an_empty_page() {
    let (_dir, file) = forecast();
    let mut replies = pages(2);
    replies.truncate(1);
    replies.push(Reply::Json(r#"{"total_count":5,"results":[]}"#.into()));
    let (url, seen) = serve(replies);
    fetch(&file, &url)
        .assert()
        .success()
        .stdout(predicate::str::contains("pages: 2 · notices received: 2"))
        .stdout(predicate::str::contains(
            "The API returned an empty page: stopped at 2 / 5",
        ));
    assert_eq!(seen.lock().unwrap().len(), 2);
}

#[test]
fn fetch_fails_cleanly_on_http_500_and_changes_nothing() {
    let (_dir, file) = forecast();
    let before = std::fs::read(&file).unwrap();
    let mut replies = pages(2);
    replies.truncate(1);
    replies.push(Reply::Status(500));
    let (url, _) = serve(replies);
    fetch(&file, &url)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "answered HTTP 500: the server has a problem, try again later.",
        ))
        .stderr(predicate::str::contains("The portfolio was not changed."));
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let (url, _) = serve(vec![Reply::Status(404)]);
    fetch(&file, &url)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "answered HTTP 404: the request was refused.",
        ));
}

#[test]
fn fetch_gives_up_after_the_timeout() {
    let (_dir, file) = forecast();
    let before = std::fs::read(&file).unwrap();
    let (url, _) = serve(vec![Reply::Silence(Duration::from_secs(4))]);
    let started = std::time::Instant::now();
    fetch(&file, &url)
        .args(["--timeout", "1"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("did not answer within 1 s"));
    assert!(started.elapsed() < Duration::from_secs(4));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn fetch_offline_says_so() {
    let (_dir, file) = forecast();
    // A port nobody listens on: bind one, then free it.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    fetch(&file, &format!("http://127.0.0.1:{port}"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("Cannot reach http://127.0.0.1:"))
        .stderr(predicate::str::contains("Are you online?"));
}
