//! A QR code of a text, drawn as SVG, for a phone to scan an invitation or an answer. The
//! engine draws it (the encoder is not in the page's binary); the text itself is always
//! shown beside it.

use leptos::prelude::*;

use crate::protocol::{Answer, Request};
use crate::ui::state::use_app;

/// The QR code of `text` (an image with `label` as its name), or nothing when the text is
/// too long for one.
#[component]
pub fn QrCodeImage(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let svg = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let text = text.get();
        leptos::task::spawn_local(async move {
            let drawn = match app.act(Request::QrCode(text)).await {
                Ok(Answer::Svg(drawn)) => drawn,
                _ => None,
            };
            svg.try_set(drawn);
        });
    });
    move || {
        svg.get().map(|svg| {
            // The SVG holds only squares drawn by the encoder, never the text itself.
            view! { <div class="qr-code" role="img" aria-label=label inner_html=svg></div> }
        })
    }
}
