//! The session's play time against the length the parent chose, in plain numbers: only the
//! time the game says counts (in a game, with the tab visible) brings the end, and it comes
//! once.

/// Play time against the session length, in plain numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionClock {
    played: f32,
    length: f32,
    ended: bool,
}

impl SessionClock {
    pub fn new(length_seconds: f32) -> Self {
        Self {
            played: 0.0,
            length: length_seconds.max(1.0),
            ended: false,
        }
    }

    /// Counts `seconds` if `counting`; true exactly once, when the time runs out.
    pub fn tick(&mut self, seconds: f32, counting: bool) -> bool {
        if !counting || self.ended {
            return false;
        }
        self.played += seconds.max(0.0);
        if self.played >= self.length {
            self.ended = true;
            return true;
        }
        false
    }

    /// The parent changed the length: the time already played still counts.
    pub fn set_length(&mut self, length_seconds: f32) {
        self.length = length_seconds.max(1.0);
    }

    pub fn is_over(&self) -> bool {
        self.ended
    }

    pub fn played(&self) -> f32 {
        self.played
    }

    pub fn remaining(&self) -> f32 {
        (self.length - self.played).max(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_counted_time_brings_the_end_and_only_once() {
        let mut clock = SessionClock::new(180.0);
        assert!(
            !clock.tick(500.0, false),
            "Home and hidden tabs do not count"
        );
        assert_eq!(clock.played(), 0.0);
        assert!(!clock.tick(179.0, true));
        assert!(clock.tick(1.0, true));
        assert!(clock.is_over());
        assert!(!clock.tick(10.0, true), "the end comes once");
    }

    #[test]
    fn a_new_length_keeps_the_time_played() {
        let mut clock = SessionClock::new(600.0);
        clock.tick(200.0, true);
        clock.set_length(180.0);
        assert!(clock.tick(0.1, true), "already past three minutes");
        let mut shorter = SessionClock::new(-5.0);
        assert!(shorter.tick(1.0, true), "a nonsense length still ends");
    }

    #[test]
    fn negative_frames_do_not_rewind() {
        let mut clock = SessionClock::new(60.0);
        clock.tick(30.0, true);
        clock.tick(-100.0, true);
        assert_eq!(clock.played(), 30.0);
        assert_eq!(clock.remaining(), 30.0);
    }
}
