//! The parental gate's rules: a two-digit number written in words ("seventy-four") to be keyed
//! in on a number pad. Reading the words needs an adult; a random tapper has one chance in a
//! hundred per try, and three wrong tries in a row lock the gate for a minute.

mod number_words;

pub use number_words::number_words;

use crate::lines::Language;

/// Wrong answers in a row before the gate locks.
pub const WRONG_BEFORE_LOCK: u32 = 3;
/// How long the gate stays locked, in seconds.
pub const LOCK_SECONDS: f64 = 60.0;

/// A tiny xorshift generator: enough to draw numbers, no dependency needed.
#[derive(Debug, Clone)]
pub struct Dice(u64);

impl Dice {
    pub fn new(seed: u64) -> Self {
        Self(seed | 1)
    }

    pub fn below(&mut self, n: u32) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % u64::from(n.max(1))) as u32
    }
}

/// One challenge: the number to key in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    pub answer: u32,
    typed: Vec<u32>,
}

/// What a key press did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyResult {
    /// Keep going: more digits are needed.
    More,
    Right,
    Wrong,
}

impl Challenge {
    /// A fresh number from 21 to 99 that is not a multiple of ten and has two different
    /// digits, so it always takes two deliberate presses.
    pub fn draw(dice: &mut Dice) -> Self {
        loop {
            let answer = 21 + dice.below(79);
            if !answer.is_multiple_of(10) && answer / 10 != answer % 10 {
                return Self {
                    answer,
                    typed: Vec::new(),
                };
            }
        }
    }

    /// The number in words, as the grown-up reads them in `language`.
    pub fn words(&self, language: Language) -> String {
        number_words(language, self.answer)
    }

    /// The digits keyed so far.
    pub fn typed(&self) -> &[u32] {
        &self.typed
    }

    /// A digit key. Wrong is known only once both digits are in.
    pub fn press(&mut self, digit: u32) -> KeyResult {
        self.typed.push(digit.min(9));
        if self.typed.len() < 2 {
            return KeyResult::More;
        }
        if self.typed[0] * 10 + self.typed[1] == self.answer {
            KeyResult::Right
        } else {
            KeyResult::Wrong
        }
    }
}

/// Counts wrong answers and keeps the lock. Times are seconds on any steady clock.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GateGuard {
    wrong_in_a_row: u32,
    locked_until: Option<f64>,
}

impl GateGuard {
    /// Seconds left on the lock, if locked.
    pub fn locked_for(&self, now: f64) -> Option<f64> {
        self.locked_until
            .map(|until| until - now)
            .filter(|left| *left > 0.0)
    }

    pub fn answered(&mut self, right: bool, now: f64) {
        if right {
            *self = Self::default();
            return;
        }
        self.wrong_in_a_row += 1;
        if self.wrong_in_a_row >= WRONG_BEFORE_LOCK {
            self.wrong_in_a_row = 0;
            self.locked_until = Some(now + LOCK_SECONDS);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_are_fresh_two_digit_numbers_with_different_digits() {
        let mut dice = Dice::new(3);
        let answers: Vec<u32> = (0..200)
            .map(|_| Challenge::draw(&mut dice).answer)
            .collect();
        assert!(
            answers
                .iter()
                .all(|a| (21..=99).contains(a) && a % 10 != 0 && a / 10 != a % 10)
        );
        let distinct: std::collections::HashSet<_> = answers.iter().collect();
        assert!(distinct.len() > 40, "varied: {}", distinct.len());
    }

    #[test]
    fn the_right_digits_open_and_others_do_not() {
        let mut challenge = Challenge::draw(&mut Dice::new(9));
        let (tens, ones) = (challenge.answer / 10, challenge.answer % 10);
        assert_eq!(challenge.press(tens), KeyResult::More);
        assert_eq!(challenge.press(ones), KeyResult::Right);
        let mut again = Challenge::draw(&mut Dice::new(9));
        assert_eq!(again.press(ones), KeyResult::More);
        assert_eq!(again.press(tens), KeyResult::Wrong, "digits reversed");
    }

    #[test]
    fn three_wrong_answers_lock_for_a_minute_and_a_right_one_clears() {
        let mut guard = GateGuard::default();
        guard.answered(false, 0.0);
        guard.answered(false, 1.0);
        assert_eq!(guard.locked_for(1.0), None);
        guard.answered(false, 2.0);
        assert_eq!(guard.locked_for(2.0), Some(LOCK_SECONDS));
        assert!(guard.locked_for(61.0).is_some());
        assert_eq!(guard.locked_for(62.5), None);
        guard.answered(false, 70.0);
        guard.answered(true, 71.0);
        assert_eq!(guard, GateGuard::default());
    }

    /// A random tapper on the pad: about one try in a hundred gets through, never more than a
    /// few per cent even with luck.
    #[test]
    fn random_key_mashing_rarely_gets_through() {
        let mut dice = Dice::new(42);
        let mut tapper = Dice::new(7);
        let tries = 10_000;
        let mut passed = 0;
        for _ in 0..tries {
            let mut challenge = Challenge::draw(&mut dice);
            loop {
                match challenge.press(tapper.below(10)) {
                    KeyResult::More => continue,
                    KeyResult::Right => {
                        passed += 1;
                        break;
                    }
                    KeyResult::Wrong => break,
                }
            }
        }
        assert!(passed < tries / 50, "{passed} of {tries}");
    }
}
