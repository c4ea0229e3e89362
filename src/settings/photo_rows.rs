//! A photo in the parent area (each grown-up's, and the child's): take one or choose one, frame
//! the face in a circle, keep it or delete it. `web/photo.js` runs the row; the photo stays on
//! this device.

use see_you_soon_model::lines::{Key, Messages};

use super::Place;
use super::form::escape;
use crate::platform::page::{CHILD_PHOTO_KEY, photo_key};

/// The photo row of the grown-up at `place`, inside their part of the form.
pub fn grown_up_row(place: Place, messages: &Messages) -> String {
    row(&photo_key(place.index()), messages)
}

/// The child's photo row, under the child's name.
pub fn child_row(messages: &Messages) -> String {
    row(CHILD_PHOTO_KEY, messages)
}

/// A photo row for the photo kept under `key`.
fn row(key: &str, messages: &Messages) -> String {
    let text = |key| escape(&messages.text(key));
    format!(
        "<div class=\"photo-row\" data-photo-key=\"{key}\">\n\
<canvas class=\"photo-preview\" width=\"192\" height=\"192\" aria-hidden=\"true\"></canvas>\n\
<div class=\"photo-actions\">\
<label class=\"button\">{take}<input type=\"file\" accept=\"image/*\" capture=\"user\" data-photo=\"take\"></label>\n\
<label class=\"button\">{choose}<input type=\"file\" accept=\"image/*\" data-photo=\"choose\"></label>\n\
<button type=\"button\" data-photo=\"delete\" hidden>{delete}</button></div>\n\
<p class=\"photo-state\" role=\"status\"></p>\n\
<div class=\"photo-framer\" hidden>\
<canvas width=\"560\" height=\"560\" role=\"img\" aria-label=\"{framer}\"></canvas>\n\
<label>{size} <input type=\"range\" min=\"1\" max=\"5\" step=\"0.01\" value=\"1\" data-photo=\"zoom\"></label>\n\
<button type=\"button\" data-photo=\"keep\">{keep}</button>\n\
<button type=\"button\" data-photo=\"cancel\">{cancel}</button></div>\n\
</div>\n",
        key = escape(key),
        take = text(Key::FormTakePhoto),
        choose = text(Key::FormChoosePhoto),
        delete = text(Key::FormDeletePhoto),
        framer = text(Key::FormPhotoFramer),
        size = text(Key::FormPhotoSize),
        keep = text(Key::FormKeepPhoto),
        cancel = text(Key::FormCancel),
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
