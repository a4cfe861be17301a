//! A fingerprint of the file as this process last saw it, to notice when
//! someone else (an editor, git, another machine's sync) changed it since.

use std::fs::Metadata;
use std::time::UNIX_EPOCH;

/// Size, modification and change times in nanoseconds, inode, and a hash of
/// the content. While the stat (all but the hash) is the same, the file is
/// trusted unread: no user-space tool can set the change time, so a content
/// change with a forged mtime still shows; a file replaced by a rename has
/// another inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DiskStamp {
    pub len: u64,
    /// Nanoseconds since the Unix epoch (negative before it).
    pub mtime_ns: i128,
    /// Inode change time, in nanoseconds since the Unix epoch (0 where unknown).
    pub ctime_ns: i128,
    /// Inode number (0 where unknown).
    pub ino: u64,
    pub hash: u64,
}

impl DiskStamp {
    /// The stamp of `bytes` as read from (or written to) a file with `meta`.
    pub fn new(meta: &Metadata, bytes: &[u8]) -> DiskStamp {
        let (ctime_ns, ino) = inode(meta);
        DiskStamp {
            len: meta.len(),
            mtime_ns: mtime_ns(meta),
            ctime_ns,
            ino,
            hash: content_hash(bytes),
        }
    }

    /// Whether `meta` shows the very file this stamp was taken of, untouched.
    pub fn same_stat(&self, meta: &Metadata) -> bool {
        let (ctime_ns, ino) = inode(meta);
        self.len == meta.len()
            && self.mtime_ns == mtime_ns(meta)
            && self.ctime_ns == ctime_ns
            && self.ino == ino
    }
}

#[cfg(unix)]
fn inode(meta: &Metadata) -> (i128, u64) {
    use std::os::unix::fs::MetadataExt;
    let ctime = i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec());
    (ctime, meta.ino())
}

#[cfg(not(unix))]
fn inode(_: &Metadata) -> (i128, u64) {
    (0, 0)
}

pub(crate) fn mtime_ns(meta: &Metadata) -> i128 {
    match meta.modified() {
        Ok(t) => match t.duration_since(UNIX_EPOCH) {
            Ok(d) => d.as_nanos() as i128,
            Err(e) => -(e.duration().as_nanos() as i128),
        },
        // No mtime on this platform: size and hash still decide.
        Err(_) => 0,
    }
}

/// A fast non-cryptographic hash of the content: it only has to notice an
/// accidental change, and must not cost much next to parsing a large file.
/// Four independent lanes keep the multiplier pipeline busy.
pub fn content_hash(bytes: &[u8]) -> u64 {
    const K: [u64; 4] = [
        0x9E37_79B9_7F4A_7C15,
        0xC2B2_AE3D_27D4_EB4F,
        0x1656_67B1_9E37_79F9,
        0x85EB_CA77_C2B2_AE63,
    ];
    let mut lanes = K;
    let mut chunks = bytes.chunks_exact(32);
    for chunk in &mut chunks {
        for (i, lane) in lanes.iter_mut().enumerate() {
            let mut w = [0u8; 8];
            w.copy_from_slice(&chunk[i * 8..i * 8 + 8]);
            *lane = (*lane ^ u64::from_le_bytes(w))
                .wrapping_mul(K[i])
                .rotate_left(29);
        }
    }
    let mut h = bytes.len() as u64;
    for (i, lane) in lanes.iter().enumerate() {
        h = (h ^ lane.wrapping_mul(K[(i + 1) % 4])).rotate_left(31);
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(K[0]).rotate_left(23);
    }
    // Final avalanche (splitmix64's mixer).
    h ^= h >> 30;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94D0_49BB_1331_11EB);
    h ^ (h >> 31)
}

#[cfg(test)]
mod tests {
    use super::content_hash;

    #[test]
    fn hash_notices_single_byte_changes_anywhere() {
        let base: Vec<u8> = (0..200u32).map(|i| (i * 7 % 251) as u8).collect();
        let h = content_hash(&base);
        assert_eq!(h, content_hash(&base.clone()));
        for pos in [0, 5, 31, 32, 100, 190, 199] {
            let mut changed = base.clone();
            changed[pos] ^= 1;
            assert_ne!(h, content_hash(&changed), "flip at {pos}");
        }
        assert_ne!(content_hash(b""), content_hash(b"\0"));
        assert_ne!(content_hash(&[0; 32]), content_hash(&[0; 33]));
    }
}
