//! "Kept on this device" in the parent area: what is kept and whether the browser agreed to
//! keep it (`web/keeping.js` fills it in), and the family's copy in a file: save one, bring one
//! back (`web/backup.js`).

use see_you_soon_model::lines::{Key, Messages};

use super::form::escape;

/// The section, after the recordings.
pub fn section(messages: &Messages) -> String {
    let text = |key| escape(&messages.text(key));
    format!(
        r#"<fieldset id="keeping"><legend>{kept}</legend>
<p class="hint">{kept_hint}</p>
<p id="keeping-state" role="status"></p>
<p class="hint">{copy_hint}</p>
<div class="backup-actions"><button type="button" data-backup="save">{save_copy}</button>
<label class="button">{bring_back}<input type="file" accept=".json,application/json" data-backup="choose"></label></div>
<p id="backup-state" role="status"></p>
<div id="backup-choice" class="backup-choice" hidden><p class="backup-holds"></p>
<button type="button" data-backup="replace">{replace}</button>
<button type="button" data-backup="merge">{merge}</button>
<button type="button" data-backup="cancel">{cancel}</button></div>
</fieldset>"#,
        kept = text(Key::FormKept),
        kept_hint = text(Key::FormKeptHint),
        copy_hint = text(Key::FormCopyHint),
        save_copy = text(Key::FormSaveCopy),
        bring_back = text(Key::FormBringBackCopy),
        replace = text(Key::FormReplace),
        merge = text(Key::FormMerge),
        cancel = text(Key::FormCancel),
    )
}
