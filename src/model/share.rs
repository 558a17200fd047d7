//! The share code: the marked regions in a short, checked string for the URL fragment.
//!
//! Format: `1` (version) then base64url of a bitset over the region ids in sorted order, then
//! two base64url characters of a checksum over the bits and the region list. A changed region
//! list makes old codes fail the checksum, so they are reported as outdated, never misread.

use std::fmt;

use super::ids::RegionId;

/// The URL fragment key that carries a share code: `#bm=1AbC…`.
pub const SHARE_KEY: &str = "bm=";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VERSION: char = '1';

/// Why a share code was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Empty, wrong characters or wrong length.
    Malformed,
    /// Made by another version of the widget.
    Outdated,
    /// The checksum does not match: changed by hand or damaged.
    Tampered,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ShareError::Malformed => "the share code is not in the expected form",
            ShareError::Outdated => "the share code was made by another version",
            ShareError::Tampered => "the share code was changed or damaged",
        })
    }
}

impl std::error::Error for ShareError {}

/// The largest prime below 2^12: two characters carry it.
const MODULUS: u32 = 4093;

/// A position-weighted sum of the code's characters, plus a fingerprint of the region list.
/// Because the modulus is prime and larger than both the weights and any change of one
/// character, every single-character change of a code changes its checksum.
fn checksum(bits: &[u8], all: &[&str]) -> u16 {
    // FNV-1a over the region list: codes made for another list are told apart.
    let mut h: u32 = 0x811c_9dc5;
    for id in all {
        for b in id.bytes().chain([b',']) {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    let weighted: u32 = bits
        .iter()
        .enumerate()
        .map(|(i, &b)| (i as u32 + 1) * u32::from(b))
        .sum();
    ((h % MODULUS + weighted % MODULUS) % MODULUS) as u16
}

fn sorted<'a>(all: impl IntoIterator<Item = &'a RegionId>) -> Vec<&'a str> {
    let mut ids: Vec<&str> = all.into_iter().map(RegionId::as_str).collect();
    super::sort_small(&mut ids, |a, b| a < b);
    ids.dedup();
    ids
}

/// Encodes `marked` against the list of every region id.
pub fn encode_share<'a>(
    marked: &[RegionId],
    all: impl IntoIterator<Item = &'a RegionId>,
) -> String {
    let ids = sorted(all);
    let mut bits = vec![0u8; ids.len().div_ceil(6)];
    for r in marked {
        if let Ok(i) = ids.binary_search(&r.as_str()) {
            bits[i / 6] |= 1 << (i % 6);
        }
    }
    let sum = checksum(&bits, &ids);
    let mut code = String::with_capacity(bits.len() + 3);
    code.push(VERSION);
    code.extend(bits.iter().map(|&b| ALPHABET[b as usize] as char));
    code.push(ALPHABET[(sum >> 6) as usize] as char);
    code.push(ALPHABET[(sum & 63) as usize] as char);
    code
}

/// Decodes a code made by [`encode_share`] against the same region list; the regions come
/// back in sorted id order.
pub fn decode_share<'a>(
    code: &str,
    all: impl IntoIterator<Item = &'a RegionId>,
) -> Result<Vec<RegionId>, ShareError> {
    let ids = sorted(all);
    let mut chars = code.trim().chars();
    match chars.next() {
        Some(VERSION) => {}
        Some(c) if c.is_ascii_digit() => return Err(ShareError::Outdated),
        _ => return Err(ShareError::Malformed),
    }
    let values: Vec<u8> = chars
        .map(|c| {
            u8::try_from(c)
                .ok()
                .and_then(|b| ALPHABET.iter().position(|&a| a == b))
                .map(|p| p as u8)
                .ok_or(ShareError::Malformed)
        })
        .collect::<Result<_, _>>()?;
    let n = ids.len().div_ceil(6);
    if values.len() != n + 2 {
        return Err(ShareError::Outdated);
    }
    let (bits, sum) = values.split_at(n);
    let expected = checksum(bits, &ids);
    if (u16::from(sum[0]) << 6 | u16::from(sum[1])) != expected {
        return Err(ShareError::Tampered);
    }
    Ok(ids
        .iter()
        .enumerate()
        .filter(|(i, _)| bits[i / 6] & (1 << (i % 6)) != 0)
        .map(|(_, id)| RegionId::from(*id))
        .collect())
}
