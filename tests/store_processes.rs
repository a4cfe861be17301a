//! The store against other processes: a saver killed at random moments
//! never leaves a broken file or backup, the lock keeps a second process
//! out (and dies with its holder), and new files are private under umask 022.
//!
//! The other process is this test binary run again with `CHILD_ENV` set,
//! which turns `child_process_entry` into the child's main.

use retroplan::i18n::Localize;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use retroplan::model::Portfolio;
use retroplan::store::{self, StoreError};

const CHILD_ENV: &str = "RETROPLAN_STORE_TEST_CHILD";

fn demo() -> Portfolio {
    retroplan::demo::portfolio(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
}

/// Not a test of its own: the body of the child processes the tests spawn.
/// Without `CHILD_ENV` (a normal test run) it has nothing to do.
#[test]
fn child_process_entry() {
    let Ok(role) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (role, path) = role.split_once(':').expect("role:path");
    let path = PathBuf::from(path);
    match role {
        // Save in a loop, growing and shrinking the file, until killed.
        "save-loop" => {
            let _lock = store::lock(&path).expect("lock");
            let loaded = store::load(&path).expect("load");
            let mut p = loaded.portfolio;
            let mut stamp = loaded.stamp;
            // Copies made by a previous child are dropped at the first save.
            p.authorities.retain(|a| !a.id.contains("-copy"));
            let base = p.authorities.len();
            for i in 0u64.. {
                p.authorities[0].activity = format!("run {} save {i}", std::process::id());
                p.authorities.truncate(base);
                for k in 0..(i % 7) {
                    let mut extra = p.authorities[k as usize % base].clone();
                    extra.id = format!("{}-copy{k}", extra.id);
                    extra.pursuits.clear();
                    extra.contacts.clear();
                    p.authorities.push(extra);
                }
                stamp = store::save(&path, &p, Some(&stamp)).expect("save");
                if i == 0 {
                    std::fs::write(ready_marker(&path), b"").expect("marker");
                }
            }
        }
        // Hold the lock until stdin closes.
        "hold-lock" => {
            let _lock = store::lock(&path).expect("lock");
            std::fs::write(ready_marker(&path), b"").expect("marker");
            let mut line = String::new();
            let _ = std::io::stdin().read_line(&mut line);
        }
        // Create a file as a first save does.
        "save-new" => {
            store::save(&path, &demo(), None).expect("save");
        }
        other => panic!("unknown child role {other}"),
    }
}

/// Created by a child once it is doing its job (its stdout is the harness's).
fn ready_marker(path: &Path) -> PathBuf {
    path.with_extension("child-ready")
}

/// Wait for the child's marker, and remove it for the next child.
fn wait_ready(path: &Path, child: &mut Child) {
    let marker = ready_marker(path);
    let start = Instant::now();
    while !marker.exists() {
        assert!(child.try_wait().unwrap().is_none(), "child ended early");
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "child never got ready"
        );
        std::thread::sleep(Duration::from_micros(500));
    }
    std::fs::remove_file(marker).unwrap();
}

fn child(role: &str, path: &Path) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args([
        "--exact",
        "child_process_entry",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD_ENV, format!("{role}:{}", path.display()))
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::null());
    cmd
}

fn temp_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            name.to_string_lossy().contains(".tmp-")
        })
        .count()
}

/// A small deterministic generator: the kill moments vary, the test does not.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn killing_a_saving_process_at_random_moments_never_breaks_the_file_or_its_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.json");
    store::save(&path, &demo(), None).unwrap();
    store::save(&path, &demo(), None).unwrap();
    let mut rng = XorShift(0x5EED_1234_ABCD_0001);
    let start = Instant::now();
    let (mut kills, mut progressed, mut mid_save) = (0, 0, 0);
    while kills < 200 {
        let mut saver: Child = child("save-loop", &path).spawn().unwrap();
        wait_ready(&path, &mut saver);
        std::thread::sleep(Duration::from_micros(rng.below(8_000)));
        saver.kill().unwrap(); // SIGKILL
        saver.wait().unwrap();
        kills += 1;

        let now = std::fs::read(&path).unwrap();
        let loaded =
            store::load(&path).unwrap_or_else(|e| panic!("kill {kills}: file broken: {e}"));
        assert_eq!(store::to_bytes(&loaded.portfolio), now);
        store::parse(
            &store::bak_path(&path),
            &std::fs::read(store::bak_path(&path)).unwrap(),
        )
        .unwrap_or_else(|e| panic!("kill {kills}: backup broken: {e}"));
        // How far the child got, and whether it died inside a save.
        let activity = &loaded.portfolio.authorities[0].activity;
        if !activity.ends_with(" save 0") {
            progressed += 1;
        }
        if temp_files(dir.path()) > 0 {
            mid_save += 1;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "too slow: {kills} kills"
        );
    }
    // The kills must land inside saves, or the test proves little.
    assert!(
        mid_save >= 20,
        "only {mid_save} of {kills} kills hit a save"
    );
    eprintln!("{kills} kills: {progressed} after several saves, {mid_save} inside a save");
    // A killed save may leave its temp file; the next lock holder sweeps it.
    let leftovers = temp_files(dir.path());
    assert!(leftovers <= 2, "{leftovers} temp files left");
}

#[test]
fn a_second_process_cannot_take_the_lock_until_the_first_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.json");
    store::save(&path, &demo(), None).unwrap();
    let mut holder = child("hold-lock", &path)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    wait_ready(&path, &mut holder);

    match store::lock(&path) {
        Err(e @ StoreError::Locked { .. }) => {
            assert!(
                e.localized(retroplan::i18n::Lang::En)
                    .contains("in use by another retroplan")
            );
        }
        other => panic!("{other:?}"),
    }
    // Killed, not closed cleanly: the kernel still releases the lock.
    holder.kill().unwrap();
    holder.wait().unwrap();
    store::lock(&path).unwrap();
}

#[cfg(unix)]
#[test]
fn new_files_are_private_under_umask_022() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;

    let saved = dir.path().join("saved.json");
    let exe = std::env::current_exe().unwrap();
    let status = Command::new("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$0\" --exact child_process_entry --test-threads=1")
        .arg(&exe)
        .env(CHILD_ENV, format!("save-new:{}", saved.display()))
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(mode(&saved), 0o600);

    let created = dir.path().join("fresh/portfolio.json");
    let status = Command::new("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$0\" init --file \"$1\"")
        .arg(env!("CARGO_BIN_EXE_retroplan"))
        .arg(&created)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(mode(&created), 0o600);
    assert_eq!(mode(created.parent().unwrap()), 0o700);
    assert_eq!(mode(&store::lock_path(&created)), 0o600);
}
