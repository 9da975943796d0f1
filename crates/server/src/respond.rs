//! One request, one response: GET and HEAD of the embedded files (or of the
//! advisor's exercises folder), by `Accept-Encoding`, with `ETag` and
//! `304 Not Modified`; anything else gets a 4xx and no file.

use crate::assets::{self, Embedded};
use crate::folder::{Folder, ReadError};
use crate::path::{self, BadPath};
use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{self, HeaderMap, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};

/// What is served: the embedded files, and optionally a folder in place of `exercises/`.
#[derive(Debug, Default)]
pub struct Site {
    pub exercises: Option<Folder>,
}

type Reply = Response<Full<Bytes>>;

pub fn respond<B>(req: &Request<B>, site: &Site) -> Reply {
    let head = match *req.method() {
        Method::GET => false,
        Method::HEAD => true,
        _ => {
            let mut r =
                plain(StatusCode::METHOD_NOT_ALLOWED, "Seules les lectures sont permises. / Only GET and HEAD.\n");
            r.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
            return r;
        }
    };
    if has_body(req.headers()) {
        let mut r = plain(StatusCode::PAYLOAD_TOO_LARGE, "Une lecture n'a pas de contenu. / A GET has no body.\n");
        r.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
        return r;
    }
    let name = match path::file_name(req.uri().path()) {
        Ok(name) => name,
        Err(BadPath::TooLong) => return plain(StatusCode::URI_TOO_LONG, "Adresse trop longue. / URL too long.\n"),
        Err(BadPath::Malformed) => return plain(StatusCode::BAD_REQUEST, "Adresse invalide. / Bad URL.\n"),
    };
    let file = match (&site.exercises, name.strip_prefix("exercises/")) {
        (Some(folder), Some(rest)) => match folder.read(rest) {
            Ok(bytes) => File::from_disk(&name, bytes),
            Err(ReadError::NotFound) => return not_found(),
            Err(ReadError::Refused) => return plain(StatusCode::FORBIDDEN, "Fichier refusé. / File refused.\n"),
            Err(ReadError::TooLarge) => {
                return plain(StatusCode::INTERNAL_SERVER_ERROR, "Fichier trop gros. / File too large.\n")
            }
            Err(ReadError::Io(_)) => {
                return plain(StatusCode::INTERNAL_SERVER_ERROR, "Fichier illisible. / Unreadable file.\n")
            }
        },
        _ => match assets::find(&name) {
            Some(e) => File::embedded(e),
            None => return not_found(),
        },
    };
    file.reply(req.headers(), head)
}

/// A file ready to send, in each encoding it has.
struct File<'a> {
    name: &'a str,
    raw: Bytes,
    gzip: Option<Bytes>,
    br: Option<Bytes>,
    etag: String,
    csp: Option<&'static str>,
}

impl<'a> File<'a> {
    fn embedded(e: &'static Embedded) -> File<'static> {
        File {
            name: e.path,
            raw: Bytes::from_static(e.raw),
            gzip: e.gzip.map(Bytes::from_static),
            br: e.br.map(Bytes::from_static),
            etag: e.etag.to_string(),
            csp: e.csp,
        }
    }

    /// An exercise file just read: sent as it is (they are small), validated by its content.
    fn from_disk(name: &'a str, bytes: Vec<u8>) -> File<'a> {
        let etag = format!("\"{:016x}\"", fnv1a(&bytes));
        File { name, raw: Bytes::from(bytes), gzip: None, br: None, etag, csp: None }
    }

    fn reply(self, request: &HeaderMap, head: bool) -> Reply {
        let accept = request.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("");
        let (body, encoding) = match (&self.br, &self.gzip) {
            (Some(br), _) if accepts(accept, "br") => (br.clone(), Some("br")),
            (_, Some(gz)) if accepts(accept, "gzip") => (gz.clone(), Some("gzip")),
            _ => (self.raw.clone(), None),
        };
        // One tag per encoding (a strong tag names exact bytes), all from the raw file's.
        let etag = match encoding {
            Some(enc) => format!("{}-{}\"", self.etag.trim_end_matches('"'), if enc == "br" { "br" } else { "gz" }),
            None => self.etag.clone(),
        };
        let fresh = request
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|tags| matches_tag(tags, &self.etag));
        let mut r = Response::new(Full::new(if fresh || head { Bytes::new() } else { body.clone() }));
        *r.status_mut() = if fresh { StatusCode::NOT_MODIFIED } else { StatusCode::OK };
        let h = r.headers_mut();
        if !fresh {
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(assets::content_type(self.name)));
            h.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
            if let Some(enc) = encoding {
                h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
            }
        }
        if let Ok(v) = HeaderValue::from_str(&etag) {
            h.insert(header::ETAG, v);
        }
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(assets::cache_control(self.name)));
        if self.gzip.is_some() || self.br.is_some() {
            h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        }
        if let Some(csp) = self.csp.and_then(|c| HeaderValue::from_str(c).ok()) {
            h.insert(header::CONTENT_SECURITY_POLICY, csp);
        }
        secure(h);
        r
    }
}

