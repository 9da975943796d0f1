//! From the path of a request URL to the name of a file, or a refusal.
//! Nothing here touches the disk: the name is then looked up among the
//! embedded files, or checked again by `folder` for an exercises folder.

/// The longest request path accepted, in bytes, before decoding.
pub const MAX_PATH: usize = 2048;

/// Why a request path is refused before any lookup.
#[derive(Debug, PartialEq, Eq)]
pub enum BadPath {
    /// Longer than [`MAX_PATH`] (414).
    TooLong,
    /// A bad `%` escape, not UTF-8, a control character (NUL…), a backslash,
    /// a `.` or `..` segment, or not starting with `/` (400).
    Malformed,
}

/// The file a URL path names: `/` is `index.html`; `/exercises/cv/` stays
/// `exercises/cv/` (a folder, which no lookup finds: no listing).
pub fn file_name(url_path: &str) -> Result<String, BadPath> {
    if url_path.len() > MAX_PATH {
        return Err(BadPath::TooLong);
    }
    let rest = url_path.strip_prefix('/').ok_or(BadPath::Malformed)?;
    let decoded = String::from_utf8(percent_decode(rest)?).map_err(|_| BadPath::Malformed)?;
    if decoded.chars().any(|c| c.is_control() || c == '\\') {
        return Err(BadPath::Malformed);
    }
    if decoded.split('/').any(|seg| seg == "." || seg == "..") {
        return Err(BadPath::Malformed);
    }
    Ok(if decoded.is_empty() { "index.html".to_string() } else { decoded })
}

fn percent_decode(s: &str) -> Result<Vec<u8>, BadPath> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or(BadPath::Malformed)?;
            let hi = hex_value(hex[0]).ok_or(BadPath::Malformed)?;
            let lo = hex_value(hex[1]).ok_or(BadPath::Malformed)?;
            out.push(hi << 4 | lo);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Ok(out)
}

fn hex_value(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths() {
        assert_eq!(file_name("/").unwrap(), "index.html");
        assert_eq!(file_name("/exercises/cv/module.toml").unwrap(), "exercises/cv/module.toml");
        assert_eq!(file_name("/ic%C3%B4ne.svg").unwrap(), "icône.svg");
        assert_eq!(file_name("/exercises/").unwrap(), "exercises/");
    }

    #[test]
    fn refusals() {
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/x",
            "/..%2fx",
            "/a/%2E/b",
            "/a\\b",
            "/a%5cb",
            "/a%00b",
            "/%zz",
            "/%4",
            "/%C3",
            "x",
            "",
            "/a/..",
            "/./index.html",
        ] {
            assert_eq!(file_name(bad), Err(BadPath::Malformed), "{bad}");
        }
        assert_eq!(file_name(&format!("/{}", "a".repeat(MAX_PATH))), Err(BadPath::TooLong));
    }
}
