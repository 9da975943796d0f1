//! What the window says once the server is listening, in French and
//! English: where to open the app, a QR code for the phones, how to stop.

use qrcode::render::unicode::Dense1x2;
use qrcode::QrCode;
use std::fmt::Write as _;
use std::path::Path;

/// Who can reach the server, for the banner.
pub enum Reach<'a> {
    /// Bound to every interface; these are the LAN addresses found (maybe none).
    Room(&'a [String]),
    /// Bound to this computer only (`--host 127.0.0.1`).
    ThisComputer,
    /// Bound to one address of the room's network.
    One(&'a str),
}

pub fn banner(local: &str, reach: Reach<'_>, exercises: Option<&Path>) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "\nPas à pas est prêt. / Pas à pas is ready.\n");
    let _ = writeln!(s, "Sur cet ordinateur / On this computer:\n    {local}\n");
    let room: Vec<&str> = match reach {
        Reach::Room(list) => list.iter().map(String::as_str).collect(),
        Reach::One(url) => vec![url],
        Reach::ThisComputer => {
            let _ = writeln!(
                s,
                "Seul cet ordinateur peut l'ouvrir (--host 127.0.0.1).\nOnly this computer can open it (--host 127.0.0.1).\n"
            );
            vec![]
        }
    };
    if let Reach::Room([]) = reach {
        let _ = writeln!(
            s,
            "Aucun réseau trouvé : seul cet ordinateur peut ouvrir Pas à pas. Pour les téléphones \
             et les autres ordinateurs, branchez cet ordinateur au Wi-Fi de la salle, puis relancez Pas à pas.\n\
             No network found: only this computer can open Pas à pas. For phones and other computers, \
             connect this computer to the room's Wi-Fi, then start Pas à pas again.\n"
        );
    }
    if let Some(first) = room.first() {
        let _ = writeln!(s, "Sur les téléphones et ordinateurs de la salle, connectés au même Wi-Fi :");
        let _ = writeln!(s, "On the room's phones and computers, on the same Wi-Fi:");
        for url in &room {
            let _ = writeln!(s, "    {url}");
        }
        if let Some(code) = qr(first) {
            let _ = writeln!(s, "\nScannez ce code avec l'appareil photo du téléphone :");
            let _ = writeln!(s, "Scan this code with the phone's camera:\n\n{code}    {first}");
        }
        if room.len() > 1 {
            let _ = writeln!(
                s,
                "Si le code ne marche pas, essayez l'autre adresse. / If the code does not work, try the other address."
            );
        }
        if cfg!(windows) {
            let _ = writeln!(
                s,
                "\nSi Windows demande l'accès au réseau, cochez « Réseaux privés » et cliquez sur « Autoriser ».\n\
                 If Windows asks about network access, tick \"Private networks\" and click \"Allow\"."
            );
        }
        s.push('\n');
    }
    if let Some(dir) = exercises {
        let _ = writeln!(
            s,
            "Exercices lus dans / Exercises read from: {}\n\
             (modifiez un fichier, puis rechargez la page / edit a file, then reload the page)\n",
            dir.display()
        );
    }
    let _ = writeln!(s, "Pour arrêter : fermez cette fenêtre, ou appuyez sur Ctrl+C.");
    let _ = writeln!(s, "To stop: close this window, or press Ctrl+C.");
    s
}

/// `text` as a QR code in block characters, two rows of modules per line,
/// with its quiet zone. Drawn for a light-on-dark window (the Windows
/// console, most terminals): a light module is a block, a dark one a space.
pub fn qr(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    Some(
        code.render::<Dense1x2>().dark_color(Dense1x2::Light).light_color(Dense1x2::Dark).quiet_zone(true).build()
            + "\n",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the drawn code back as a phone's camera would see it on a dark
    /// window: a space is a dark module, a block a light one.
    fn scan(drawn: &str) -> String {
        let rows: Vec<Vec<char>> = drawn.lines().map(|l| l.chars().collect()).collect();
        let width = rows[0].len();
        let mut light = vec![vec![false; width]; rows.len() * 2];
        for (y, row) in rows.iter().enumerate() {
            assert_eq!(row.len(), width, "every line as wide");
            for (x, c) in row.iter().enumerate() {
                let (top, bottom) = match c {
                    ' ' => (false, false),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    '█' => (true, true),
                    other => panic!("unexpected {other:?}"),
                };
                light[2 * y][x] = top;
                light[2 * y + 1][x] = bottom;
            }
        }
        let scale = 4;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(width * scale, light.len() * scale, |x, y| {
            if light[y / scale][x / scale] {
                255
            } else {
                0
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().expect("readable").1
    }

    #[test]
    fn the_qr_code_reads_back_as_the_address() {
        for url in ["http://192.168.1.20:8080/", "http://10.0.0.254:8099/", "http://[fe80::1]:8080/"] {
            assert_eq!(scan(&qr(url).unwrap()), url);
        }
    }

    #[test]
    fn the_banner_names_every_address_and_says_when_there_is_no_network() {
        let lan = vec!["http://192.168.1.20:8080/".to_string(), "http://10.0.0.3:8080/".to_string()];
        let text = banner("http://localhost:8080/", Reach::Room(&lan), None);
        assert!(text.contains("    http://localhost:8080/\n"));
        assert!(text.contains("    http://192.168.1.20:8080/\n") && text.contains("    http://10.0.0.3:8080/\n"));
        assert!(text.contains(&qr(&lan[0]).unwrap()));
        assert!(text.contains("essayez l'autre adresse"));
        assert!(!text.contains("Aucun réseau"));
        let alone = banner("http://localhost:8080/", Reach::Room(&[]), Some(Path::new("/tmp/exos")));
        assert!(alone.contains("Aucun réseau trouvé") && alone.contains("No network found"));
        assert!(!alone.contains("Scannez"));
        assert!(alone.contains("Exercices lus dans / Exercises read from: /tmp/exos"));
        assert!(alone.ends_with("To stop: close this window, or press Ctrl+C.\n"));
    }
}
