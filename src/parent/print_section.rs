//! "Things to print" in the parent area: a button for each printable page and a preview of it
//! (`web/printables.js` shows `print.html` in a frame and prints it). The pages' contents are
//! made by [`super::printables`].

use super::printables::Printable;

pub fn html() -> String {
    let buttons: String = Printable::ALL
        .iter()
        .map(|page| {
            format!(
                "<button type=\"button\" data-print-page=\"{}\">{}</button>",
                page.id(),
                page.title_for_parent()
            )
        })
        .collect();
    format!(
        r#"<section id="print" class="grown-ups-part" aria-labelledby="print-title">
<h2 id="print-title">Things to print</h2>
<p class="hint">Each is one page, for A4 or US Letter, with your family's names and photos. Print, or "Save as PDF" in the print window, works offline.</p>
<div class="print-choices">{buttons}</div>
<div class="print-preview" hidden>
<iframe title="Print preview" src="about:blank"></iframe>
<button type="button" data-print="now">Print this page</button>
</div>
</section>"#
    )
}
