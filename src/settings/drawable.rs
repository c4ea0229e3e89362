//! Which characters the game can draw: the code points of its font
//! (`assets/fonts/NotoSans-Bold-subset.ttf`: Latin, Greek, Cyrillic and common punctuation).
//!
//! Names and lines are kept to these, so the game never shows an empty box where a name
//! should be. A unit test checks this table against the font file, so the two cannot drift.

/// Inclusive ranges of code points with a glyph, in order.
const DRAWABLE: &[(u32, u32)] = &[
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x0259, 0x0259),
    (0x02B0, 0x0377),
    (0x037A, 0x037F),
    (0x0384, 0x038A),
    (0x038C, 0x038C),
    (0x038E, 0x03A1),
    (0x03A3, 0x03E1),
    (0x03F0, 0x052F),
    (0x1E00, 0x1EFF),
    (0x2000, 0x2064),
    (0x2066, 0x206F),
    (0x20A0, 0x20BF),
    (0x2100, 0x214F),
    (0x25CC, 0x25CC),
    (0xFB00, 0xFB06),
    (0xFFFD, 0xFFFD),
];

/// True if the game's font has a glyph for `c`.
pub fn can_draw(c: char) -> bool {
    let code = u32::from(c);
    DRAWABLE
        .binary_search_by(|&(start, end)| {
            if end < code {
                std::cmp::Ordering::Less
            } else if start > code {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Splits typed text into what the game can draw and what it cannot (in the order typed).
/// Variation selectors that only dressed a left-out emoji go with it.
pub fn split_drawable(text: &str) -> (String, String) {
    let mut kept = String::with_capacity(text.len());
    let mut left_out = String::new();
    for c in text.chars() {
        if can_draw(c) {
            kept.push(c);
        } else if !matches!(c, '\u{FE00}'..='\u{FE0F}') {
            left_out.push(c);
        }
    }
    (kept, left_out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use skrifa::{FontRef, MetadataProvider};

    #[test]
    fn the_table_is_the_fonts_own() {
        let bytes = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets")
                .join(crate::assets::paths::FONT),
        )
        .unwrap();
        let font = FontRef::new(&bytes).expect("the font parses");
        let charmap = font.charmap();
        for code in 0..=0x2_FFFFu32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            assert_eq!(
                can_draw(c),
                charmap.map(c).is_some(),
                "U+{code:04X} disagrees with the font"
            );
        }
    }

    #[test]
    fn emoji_and_scripts_without_glyphs_are_set_aside() {
        assert_eq!(
            split_drawable("Бабушка 👵🏽"),
            ("Бабушка ".to_string(), "👵🏽".to_string())
        );
        assert_eq!(split_drawable("Zoë"), ("Zoë".to_string(), String::new()));
        assert_eq!(split_drawable("אמא"), (String::new(), "אמא".to_string()));
        assert_eq!(
            split_drawable("❤\u{FE0F} Nana"),
            (" Nana".to_string(), "❤".to_string())
        );
    }
}
