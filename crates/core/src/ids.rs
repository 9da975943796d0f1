//! Ids are what advisors type in file names and answer keys, and what keys
//! of storage are made of: keep them plain.

/// Lowercase ASCII letters, digits and dashes, not starting with a dash, 60 at most.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 60
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}
