//! Names as the parent types them: trimmed, 1 to 24 characters, in any script the game can
//! draw (see [`super::drawable`]); what it cannot draw is left out, and the parent is told.

use super::drawable::split_drawable;

/// The longest name the game accepts, in characters.
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
    /// Some characters (an emoji, a script the game's font lacks) cannot be drawn: they are
    /// left out (the default is used if nothing is left), and the form says which.
    LeftOut { name: String, left_out: String },
}

impl NameCheck {
    pub fn name(&self) -> &str {
        match self {
            NameCheck::Ok(name)
            | NameCheck::EmptyUsedDefault(name)
            | NameCheck::Shortened(name)
            | NameCheck::LeftOut { name, .. } => name,
        }
    }

    /// A plain sentence for the parent, or `None` when the name was fine.
    pub fn note(&self, field: &str) -> Option<String> {
        match self {
            NameCheck::Ok(_) => None,
            NameCheck::EmptyUsedDefault(name) => Some(format!(
                "{field} was empty, so the game will say \u{201c}{name}\u{201d}."
            )),
            NameCheck::Shortened(name) => Some(format!(
                "{field} is limited to {MAX_NAME_CHARS} characters: \u{201c}{name}\u{201d}."
            )),
            NameCheck::LeftOut { name, left_out } => Some(format!(
                "{field}: the game cannot draw \u{201c}{left_out}\u{201d} yet (emoji, and \
                 scripts other than Latin, Greek and Cyrillic), so it will say \
                 \u{201c}{name}\u{201d}."
            )),
        }
    }
}

/// Cleans a typed name. Control and formatting characters that would confuse a screen or a
/// voice (tabs, new lines, stray direction marks at the ends) go; letters of every script,
/// joiners inside emoji and spaces between words stay.
pub fn check_name(typed: &str, default: &str) -> NameCheck {
    let (drawable, left_out) = split_drawable(&single_line(typed));
    let left_out: String = left_out.chars().filter(|c| !is_invisible(*c)).collect();
    let checked = check_drawable_name(&drawable, default);
    if left_out.trim().is_empty() {
        checked
    } else {
        NameCheck::LeftOut {
            name: checked.name().to_string(),
            left_out,
        }
    }
}

/// The checks on a name that is already one line of drawable characters.
fn check_drawable_name(cleaned: &str, default: &str) -> NameCheck {
    // Runs of spaces become one, so "Grandma   Jo" reads naturally.
    let mut collapsed = String::with_capacity(cleaned.len());
    for word in cleaned.split(' ').filter(|w| !w.is_empty()) {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    let trimmed = collapsed.trim_matches(|c: char| is_invisible(c) || c == ' ');
    if !trimmed.chars().any(|c| !is_invisible(c)) {
        return NameCheck::EmptyUsedDefault(default.to_string());
    }
    if trimmed.chars().count() > MAX_NAME_CHARS {
        let cut: String = trimmed.chars().take(MAX_NAME_CHARS).collect();
        return NameCheck::Shortened(cut.trim_end().to_string());
    }
    NameCheck::Ok(trimmed.to_string())
}

/// Typed text as one line: every kind of whitespace becomes a space, control characters go.
pub(super) fn single_line(typed: &str) -> String {
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
    fn names_the_game_can_draw_are_kept_as_typed() {
        for name in ["Zoë", "Мама", "Ελένη", "Đặng", "Abuela María-José", "Şükrü"]
        {
            assert_eq!(
                check_name(name, "Mummy"),
                NameCheck::Ok(name.to_string()),
                "{name}"
            );
        }
    }

    #[test]
    fn what_the_game_cannot_draw_is_left_out_and_said() {
        let checked = check_name("Nana 👵🏽", "Mummy");
        assert_eq!(
            checked,
            NameCheck::LeftOut {
                name: "Nana".into(),
                left_out: "👵🏽".into()
            }
        );
        let note = checked.note("The grown-up's name").unwrap();
        assert!(note.contains("👵🏽") && note.contains("“Nana”"), "{note}");
        // Nothing drawable left: the default, and the note names what was left out.
        for typed in ["أمي", "אמא", "奶奶", "👨‍👩‍👧"] {
            let checked = check_name(typed, "Mummy");
            assert_eq!(checked.name(), "Mummy", "{typed}");
            assert!(checked.note("Name").unwrap().contains("Mummy"));
        }
        // Invisible marks alone are not worth a note.
        assert_eq!(check_name("\u{FEFF}Sam", "x"), NameCheck::Ok("Sam".into()));
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
            assert!(
                checked
                    .note("The grown-up's name")
                    .unwrap()
                    .contains("Mummy")
            );
        }
    }

    #[test]
    fn long_names_are_cut_at_a_character_boundary() {
        let long = "Å".repeat(40);
        let checked = check_name(&long, "x");
        assert_eq!(checked.name().chars().count(), MAX_NAME_CHARS);
        assert!(matches!(checked, NameCheck::Shortened(_)));
        assert!(checked.note("Name").is_some());
        let exactly = "б".repeat(MAX_NAME_CHARS);
        assert_eq!(check_name(&exactly, "x"), NameCheck::Ok(exactly.clone()));
    }

    #[test]
    fn control_characters_never_get_through() {
        let checked = check_name("Mu\u{0007}mmy\u{0000}", "x");
        assert_eq!(checked.name(), "Mummy");
    }
}
