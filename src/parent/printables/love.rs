//! The Love Connection page: two open hands with a heart to trace in each palm (the child's
//! and the grown-up's), and below, the journey home to colour: the grown-up walking up the
//! path to the house where the child waits at the door.

use see_you_soon_model::figure::{Build, Gesture, Side};

use see_you_soon_model::lines::{Key, Messages, Value};

use super::{line, outline};
use crate::settings::Settings;
use crate::settings::form::escape;

/// An open hand, palm up, fingers spread, with a dashed heart on the palm to trace; `size` 1 for
/// a grown-up's hand, less for a child's (drawn from the bottom middle).
fn hand_with_heart(x: f32, mirrored: bool, size: f32) -> String {
    let flip = if mirrored {
        format!("translate({} 0) scale(-1 1)", 2.0 * x + 200.0)
    } else {
        String::new()
    };
    let grow = format!(
        "translate({} {}) scale({size})",
        100.0 * (1.0 - size),
        232.0 * (1.0 - size)
    );
    format!(
        "<g transform=\"{flip} {grow}\"><g transform=\"translate({x} 0)\">\
         <path class=\"line\" d=\"M 40 230 C 30 180 30 150 45 120 L 40 60 C 38 45 58 42 61 58 L 70 110 \
         L 72 35 C 72 20 94 20 94 35 L 96 105 L 104 30 C 106 15 127 17 126 32 L 122 108 \
         L 138 50 C 142 36 162 40 159 56 L 146 125 C 165 110 185 118 178 135 C 160 160 150 190 140 230 Z\"/>\
         <path class=\"trace\" d=\"M 95 200 C 60 175 60 145 80 140 C 90 138 95 146 95 152 \
         C 95 146 100 138 110 140 C 130 145 130 175 95 200 Z\"/></g></g>"
    )
}

/// The colouring picture.
fn journey(with_foxes: bool, messages: &Messages) -> String {
    let (grown_up, child) = if with_foxes {
        (Build::FoxMother, Build::FoxCub)
    } else {
        (Build::GrownUp, Build::Child)
    };
    let walker = outline::figure(
        grown_up,
        Gesture::Wave { hand: Side::Right },
        215.0,
        372.0,
        150.0,
    );
    let waiting = outline::figure(
        child,
        Gesture::Wave { hand: Side::Left },
        468.0,
        328.0,
        150.0,
    );
    format!(
        "<svg class=\"colouring\" viewBox=\"0 0 600 420\" role=\"img\" aria-label=\"{label}\">\
         <g class=\"scene\">\
         <circle cx=\"75\" cy=\"70\" r=\"34\"/>\
         <path class=\"line\" d=\"M 75 18 L 75 4 M 75 122 L 75 136 M 23 70 L 9 70 M 127 70 L 141 70 M 38 33 L 28 23 M 112 107 L 122 117 M 38 107 L 28 117 M 112 33 L 122 23\"/>\
         <path d=\"M 190 80 C 185 55 215 45 228 60 C 238 38 272 42 276 64 C 298 60 306 88 286 95 L 200 95 C 184 95 180 84 190 80 Z\"/>\
         <path d=\"M 0 300 C 120 270 240 290 340 300 C 430 308 520 290 600 300 L 600 420 L 0 420 Z\"/>\
         <path d=\"M 60 420 C 140 380 250 360 340 345 C 390 338 430 336 470 334 L 500 336 C 450 345 400 352 350 362 C 260 380 190 400 150 420 Z\"/>\
         <rect x=\"30\" y=\"215\" width=\"26\" height=\"95\" rx=\"6\"/>\
         <circle cx=\"43\" cy=\"190\" r=\"48\"/><circle cx=\"80\" cy=\"215\" r=\"30\"/>\
         <rect x=\"390\" y=\"175\" width=\"170\" height=\"160\" rx=\"10\"/>\
         <path d=\"M 375 185 L 475 105 L 575 185 Z\" stroke-linejoin=\"round\"/>\
         <rect x=\"440\" y=\"240\" width=\"56\" height=\"95\" rx=\"8\"/>\
         <circle cx=\"486\" cy=\"290\" r=\"4\"/>\
         <rect x=\"510\" y=\"205\" width=\"36\" height=\"36\" rx=\"4\"/>\
         <path class=\"line\" d=\"M 528 205 L 528 241 M 510 223 L 546 223\"/>\
         <path d=\"M 330 150 C 316 138 312 124 322 118 C 330 113 336 119 338 124 C 340 119 346 113 354 118 C 364 124 360 138 346 150 L 338 157 Z\"/>\
         <circle cx=\"120\" cy=\"330\" r=\"7\"/><circle cx=\"560\" cy=\"360\" r=\"7\"/><circle cx=\"300\" cy=\"395\" r=\"7\"/>\
         </g>{walker}{waiting}</svg>",
        label = line(messages, Key::FormPrintLovePicture, &[]),
    )
}

pub fn html(settings: &Settings, messages: &Messages) -> String {
    let child = escape(&settings.child_name);
    let grown_up = escape(&settings.grown_up().name);
    let foxes = matches!(settings.journey_theme, crate::settings::JourneyTheme::Foxes);
    let names = [
        ("child", Value::Text(&settings.child_name)),
        ("grownup", Value::Text(&settings.grown_up().name)),
    ];
    let hand = |who: &str| {
        line(
            messages,
            Key::FormPrintLoveHand,
            &[("who", Value::Text(who))],
        )
    };
    format!(
        r#"<article class="sheet love-page">
<h1>{title}</h1>
<p class="sub">{how}</p>
<div class="hands">
<figure><svg viewBox="0 0 220 240" role="img" aria-label="{child_hand}">{left}</svg><figcaption>{child}</figcaption></figure>
<figure><svg viewBox="0 0 220 240" role="img" aria-label="{grown_up_hand}">{right}</svg><figcaption>{grown_up}</figcaption></figure>
</div>
<h2>{colour}</h2>
{journey}
</article>"#,
        left = hand_with_heart(10.0, false, 0.72),
        right = hand_with_heart(10.0, true, 1.0),
        journey = journey(foxes, messages),
        title = line(messages, Key::FormPrintLoveTitle, &names),
        how = line(messages, Key::FormPrintLoveHow, &names),
        child_hand = hand(&settings.child_name),
        grown_up_hand = hand(&settings.grown_up().name),
        colour = line(messages, Key::FormPrintLoveColour, &names),
    )
}