/// Whether `Accept-Encoding` accepts `coding` (named or by `*`, with a q-value above 0).
fn accepts(accept: &str, coding: &str) -> bool {
    let mut named = None;
    let mut star = None;
    for item in accept.split(',') {
        let mut parts = item.split(';').map(str::trim);
        let token = parts.next().unwrap_or("");
        let q = parts
            .find_map(|p| p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .unwrap_or(0.0);
        if token.eq_ignore_ascii_case(coding) {
            named = Some(q);
        } else if token == "*" {
            star = Some(q);
        }
    }
    named.or(star).is_some_and(|q| q > 0.0)
}

/// `If-None-Match`: `*`, or a list of tags, weak or strong, of any of this file's encodings.
fn matches_tag(tags: &str, etag: &str) -> bool {
    let base = etag.trim_matches('"');
    tags.split(',').map(str::trim).any(|t| {
        let t = t.strip_prefix("W/").unwrap_or(t).trim_matches('"');
        t == "*" || t == base || t.strip_prefix(base).is_some_and(|s| s == "-br" || s == "-gz")
    })
}

fn has_body(h: &HeaderMap) -> bool {
    h.contains_key(header::TRANSFER_ENCODING) || h.get(header::CONTENT_LENGTH).is_some_and(|v| v.as_bytes() != b"0")
}

/// Headers on every response: no type guessing, no referrer sent on.
fn secure(h: &mut HeaderMap) {
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
}

fn plain(status: StatusCode, text: &'static str) -> Reply {
    let mut r = Response::new(Full::new(Bytes::from_static(text.as_bytes())));
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    secure(h);
    r
}

const NOT_FOUND: &str = r#"<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page introuvable – Pas à pas</title>
<style>body{font:1.25rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}a{font-weight:bold}</style>
</head>
<body>
<main>
<h1>Page introuvable</h1>
<p>Cette adresse ne mène à aucune page de Pas à pas.</p>
<p><a href="/">Retour à l'accueil</a></p>
<h2 lang="en">Page not found</h2>
<p lang="en">This address leads to no page of Pas à pas.</p>
<p lang="en"><a href="/">Back to the home page</a></p>
</main>
</body>
</html>
"#;

fn not_found() -> Reply {
    let mut r = Response::new(Full::new(Bytes::from_static(NOT_FOUND.as_bytes())));
    *r.status_mut() = StatusCode::NOT_FOUND;
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"),
    );
    secure(h);
    r
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("gzip;q=0.8, br;q=1.0", "gzip"));
        assert!(!accepts("gzip;q=0, br", "gzip"));
        assert!(accepts("*", "br"));
        assert!(!accepts("*, br;q=0", "br"));
        assert!(!accepts("", "gzip"));
        assert!(!accepts("gzip;q=abc", "gzip"));
        assert!(!accepts("xgzip", "gzip"));
    }

    #[test]
    fn tags() {
        let etag = "\"00ff\"";
        assert!(matches_tag("\"00ff\"", etag));
        assert!(matches_tag("W/\"00ff-br\"", etag));
        assert!(matches_tag("\"aa\", \"00ff-gz\"", etag));
        assert!(matches_tag("*", etag));
        assert!(!matches_tag("\"00ff-zz\"", etag));
        assert!(!matches_tag("\"00f\"", etag));
        assert!(!matches_tag("", etag));
    }
}
