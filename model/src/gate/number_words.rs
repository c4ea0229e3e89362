//! The gate's number, 21 to 99, in words in each language the game speaks: the grown-up reads
//! it in their own language (a parent who reads no English must still get in, if only to
//! change the language).

use crate::lines::Language;

/// `n` in words in `language`; as digits outside 20 to 99, which the gate never draws.
pub fn number_words(language: Language, n: u32) -> String {
    if !(20..=99).contains(&n) {
        return n.to_string();
    }
    let (tens, ones) = ((n / 10) as usize, (n % 10) as usize);
    match language.code {
        "es" => spanish(tens, ones),
        "fr" => french(tens, ones),
        "de" => german(tens, ones),
        "ru" => russian(tens, ones),
        "pt" => portuguese(tens, ones),
        "ar" => arabic(tens, ones),
        "zh" => chinese(tens, ones),
        _ => english(tens, ones),
    }
}

/// Tens and ones joined the plain way: the tens alone, or both with `joiner` between.
fn joined(tens: &str, joiner: &str, ones: &str) -> String {
    if ones.is_empty() {
        tens.to_string()
    } else {
        format!("{tens}{joiner}{ones}")
    }
}

/// "seventy-four", British and American alike.
fn english(tens: usize, ones: usize) -> String {
    const TENS: [&str; 10] = [
        "", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    const ONES: [&str; 10] = [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    joined(TENS[tens], "-", ONES[ones])
}

/// "setenta y cuatro"; the twenties are one word, "veinticuatro".
fn spanish(tens: usize, ones: usize) -> String {
    const TWENTIES: [&str; 10] = [
        "veinte",
        "veintiuno",
        "veintidós",
        "veintitrés",
        "veinticuatro",
        "veinticinco",
        "veintiséis",
        "veintisiete",
        "veintiocho",
        "veintinueve",
    ];
    const TENS: [&str; 10] = [
        "",
        "diez",
        "veinte",
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
    ];
    const ONES: [&str; 10] = [
        "", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
    ];
    if tens == 2 {
        TWENTIES[ones].to_string()
    } else {
        joined(TENS[tens], " y ", ONES[ones])
    }
}

/// "soixante-quatorze", "quatre-vingt-onze", "trente et un".
fn french(tens: usize, ones: usize) -> String {
    const TENS: [&str; 7] = [
        "",
        "dix",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
    ];
    const ONES: [&str; 10] = [
        "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
    ];
    const TEENS: [&str; 10] = [
        "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
        "dix-neuf",
    ];
    match (tens, ones) {
        (2..=6, 1) => format!("{} et un", TENS[tens]),
        (2..=6, _) => joined(TENS[tens], "-", ONES[ones]),
        (7, 1) => "soixante et onze".to_string(),
        (7, _) => format!("soixante-{}", TEENS[ones]),
        (8, 0) => "quatre-vingts".to_string(),
        (8, _) => format!("quatre-vingt-{}", ONES[ones]),
        _ => format!("quatre-vingt-{}", TEENS[ones]),
    }
}

/// "vierundsiebzig": the ones first, in one word.
fn german(tens: usize, ones: usize) -> String {
    const TENS: [&str; 10] = [
        "", "zehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig",
    ];
    const ONES: [&str; 10] = [
        "", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
    ];
    if ones == 0 {
        TENS[tens].to_string()
    } else {
        format!("{}und{}", ONES[ones], TENS[tens])
    }
}

/// "семьдесят четыре".
fn russian(tens: usize, ones: usize) -> String {
    const TENS: [&str; 10] = [
        "",
        "десять",
        "двадцать",
        "тридцать",
        "сорок",
        "пятьдесят",
        "шестьдесят",
        "семьдесят",
        "восемьдесят",
        "девяносто",
    ];
    const ONES: [&str; 10] = [
        "",
        "один",
        "два",
        "три",
        "четыре",
        "пять",
        "шесть",
        "семь",
        "восемь",
        "девять",
    ];
    joined(TENS[tens], " ", ONES[ones])
}

/// "setenta e quatro".
fn portuguese(tens: usize, ones: usize) -> String {
    const TENS: [&str; 10] = [
        "",
        "dez",
        "vinte",
        "trinta",
        "quarenta",
        "cinquenta",
        "sessenta",
        "setenta",
        "oitenta",
        "noventa",
    ];
    const ONES: [&str; 10] = [
        "", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove",
    ];
    joined(TENS[tens], " e ", ONES[ones])
}

/// "أربعة وسبعون": the ones first, joined by "and".
fn arabic(tens: usize, ones: usize) -> String {
    const TENS: [&str; 10] = [
        "",
        "عشرة",
        "عشرون",
        "ثلاثون",
        "أربعون",
        "خمسون",
        "ستون",
        "سبعون",
        "ثمانون",
        "تسعون",
    ];
    const ONES: [&str; 10] = [
        "",
        "واحد",
        "اثنان",
        "ثلاثة",
        "أربعة",
        "خمسة",
        "ستة",
        "سبعة",
        "ثمانية",
        "تسعة",
    ];
    if ones == 0 {
        TENS[tens].to_string()
    } else {
        format!("{} و{}", ONES[ones], TENS[tens])
    }
}

/// "七十四": the tens' digit, ten, the ones' digit.
fn chinese(tens: usize, ones: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    format!("{}十{}", DIGITS[tens], DIGITS[ones])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::{LANGUAGES, pick_language};

    fn words(code: &str, n: u32) -> String {
        number_words(pick_language(Some(code), &[]), n)
    }

    #[test]
    fn numbers_read_as_words_in_each_language() {
        assert_eq!(words("en", 74), "seventy-four");
        assert_eq!(words("en", 21), "twenty-one");
        assert_eq!(words("en", 40), "forty");
        assert_eq!(words("es", 74), "setenta y cuatro");
        assert_eq!(words("es", 26), "veintiséis");
        assert_eq!(words("fr", 21), "vingt et un");
        assert_eq!(words("fr", 71), "soixante et onze");
        assert_eq!(words("fr", 74), "soixante-quatorze");
        assert_eq!(words("fr", 80), "quatre-vingts");
        assert_eq!(words("fr", 81), "quatre-vingt-un");
        assert_eq!(words("fr", 97), "quatre-vingt-dix-sept");
        assert_eq!(words("de", 74), "vierundsiebzig");
        assert_eq!(words("de", 31), "einunddreißig");
        assert_eq!(words("ru", 74), "семьдесят четыре");
        assert_eq!(words("ru", 40), "сорок");
        assert_eq!(words("pt", 74), "setenta e quatro");
        assert_eq!(words("ar", 74), "أربعة وسبعون");
        assert_eq!(words("ar", 30), "ثلاثون");
        assert_eq!(words("zh", 74), "七十四");
        assert_eq!(words("zh", 90), "九十");
    }

    /// Every number the gate can draw has words in every language, and no two numbers share
    /// them: the words alone say which keys to press.
    #[test]
    fn each_number_has_its_own_words_in_every_language() {
        for language in LANGUAGES {
            let all: Vec<String> = (21..=99).map(|n| number_words(language, n)).collect();
            assert!(
                all.iter()
                    .all(|w| !w.is_empty() && !w.contains(char::is_numeric))
            );
            let distinct: std::collections::HashSet<_> = all.iter().collect();
            assert_eq!(distinct.len(), all.len(), "{}", language.code);
        }
    }
}
