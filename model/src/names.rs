//! Names as the parent types them: trimmed, 1 to 24 characters (as a reader counts them: an
//! emoji made of several code points is one), in any script, emoji allowed. The page draws
//! the names (see `narration`), so whatever the device can show, the game can show.

use unicode_segmentation::UnicodeSegmentation;

/// The longest name the game accepts, in characters as a reader counts them.
pub const MAX_NAME_CHARS: usize = 24;

/// What became of a typed name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameCheck {
    /// Fine as typed (after trimming).
    Ok(String),
    /// Nothing was left after trimming: the default is used, and the form says so.
    EmptyUsedDefault(String),
    /// Too long: cut to the limit, and the form says so.
    Shortened(String),
}

impl NameCheck {
    pub fn name(&self) -> &str {
        match self {
            NameCheck::Ok(name)
            | NameCheck::EmptyUsedDefault(name)
            | NameCheck::Shortened(name) => name,
        }
    }
}

/// The part of `text` a set of fonts can draw: each character a reader sees (an emoji with
/// its skin tone, a letter with its accent) is kept whole when `can_draw` has all of it, and
/// left out otherwise, so a caption never shows boxes. Spaces left over are tidied.
pub fn drawable_part(text: &str, can_draw: impl Fn(char) -> bool) -> String {
    let kept: String = text
        .graphemes(true)
        .map(|cluster| {
            if cluster.chars().all(|c| c.is_whitespace() || can_draw(c)) {
                cluster
            } else {
                " "
            }
        })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How many characters a reader sees in a text.
pub fn visible_length(text: &str) -> usize {
    text.graphemes(true).count()
}

/// Cleans a typed name. Control and formatting characters that would confuse a screen or a
/// voice (tabs, new lines, stray direction marks at the ends) go; letters of every script,
/// emoji with their joiners and spaces between words stay.
pub fn check_name(typed: &str, default: &str) -> NameCheck {
    let cleaned = single_line(typed);
    // Runs of spaces become one, so "Grandma   Jo" reads naturally.
    let mut collapsed = String::with_capacity(cleaned.len());
    for word in cleaned.split(' ').filter(|w| !w.is_empty()) {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    // Trimmed by whole characters as a reader sees them: a variation selector that makes the
    // heart in "Mama ❤️" an emoji belongs to the heart and stays; a lone mark at an end goes.
    let characters: Vec<&str> = collapsed.graphemes(true).collect();
    let blank = |g: &&str| g.chars().all(|c| is_invisible(c) || c == ' ');
    let (Some(first), Some(last)) = (
        characters.iter().position(|g| !blank(g)),
        characters.iter().rposition(|g| !blank(g)),
    ) else {
        return NameCheck::EmptyUsedDefault(default.to_string());
    };
    let trimmed = characters[first..=last].concat();
    let trimmed = trimmed.as_str();
    if visible_length(trimmed) > MAX_NAME_CHARS {
        // Cut between characters as a reader sees them, never inside an emoji or an accent.
        let cut: String = trimmed.graphemes(true).take(MAX_NAME_CHARS).collect();
        return NameCheck::Shortened(cut.trim_end().to_string());
    }
    NameCheck::Ok(trimmed.to_string())
}

/// Typed text as one line: every kind of whitespace becomes a space, control characters go.
pub fn single_line(typed: &str) -> String {
    typed
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect()
}

/// Characters that draw nothing on their own: direction marks, zero-width spaces and joiners,
/// variation selectors. Fine inside a name, meaningless as the whole of one.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_and_emoji_are_kept_as_typed() {
        for name in [
            "Zoë",
            "Мама",
            "Ελένη",
            "Đặng",
            "Abuela María-José",
            "Şükrü",
            "أمي",
            "אמא",
            "奶奶",
            "Nana 👵🏽",
            "👨‍👩‍👧",
            "🇬🇧 Gran",
            // The variation selector (U+FE0F) that makes the heart an emoji stays with it.
            "Mama ❤️",
            "❤️",
        ] {
            assert_eq!(
                check_name(name, "Mummy"),
                NameCheck::Ok(name.to_string()),
                "{name}"
            );
        }
        // Invisible marks at the ends go without a note.
        assert_eq!(check_name("\u{FEFF}Sam", "x"), NameCheck::Ok("Sam".into()));
        assert_eq!(check_name("Sam\u{200F}", "x"), NameCheck::Ok("Sam".into()));
    }

    #[test]
    fn an_emoji_counts_as_one_character_and_is_never_cut_in_half() {
        let family = "👨‍👩‍👧"; // five code points, one picture
        let name = family.repeat(MAX_NAME_CHARS);
        assert_eq!(check_name(&name, "x"), NameCheck::Ok(name.clone()));
        let longer = family.repeat(MAX_NAME_CHARS + 2);
        assert_eq!(check_name(&longer, "x"), NameCheck::Shortened(name));
    }

    #[test]
    fn spaces_are_trimmed_and_collapsed() {
        assert_eq!(
            check_name("  Grandma \t  Jo \n", "x"),
            NameCheck::Ok("Grandma Jo".into())
        );
    }

    #[test]
    fn empty_or_invisible_names_fall_back_to_the_default() {
        for typed in ["", "   ", "\n\t", "\u{200B}\u{200F}", "\u{FE0F}"] {
            let checked = check_name(typed, "Mummy");
            assert_eq!(
                checked,
                NameCheck::EmptyUsedDefault("Mummy".into()),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn long_names_are_cut_at_a_character_boundary() {
        let long = "A\u{30A}".repeat(40); // Å as a letter and a ring: one character each
        let checked = check_name(&long, "x");
        assert_eq!(visible_length(checked.name()), MAX_NAME_CHARS);
        assert!(matches!(checked, NameCheck::Shortened(_)));
        let exactly = "б".repeat(MAX_NAME_CHARS);
        assert_eq!(check_name(&exactly, "x"), NameCheck::Ok(exactly.clone()));
    }

    #[test]
    fn control_characters_never_get_through() {
        let checked = check_name("Mu\u{0007}mmy\u{0000}", "x");
        assert_eq!(checked.name(), "Mummy");
    }

    #[test]
    fn a_caption_keeps_only_what_its_fonts_draw_whole() {
        let latin = |c: char| c.is_ascii() || ('\u{a0}'..='\u{17f}').contains(&c);
        assert_eq!(drawable_part("Nana 👵🏽", latin), "Nana");
        assert_eq!(drawable_part("Zoë", latin), "Zoë");
        assert_eq!(drawable_part("奶奶", latin), "");
        assert_eq!(drawable_part("Grand 🦊 Jo", latin), "Grand Jo");
        // A letter with a mark the font lacks goes whole, not as a bare letter.
        assert_eq!(drawable_part("Ade\u{0301}", latin), "Ad");
    }
}
