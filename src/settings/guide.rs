//! The few sentences at the top of the parent area: how the game is meant to be used, and
//! where each part of the grown-up's page is. Adult words, short, in the family's language.

use see_you_soon_model::lines::{Key, Messages};

use super::form::escape;

/// Shown under the parent area's title, above the settings.
pub fn guide(messages: &Messages) -> String {
    let text = |key| escape(&messages.text(key));
    format!(
        r##"<section class="guide" aria-labelledby="guide-title">
<h2 id="guide-title">{title}</h2>
<ol>
<li>{together}</li>
<li>{ends}</li>
<li>{same}</li>
<li>{off}</li>
</ol>
<nav aria-label="{this_page}"><a href="#plan">{plan}</a> · <a href="#practice">{practice}</a> · <a href="#print">{print}</a> · <a href="#quiet-log">{log}</a></nav>
</section>"##,
        title = text(Key::FormHowToUse),
        together = text(Key::FormGuideTogether),
        ends = text(Key::FormGuideEndsItself),
        same = text(Key::FormGuideSameGoodbye),
        off = text(Key::FormGuideOffScreen),
        this_page = text(Key::FormThisPage),
        plan = text(Key::FormLinkPlan),
        practice = text(Key::FormLinkPractice),
        print = text(Key::FormLinkPrint),
        log = text(Key::FormLinkLog),
    )
}
