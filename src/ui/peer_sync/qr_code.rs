//! A QR code of a text, drawn as SVG, for a phone to scan an invitation or an answer.

use leptos::prelude::*;
use qrcode::{render::svg, EcLevel, QrCode};

/// The QR code of `text` (an image with `label` as its name), or nothing when the text is
/// too long for one: the text itself is always shown beside it.
#[component]
pub fn QrCodeImage(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let image = move || {
        let code = QrCode::with_error_correction_level(text.get().as_bytes(), EcLevel::L).ok()?;
        Some(
            code.render::<svg::Color<'_>>()
                .min_dimensions(320, 320)
                .quiet_zone(true)
                .build(),
        )
    };
    move || {
        image().map(|svg| {
            // The SVG holds only squares drawn by the encoder, never the text itself.
            view! { <div class="qr-code" role="img" aria-label=label inner_html=svg></div> }
        })
    }
}
