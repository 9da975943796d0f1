//! `#/animateur/rejoindre`: on the projector, the address of the learners'
//! app as a large QR code and in large text, so that phones join in one
//! scan. The address is the one this page is served from, so it is right
//! behind any static server and under any sub-path.

use super::PageTitle;
use crate::route::Route;
use crate::ui::t;
use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

/// Light modules around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

#[component]
pub fn Join() -> impl IntoView {
    // The learners' app, resolved from this page's address: same origin and
    // folder, without the page's name, query or hash.
    let here = window().location().href().unwrap_or_default();
    let url = web_sys::Url::new_with_base(crate::program::LEARNER_APP, &here).ok();
    let address = url.as_ref().map(|u| u.href()).unwrap_or_default();
    let only_here = url.is_some_and(|u| is_this_computer(&u.hostname()));
    view! {
        <div class="join">
            <p class="join-bar no-print">
                <a class="button" href=crate::program::advisor_href(&Route::Advisor)>{t("join-back")}</a>
                <button type="button" class="button" on:click=|_| crate::ui::fullscreen()>{t("present-fullscreen")}</button>
            </p>
            <PageTitle text=t("join-title")/>
            // First, so that the advisor sees it before anyone scans.
            {only_here.then(|| view! { <p class="join-warning no-print">{t("join-only-here")}</p> })}
            {qr_code(&address)}
            <p class="join-address">{address}</p>
            <p class="join-how">{t("join-how")}</p>
        </div>
    }
}

/// The QR code of `text`, black on white whatever the theme: one path of
/// dark squares on the white of the `<svg>` (style.css), named by the text it carries.
fn qr_code(text: &str) -> Option<impl IntoView> {
    // A web address is in bytes (the QR code's letters mode has no lower case).
    let code = QrCode::encode_segments(&[QrSegment::make_bytes(text.as_bytes())], QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let dark: Vec<bool> = (0..n * n).map(|i| code.get_module(i % n, i / n)).collect();
    let width = n as usize;
    let side = width + 2 * QUIET_ZONE;
    let view_box = format!("0 0 {side} {side}");
    Some(view! {
        <svg class="join-qr" role="img" aria-label=text.to_string() viewBox=view_box shape-rendering="crispEdges">
            <path d=squares(&dark, width) fill="#000"/>
        </svg>
    })
}

/// An SVG path of the dark modules (`width` a row), each run of a row one
/// rectangle, inside the quiet zone.
fn squares(dark: &[bool], width: usize) -> String {
    let mut d = String::new();
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            let run = row[x..].iter().take_while(|&&m| m).count();
            if run > 0 {
                d += &format!("M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE);
            }
            x += run.max(1);
        }
    }
    d
}

/// Whether only this computer reaches `host`: phones cannot.
fn is_this_computer(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    matches!(host, "localhost" | "::1" | "0.0.0.0") || host.ends_with(".localhost") || host.starts_with("127.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_run_of_dark_modules_is_one_rectangle_inside_the_quiet_zone() {
        let dark = [true, true, false, false, true, true];
        assert_eq!(squares(&dark, 3), "M4 4h2v1h-2zM5 5h2v1h-2z");
        assert_eq!(squares(&[false; 4], 2), "");
    }

    #[test]
    fn phones_cannot_reach_this_computer_s_own_names() {
        for host in ["localhost", "app.localhost", "127.0.0.1", "127.1.2.3", "[::1]", "0.0.0.0"] {
            assert!(is_this_computer(host), "{host}");
        }
        for host in ["192.168.1.20", "10.0.0.5", "atelier.local", "atelier.test", "[fe80::1]", "localhost.fr"] {
            assert!(!is_this_computer(host), "{host}");
        }
    }
}
