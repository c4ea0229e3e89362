//! "Things to print" in the parent area: a button for each printable page and a preview of it
//! (`web/printables.js` shows `print.html` in a frame and prints it). The pages' contents are
//! made by [`super::printables`].

use see_you_soon_model::lines::{Key, Messages};

use super::printables::Printable;
use crate::settings::form::escape;

/// What the button for `page` says.
fn button_words(page: Printable) -> Key {
    match page {
        Printable::Card => Key::FormPrintCard,
        Printable::Chain => Key::FormPrintChain,
        Printable::Week => Key::FormPrintWeek,
        Printable::Love => Key::FormPrintLove,
    }
}

pub fn html(messages: &Messages) -> String {
    let text = |key| escape(&messages.text(key));
    let buttons: String = Printable::ALL
        .iter()
        .map(|page| {
            format!(
                "<button type=\"button\" data-print-page=\"{}\">{}</button>",
                page.id(),
                text(button_words(*page))
            )
        })
        .collect();
    format!(
        r#"<section id="print" class="grown-ups-part" aria-labelledby="print-title">
<h2 id="print-title">{title}</h2>
<p class="hint">{hint}</p>
<div class="print-choices">{buttons}</div>
<div class="print-preview" hidden>
<iframe title="{preview}" src="about:blank"></iframe>
<button type="button" data-print="now">{print_now}</button>
</div>
</section>"#,
        title = text(Key::FormPrintTitle),
        hint = text(Key::FormPrintHint),
        preview = text(Key::FormPrintPreview),
        print_now = text(Key::FormPrintNow),
    )
}
