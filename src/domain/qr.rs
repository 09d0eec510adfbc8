//! A QR code of a text, drawn as SVG, for a phone to scan an invitation or an answer.

use qrcode::{render::svg, EcLevel, QrCode};

/// The SVG of `text`'s QR code (squares drawn by the encoder, never the text itself), or
/// `None` when the text is too long for one.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(320, 320)
            .quiet_zone(true)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_becomes_squares_and_a_text_too_long_becomes_nothing() {
        let svg = qr_svg("RAPPORT-INVITATION-1.abc <b>").expect("a short text fits");
        assert!(svg.starts_with("<?xml") && svg.contains("<svg"));
        assert!(
            !svg.contains("<b>"),
            "the text itself is never in the image"
        );
        assert_eq!(qr_svg(&"x".repeat(5_000)), None);
    }
}
