//! A grown-up's photo in the parent area: take one or choose one, frame the face in a circle,
//! keep it or delete it. `web/photo.js` runs the row; the photo stays on this device.

use super::Place;
use crate::platform::page::photo_key;

/// The row for the grown-up at `place`, inside their part of the form.
pub fn row(place: Place) -> String {
    format!(
        "<div class=\"photo-row\" data-photo-key=\"{key}\">\n\
<canvas class=\"photo-preview\" width=\"192\" height=\"192\" aria-hidden=\"true\"></canvas>\n\
<div class=\"photo-actions\">\
<label class=\"button\">Take a photo<input type=\"file\" accept=\"image/*\" capture=\"user\" data-photo=\"take\"></label>\n\
<label class=\"button\">Choose a photo<input type=\"file\" accept=\"image/*\" data-photo=\"choose\"></label>\n\
<button type=\"button\" data-photo=\"delete\" hidden>Delete the photo</button></div>\n\
<p class=\"photo-state\" role=\"status\"></p>\n\
<div class=\"photo-framer\" hidden>\
<canvas width=\"560\" height=\"560\" role=\"img\" aria-label=\"The photo: drag it to put the face in the circle\"></canvas>\n\
<label>Size <input type=\"range\" min=\"1\" max=\"5\" step=\"0.01\" value=\"1\" data-photo=\"zoom\"></label>\n\
<button type=\"button\" data-photo=\"keep\">Keep this photo</button>\n\
<button type=\"button\" data-photo=\"cancel\">Cancel</button></div>\n\
</div>\n",
        key = photo_key(place.index()),
    )
}

/// Deletes the photos kept at places nobody holds now (a grown-up taken out, or a photo
/// taken for someone whose name was then left empty); the places whose photo went.
pub fn forget_at_empty_places(settings: &super::Settings) -> Vec<Place> {
    Place::all()
        .filter(|place| settings.grown_ups.get(*place).is_none())
        .filter(|place| crate::platform::has_photo(&photo_key(place.index())))
        .inspect(|place| crate::platform::delete_photo(&photo_key(place.index())))
        .collect()
}

/// A short line for the form: photos go where the grown-up shows.
pub const HINT: &str = "A photo shows this grown-up as themselves: in peekaboo, in the \
     journey's portraits, on the calendar. It stays on this device.";
