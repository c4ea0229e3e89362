//! "Kept on this device" in the parent area: what is kept and whether the browser agreed to
//! keep it (`web/keeping.js` fills it in), and the family's copy in a file: save one, bring one
//! back (`web/backup.js`).

/// The section, after the recordings.
pub const SECTION: &str = r#"<fieldset id="keeping"><legend>Kept on this device</legend>
<p class="hint">Photos, recordings and settings stay on this device and are never sent anywhere.</p>
<p id="keeping-state" role="status"></p>
<p class="hint">A copy in a file keeps them safe if this browser clears what it stores, and brings them to a new device.</p>
<div class="backup-actions"><button type="button" data-backup="save">Save a copy</button>
<label class="button">Bring back a copy<input type="file" accept=".json,application/json" data-backup="choose"></label></div>
<p id="backup-state" role="status"></p>
<div id="backup-choice" class="backup-choice" hidden><p class="backup-holds"></p>
<button type="button" data-backup="replace">Replace what is here</button>
<button type="button" data-backup="merge">Keep what is here, add what is missing</button>
<button type="button" data-backup="cancel">Cancel</button></div>
</fieldset>"#;
