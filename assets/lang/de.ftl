# See You Soon: every line the game says and shows, in German (du).
#
# Lines are spoken to a child of one to five, usually on a grown-up's lap: warm, short, the way
# a parent talks to a three-year-old. Names are typed by the family in any script; put them
# where a name can stand as typed (no endings, no article added to it).
# Every language has every message here, with the same placeholders (the build checks).

## Home and the end of a session. $grownup is the grown-up's name as the family typed it ("Mama", "Oma", "Zoé"); $child the child's.

tap-to-start = Antippen – los geht's!
what-shall-we-play = Was spielen wir heute?
who-will-hide = Wer versteckt sich?
all-done = Alles geschafft – jetzt spielst du mit { $grownup } zusammen!

## The cards on Home, under their pictures: a word or two each.

card-peekaboo = Kuckuck!
card-journey = Nach Hause
card-my-turn = Jetzt gehe ich
card-calendar = Unsere Woche
card-morning = Tschüss üben

## Peekaboo. $who is the grown-up hiding, or the toy (teddy, duck): keep it where a name can stand unchanged.

teddy = Teddy
duck = Entchen
peekaboo-here = Hier ist { $who }!
peekaboo-where = Wo ist { $who }?
peekaboo-watch-cups = Schau { $who } gut zu! Wohin geht { $who }?
peekaboo-peeking-out = Guck mal! { $who } schaut raus!
peekaboo-not-in-there = Nicht da drin! Wo ist { $who }?
peekaboo-back = Kuckuck! { $who } ist wieder da!
peekaboo-toy-found = Da ist { $who }! Kuckuck!
peekaboo-bye-bye = Tschüss, { $who }! Bis später!

## The journey: the goodbye. $promise is the family's return anchor ("nach dem Mittagsschlaf"): it completes "Ich komme … wieder".

ask-hug = Drück { $grownup } ganz fest!
ask-kiss = Gib { $grownup } ein Küsschen!
ask-wave = Wink { $grownup } zum Abschied!
hugged = Ganz fest gedrückt!
kissed = Schmatz! Ein Küsschen in deine Hand, zum Behalten!
waved = Winke, winke, { $grownup }!
farewell = Bis später, { $child }! Ich komme { $promise } wieder.

## While the grown-up is away: the child paints.

away-people = { $grownup } ist bei der Arbeit, am großen Fenster. { $child } malt ein Bild für { $grownup }.
away-foxes = { $grownup } sucht Beeren auf der Wiese. { $child } malt ein Bild für { $grownup }.
paint-yellow = Gelb!
paint-blue = Blau!
paint-green = Grün!
paint-pink = Rosa!
lovely = Wie schön!

## The way home, in the town (people) and in the forest (a fox family). Each stop has a line, and a line once the child has helped.

time-to-go-home = Jetzt geht's nach Hause! { $grownup } kommt zurück zu { $child }!
people-leaving = { $grownup } geht jetzt von der Arbeit los.
people-leaving-helped = Tschüss, Arbeit! { $grownup } kommt nach Hause!
people-waiting = { $grownup } wartet auf den Bus.
people-waiting-helped = Da kommt der Bus!
people-riding = { $grownup } sitzt im Bus!
people-riding-helped = Die Ampel ist grün! Weiter geht's!
people-park = { $grownup } geht durch den Park.
people-park-helped = Quak! Die Enten sagen danke!
people-street = { $grownup } ist schon in unserer Straße!
people-street-helped = Eine Blume für { $child }!
people-door = { $grownup } ist fast an der Tür!
people-door-helped = Du hast { $grownup } ein Küsschen zugeworfen!
foxes-leaving = { $grownup } läuft jetzt von der Wiese los.
foxes-leaving-helped = Beeren für die Fuchskinder!
foxes-waiting = { $grownup } ist am Bach.
foxes-waiting-helped = Hopp, hopp, über die Steine!
foxes-riding = { $grownup } rennt durch den Wald!
foxes-riding-helped = Schuhu! Hallo, Eule!
foxes-park = { $grownup } ist am großen Baumstamm.
foxes-park-helped = Hopp! Über den Baumstamm!
foxes-street = { $grownup } ist auf dem Pilzweg.
foxes-street-helped = Eine Blume für { $child }!
foxes-door = { $grownup } ist fast am Fuchsbau!
foxes-door-helped = Du hast { $grownup } ein Küsschen zugeworfen!
clock-at-the-heart = Wenn der große Zeiger beim Herzen ist, ist { $grownup } wieder zu Hause.

## The child's turn: the child goes to school (Kita) and comes home to the grown-up.

child-farewell = Einen schönen Tag in der Kita, { $child }! Ich bin hier, wenn du nach Hause kommst.
away-child = { $child } ist in der Kita und malt ein Bild. { $grownup } ist zu Hause und wartet.
child-clock-at-the-heart = Wenn der große Zeiger beim Herzen ist, geht { $child } nach Hause.
child-time-to-go-home = Jetzt geht's nach Hause! { $child } geht zurück zu { $grownup }!
child-leaving = { $child } geht jetzt von der Kita los.
child-leaving-helped = Tschüss, Kita! { $child } geht nach Hause!
child-waiting = { $child } wartet auf den Bus.
child-riding = { $child } sitzt im Bus!
child-park = { $child } geht durch den Park.
child-street = { $child } ist schon in unserer Straße!
child-street-helped = Eine Blume für { $grownup }!
child-door = { $child } ist fast an der Tür!
child-is-home = Da ist ja { $child }! { $grownup } freut sich so, dass du wieder da bist!

## The reunion at the door.

who-is-at-the-door = Klopf, klopf! Wer ist denn da an der Tür?
knock-knock = Klopf, klopf!
its-the-grown-up = Da ist { $grownup }! { $grownup } ist wieder zu Hause!
ask-welcome-hug = Drück { $grownup } ganz fest!
welcome-hugged = Willkommen zu Hause! Ganz fest gedrückt!
beautiful-picture = Was für ein schönes Bild, { $child }!
i-missed-you = Ich hab dich vermisst, { $child }!
see-you-next-time = Bis zum nächsten Mal, { $child }!

## The morning goodbye practice. $meanwhile is what the child will do today, as the parent typed it ("malen, mit deinen Freunden spielen …"): it completes "Solange ich weg bin, wirst du …".

morning-hug = Jetzt sagen wir Tschüss! Zuerst drückst du { $grownup } ganz fest!
morning-promise = Ich komme { $promise } wieder, { $child }. Ich komme immer wieder.
morning-meanwhile = Solange ich weg bin, wirst du { $meanwhile }.
morning-love = Drück auf das Herz auf deiner Hand, dann spürt { $grownup } deine Liebe!
morning-see-you-soon = Bis später, { $child }! Tschüss!

## The Love Connection (a heart drawn on the child's hand) and the Kissing Hand (a kiss kept in the palm).

love-drawing = { $grownup } malt dir ein Herz auf die Hand: eure Herzverbindung! Tipp, tipp, tipp!
love-heart-drawn = Ein Herz! Drück drauf und schick { $grownup } ganz viel Liebe.
love-zapped = Bsssss! { $grownup } hat deine Liebe gespürt!
love-sent-back = { $grownup } schickt { $child } ganz viel Liebe zurück!
kiss-in-your-hand = Schmatz! Ein Küsschen von { $grownup }. Ich hab dich lieb, { $child }!

## The week calendar. $who is whoever picks the child up; $day a weekday's name (one of the
## messages below); $count a number of sleeps (nights) to wait, from 1 to 7.

calendar-school-today = Heute ist Kita-Tag. { $who } holt dich { $promise } ab.
calendar-home-today = Heute ist Zuhause-Tag – mit { $grownup }!
sleeps-until-home-day = { $count ->
    [one] Noch einmal schlafen, dann ist Zuhause-Tag.
   *[other] Noch { $count } Mal schlafen, dann ist Zuhause-Tag.
}
sleeps-until-school-day = { $count ->
    [one] Noch einmal schlafen, dann ist Kita-Tag.
   *[other] Noch { $count } Mal schlafen, dann ist Kita-Tag.
}
calendar-school-day = { $day } ist Kita-Tag. { $who } holt dich ab.
calendar-home-day = { $day } ist Zuhause-Tag.
monday = Montag
tuesday = Dienstag
wednesday = Mittwoch
thursday = Donnerstag
friday = Freitag
saturday = Samstag
sunday = Sonntag
# Under each day of the week, on a small tile: as short as the language writes it.
monday-short = Mo
tuesday-short = Di
wednesday-short = Mi
thursday-short = Do
friday-short = Fr
saturday-short = Sa
sunday-short = So

## What the grown-up says in their own voice when they record a line the narrator says about
## them ("Kuckuck! Mama ist wieder da!" is recorded as "Kuckuck!").

own-peekaboo-back = Kuckuck!
own-time-to-go-home = Ich komme nach Hause!
own-its-the-grown-up = Ich bin's! Ich bin wieder da!
own-kiss-in-your-hand = Schmatz! Ich hab dich lieb!
own-love-sent-back = Ich hab dich auch lieb, { $child }!

## Said instead of a name that has nothing a voice can say (a name that is only emoji).

spoken-grown-up = Mama oder Papa
spoken-child = Schatz

## On the screen for the grown-up: the corner that leads to the parent area.

for-grown-ups = Für Erwachsene
gate-key-in = Für Erwachsene: Tippen Sie
gate-locked = Nach drei falschen Antworten ist der Bereich für Erwachsene eine Minute lang gesperrt. Versuchen Sie es in { $count } Sekunden noch einmal.

## The return anchors a parent picks from; each completes "Ich komme … wieder" (farewell,
## morning-promise) and "… holt dich … ab" (calendar-school-today).

anchor-after-nap = nach dem Mittagsschlaf
anchor-after-snack = nach dem Snack
anchor-after-lunch = nach dem Mittagessen

## What a family starts with before typing its own. The reunion line is said by the grown-up
## at the door; default-meanwhile completes "Solange ich weg bin, wirst du …" (morning-meanwhile).

default-meanwhile = malen, mit deinen Freunden spielen und was Leckeres essen
default-reunion-line = Ich komme immer zu dir zurück
default-child-name = Mia
# The grown-up names offered as one-tap choices, separated by commas; the first is the one a
# new family starts with. What a small child calls a parent or grandparent in this language.
grown-up-presets = Mama, Papa, Oma, Opa, Mami, Papi

## The parent area's settings form, read by the grown-up (adult words, short). A line that
## names something in the game keeps the game's words for it.

form-how-to-use = So nutzen Sie See You Soon
form-guide-together = Spielen Sie zuerst gemeinsam, Ihr Kind auf Ihrem Schoß; später kann es allein spielen, während Sie in der Nähe sind.
form-guide-ends-itself = Lassen Sie eine Runde von selbst enden: Sie endet immer damit, dass die Bezugsperson zurückkommt.
form-guide-same-goodbye = Verabschieden Sie sich an der echten Tür genauso wie im Spiel (Ihr Abschiedsplan unten), sagen Sie, wann Sie wiederkommen, und begrüßen Sie Ihr Kind herzlich, wenn Sie zurück sind.
form-guide-off-screen = Das eigentliche Üben passiert ohne Bildschirm: kurze Trennungen, die Schritt für Schritt länger werden.
form-this-page = Auf dieser Seite
form-link-plan = Abschiedsplan
form-link-practice = Üben
form-link-print = Zum Ausdrucken
form-link-log = Ihr Verlauf
form-names = Namen
form-child-name = Name Ihres Kindes
form-names-hint = Jede Sprache, auch Emoji. Auf dem Bildschirm stehen die Namen so, wie Sie sie eingeben; die Stimme lässt Emoji weg.
form-called = Wie Ihr Kind Sie nennt
form-someone-else = Ein anderer Name (unten eingeben)
form-or-type-it = Oder selbst eingeben
form-or-type-it-example = z. B. Oma, Papi, Mami
form-your-picture = Ihr Bild
form-going-away-today = Geht heute weg
form-photo-hint = Mit einem Foto sieht Ihr Kind diese Person, wie sie wirklich ist: beim Kuckuck-Spiel, in den Bildern auf dem Weg nach Hause, im Kalender. Das Foto bleibt auf diesem Gerät.
form-child-photo-hint = Auch ein Foto Ihres Kindes, wenn Sie möchten: Das Spiel zeigt es, wenn Ihr Kind selbst nach Hause geht, und an der Wand, wo die Bezugsperson arbeitet. Das Foto bleibt auf diesem Gerät.
form-take-photo = Foto aufnehmen
form-choose-photo = Foto auswählen
form-delete-photo = Foto löschen
form-photo-framer = Das Foto: Ziehen Sie es so, dass das Gesicht im Kreis liegt
form-photo-size = Größe
form-keep-photo = Dieses Foto nehmen
form-cancel = Abbrechen
form-more-grown-ups = Bis zu drei weitere Bezugspersonen, die wiederkommen: ein Elternteil, Oma oder Opa, eine Tagesmutter. Wer heute weggeht, wird in den Spielen gezeigt und mit Namen genannt.
# $count is the grown-up's number in the form: 2, 3 or 4.
form-grown-up-number = Bezugsperson { $count } (optional)
form-name = Name
form-leave-empty = Leer lassen, wenn es niemanden gibt
form-plan = Ihr Abschiedsplan
form-plan-hint = Verabschieden Sie sich jedes Mal gleich, an der echten Tür und im Spiel: „Nach Hause“ spielt den Abschied in dieser Reihenfolge, und die Karte für die Kita druckt ihn mit.
form-ritual-first = Zuerst
form-ritual-then = Dann
form-ritual-last = und zum Schluss: „Bis später!“
form-goodbye-hug = ganz fest drücken
form-goodbye-kiss = ein Küsschen in die Hand, zum Behalten
form-goodbye-wave = an der Tür winken
form-back-when = „Ich komme … wieder“
form-own-words-choice = eigene Worte:
form-own-words = Ihre eigenen Worte
form-own-words-example = z. B. nach dem Spielplatz
form-reunion-line = Was Sie sagen, wenn Sie wieder da sind
form-meanwhile = Solange Sie weg sind, wird Ihr Kind …
form-meanwhile-example = z. B. malen, spielen und einen Snack essen
form-pick-up-time = Abholzeit, für die Kita-Karte (optional)
form-pick-up-time-example = z. B. 15 Uhr
form-how-long = Spieldauer
form-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
form-journey = Der Weg nach Hause
form-journey-people = Menschen
form-journey-foxes = Die Fuchsfamilie
form-week = Der Wochenkalender
form-week-hint = Der Kalender zeigt Ihrem Kind jeden Tag als Kita oder als Haus und sagt, wer abholt und wie oft es noch schlafen muss bis zum Zuhause-Tag. „Sie holen ab“ gilt für den ersten Namen oben; ein Tag für eine Bezugsperson ohne Namen geht an Sie.
form-you-pick-up = Kita: Sie holen ab
# $who is the name of another grown-up.
form-who-picks-up = Kita: { $who } holt ab
# Stands for a grown-up not named yet; $count is their number in the form.
form-unnamed-grown-up = Bezugsperson { $count }
form-home-day = Zuhause-Tag
form-sound-and-motion = Ton und Animation
form-voice = Stimme
form-sound-effects = Geräusche
form-music = Musik
form-language = Sprache des Spiels
form-device-language = Sprache dieses Geräts
form-game-voice = Stimme des Spiels
form-warm-voice = Das Spiel wählt eine warme Stimme
form-not-on-device = nicht auf diesem Gerät
form-no-voice = Dieses Gerät hat keine Stimme für diese Sprache: Das Spiel zeigt seine Sätze in der Sprechblase und spricht nur die, die Sie unten mit Ihrer eigenen Stimme aufnehmen.
form-motion-device = Wie auf diesem Gerät
form-motion-less = Weniger Animation
form-motion-full = Alle Animationen
form-kept = Auf diesem Gerät gespeichert
form-kept-hint = Fotos, Aufnahmen und Einstellungen bleiben auf diesem Gerät und werden nirgendwohin gesendet.
form-copy-hint = Eine Kopie als Datei schützt sie, falls dieser Browser seine gespeicherten Daten löscht, und bringt sie auf ein neues Gerät.
form-save-copy = Kopie speichern
form-bring-back-copy = Kopie zurückholen
form-replace = Alles hier ersetzen
form-merge = Behalten, was hier ist, und Fehlendes ergänzen
form-save = Speichern
form-back-to-game = Zurück zum Spiel

## The parent area's practice ladder, things to print and quiet log. $seconds, $start and
## $ceiling are seconds (a number already written, $seconds with one decimal); $what is a
## practice step in the parent's own words; $step and $steps count the steps; $date is a
## short date.

form-practice-title = Üben ohne Bildschirm
form-practice-hint = Am meisten hilft, was an der echten Tür geschieht: kurze, vorhersehbare Trennungen, die länger werden. Üben Sie einen Schritt ein paar Mal, haken Sie ihn jedes Mal ab und gehen Sie weiter, wenn er zweimal leicht war.
form-practice-in-game-label = Im Spiel
form-practice-in-game = Beim Kuckuck-Spiel bleibt die Bezugsperson jetzt { $seconds } Sekunden versteckt. Die Zeit wächst von selbst, von { $start } bis { $ceiling } Sekunden, je öfter { $child } sie findet.
form-practice-at-door-label = An der echten Tür
form-practice-step-of = Schritt { $step } von { $steps }: „{ $what }“
form-practice-no-steps = noch keine Schritte
form-practising-now = Wird gerade geübt
form-practise-this-one = Diesen Schritt üben
form-ticks-not-yet = noch nicht
form-ticks-times = { $count ->
    [one] einmal
   *[other] { $count }-mal
}
form-ticks-hard = { $count }× schwer
form-ticks-okay = { $count }× okay
form-ticks-easy = { $count }× leicht
form-felt-hard = schwer
form-felt-okay = okay
form-felt-easy = leicht
form-how-did-it-go = Heute geübt: „{ $what }“. Wie ist es gelaufen?
form-untick = Letztes Häkchen zurücknehmen
form-step-number = Schritt { $step }
form-add-step = Schritt hinzufügen
form-empty-takes-out = Leer: wird entfernt
form-change-steps = Schritte ändern
form-keep-steps = Diese Schritte übernehmen
form-advice-first-step = Fügen Sie einen ersten kleinen Schritt hinzu: Eine Minute im Nebenzimmer ist ein guter Anfang.
form-advice-begin = Probieren Sie „{ $what }“ ein paar Mal aus und haken Sie es jedes Mal ab.
form-advice-stay = Bleiben Sie bei diesem Schritt, bis er zweimal hintereinander leicht war.
form-advice-move-up = Zweimal hintereinander leicht: Wenn Sie beide so weit sind, gehen Sie weiter zu „{ $what }“.
form-advice-climbed = Der letzte Schritt war zweimal leicht: Die ganze Leiter ist geschafft. Fügen Sie einen größeren Schritt hinzu, wann immer sich einer ergibt.
form-advice-go-back = Zwei schwere Tage: Gehen Sie für ein paar Tage zurück zu „{ $what }“. Ein Schritt zurück gehört dazu und ist kein Scheitern.
form-advice-smaller = Zwei schwere Tage: Machen Sie diesen Schritt eine Weile kleiner (kürzer oder näher) und begrüßen Sie Ihr Kind jedes Mal herzlich, wenn Sie zurück sind.
form-print-title = Zum Ausdrucken
form-print-hint = Jeweils eine Seite, für A4 oder US Letter, mit den Namen und Fotos Ihrer Familie. Drucken oder „Als PDF speichern“ im Druckfenster klappt auch offline.
form-print-card = Eine Karte für Kita oder Tagesmutter
form-print-chain = Eine Papierkette: ein Ring für jedes Mal schlafen
form-print-week = Der Wochenkalender
form-print-love = Ein Herz zum Nachspuren und der Weg nach Hause zum Ausmalen
form-print-preview = Druckvorschau
form-print-now = Diese Seite drucken
form-log-title = Ihr Verlauf
form-log-hint = Nur für Sie, nur auf diesem Gerät gespeichert und Ihrem Kind nie gezeigt. Gute und schwere Tage wechseln sich ab, das ist normal; hier müssen Sie nichts durchhalten.
form-log-played = { $count ->
    [0] Noch keine Runde gespielt.
    [one] Insgesamt { $count } Runde gespielt.
   *[other] Insgesamt { $count } Runden gespielt.
}
form-log-first = Die erste war am { $date }.
form-log-key-sessions = Runden pro Woche
form-log-key-hide = Versteckzeit beim Kuckuck (bis { $ceiling } s)
form-log-key-practice = echtes Üben:
form-log-week-by-week = Woche für Woche
form-log-week-of = Woche ab
form-log-sessions = Runden
form-log-peekaboo-hide = Versteckzeit beim Kuckuck
form-log-real-practice = Echtes Üben
form-log-hide-seconds = { $seconds } s
form-log-forget-all = Das alles löschen
form-log-forget-note = Damit werden der Verlauf und die Häkchen beim Üben von diesem Gerät gelöscht. Die Übungsschritte, die Einstellungen, Fotos und Aufnahmen bleiben.
form-log-forget = Verlauf und Häkchen löschen

## The parent area's own voices: each grown-up records the lines they say. $who is the
## grown-up's name.

form-own-voices = Ihre eigenen Stimmen
form-own-voices-hint = Jede Bezugsperson kann die Sätze, die sie sagt, mit ihrer eigenen Stimme und in ihrer Sprache aufnehmen; das Spiel spielt dann diese Aufnahmen statt seiner Stimme ab. Nichts davon ist Pflicht: Fangen Sie mit den ersten drei an. Die Aufnahmen bleiben auf diesem Gerät.
form-voice-of = Stimme von { $who }
form-start-with-these = Am besten zuerst diese
form-heard-peekaboo = Kuckuck
form-heard-goodbye = Der Abschied
form-heard-way-home = Der Weg nach Hause
form-heard-homecoming = Wieder zu Hause
form-heard-morning = Der Abschied am Morgen
form-heard-hands = Die Hände Ihres Kindes
form-record = Aufnehmen
form-listen = Anhören
form-keep = Übernehmen
form-delete = Löschen
form-stop = Stopp
form-voice-recording = Aufnahme läuft … Tippen Sie auf Stopp, wenn Sie fertig sind.
form-voice-new = Neue Aufnahme: Hören Sie sie an, dann übernehmen oder löschen Sie sie.
form-voice-kept = Auf diesem Gerät gespeichert. Das Spiel sagt diesen Satz mit Ihrer Stimme.
form-voice-none = Nicht aufgenommen: Die Stimme des Spiels sagt diesen Satz.

## The parent area's notes at the top, after saving or on opening. $child and $grownup are the
## names as saved; $field is one of the form-field lines; $name is a name as the game will use
## it; $said is what the voice says for it.

form-saved = Gespeichert: Das Spiel sagt „{ $child }“ und „{ $grownup }“, und eine Runde dauert { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}.
form-saved-for-now = Vorerst geändert: Das Spiel sagt „{ $child }“ und „{ $grownup }“, und eine Runde dauert { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}. Speichern war in diesem Browser nicht möglich.
form-field-child = Der Name Ihres Kindes
form-field-grown-up = Der Name der Bezugsperson
form-field-other-grown-up = Der Name von Bezugsperson { $number }
form-note-name-empty = { $field } war leer, deshalb sagt das Spiel „{ $name }“.
form-note-name-shortened = { $field } darf höchstens { $limit } Zeichen lang sein: „{ $name }“.
form-note-voice-cannot-say = { $field }: Auf dem Bildschirm steht „{ $name }“; die Stimme kann keine Emoji sprechen und sagt stattdessen „{ $said }“.
form-note-voice-says = { $field }: Auf dem Bildschirm steht „{ $name }“; die Stimme sagt „{ $said }“ (Emoji werden gezeigt, nicht gesprochen).
form-note-away-today-unnamed = Die Bezugsperson, die heute weggehen soll, hat keinen Namen, deshalb geht heute die erste Bezugsperson weg.
form-note-anchor-empty = Für „Ich komme … wieder“ wurde nichts eingegeben, deshalb sagt das Spiel „{ $promise }“.
form-note-goodbye-order-kept = Im Abschiedsplan müssen Drücken, Küsschen und Winken je einmal vorkommen, deshalb bleibt die bisherige Reihenfolge.
form-taken-out-photo = Sie haben { $name } entfernt, deshalb wurde auch das Foto dazu von diesem Gerät gelöscht.
form-taken-out-recordings = Sie haben { $name } entfernt, deshalb { $count ->
    [one] wurde auch die Aufnahme dazu
   *[other] wurden auch die { $count } Aufnahmen dazu
} von diesem Gerät gelöscht.
form-taken-out-photo-and-recordings = Sie haben { $name } entfernt, deshalb wurden auch das Foto und { $count ->
    [one] die Aufnahme dazu
   *[other] die { $count } Aufnahmen dazu
} von diesem Gerät gelöscht.
form-storage-unavailable = Dieser Browser lässt das Spiel keine Einstellungen speichern (privater Modus oder Speicher ausgeschaltet). Ihre Änderungen gelten, bis die Seite geschlossen wird, werden aber nicht gespeichert.
form-storage-full = Der Speicher dieses Browsers ist voll: Ihre Änderungen gelten vorerst, bleiben aber nach dem Schließen der Seite nicht erhalten.
form-read-unreadable = Die gespeicherten Einstellungen ließen sich nicht lesen, deshalb hat das Spiel mit den Standardeinstellungen begonnen.
form-read-too-large = Die gespeicherten Einstellungen waren viel zu groß ({ $bytes } Byte), um vom Spiel zu stammen, deshalb hat das Spiel mit den Standardeinstellungen begonnen.
form-read-newer = Die Einstellungen wurden von einer neueren Version des Spiels gespeichert (Format { $version }); alles, was diese Version versteht, wurde übernommen.
form-read-fields-reset = Einige gespeicherte Einstellungen waren ungültig und wurden auf den Standard zurückgesetzt: { $fields }.
form-practice-steps-unreadable = Die gespeicherten Übungsschritte ließen sich nicht lesen, deshalb beginnen sie neu; die alten Daten werden auf diesem Gerät gesondert aufbewahrt.
form-practice-log-unreadable = Der gespeicherte Verlauf ließ sich nicht lesen, deshalb beginnt er neu; die alten Daten werden auf diesem Gerät gesondert aufbewahrt.
form-practice-entries-left-out = Einige gespeicherte Übungseinträge ergaben keinen Sinn und wurden weggelassen; alles andere ist erhalten.
form-changed-elsewhere = Die Einstellungen wurden gerade in einem anderen Fenster des Spiels geändert; dieses Formular zeigt jetzt die neuen Werte.
form-log-forgotten = Der Verlauf und die Häkchen beim Üben wurden von diesem Gerät gelöscht.

## Lines the parent area's page scripts write (what is kept, copies, photos, recordings).
## $size is a size already written with its unit ("1.2 MB"); $what and $holds are lists the
## page joins in the language (“2 photos and the settings”); $date is a date already written.

form-page-photos = { $count ->
    [one] { $count } Foto
   *[other] { $count } Fotos
}
form-page-recordings = { $count ->
    [one] { $count } Aufnahme
   *[other] { $count } Aufnahmen
}
form-page-the-settings = die Einstellungen
form-page-the-settings-for = die Einstellungen (für { $child })
form-page-sized = { $what } ({ $size })
form-page-kept = Auf diesem Gerät gespeichert: { $what }.
form-page-kept-nothing = Auf diesem Gerät ist noch nichts gespeichert: Entweder ist das Spiel hier neu, oder der Browser hat seine gespeicherten Daten gelöscht. Wenn Sie eine Kopie gespeichert haben, holen Sie sie unten zurück.
form-page-kept-by-newer = Die Fotos und Aufnahmen sind sicher bei der neueren Version des Spiels, die in einem anderen Fenster geöffnet ist. Schließen Sie dieses Fenster und nutzen Sie das andere, oder laden Sie dieses neu.
form-page-safe-unknown = Dieser Browser sagt nicht, ob er sie dauerhaft behält.
form-page-safe-persisted = Der Browser hat zugesagt, sie zu behalten, bis Sie sie löschen.
form-page-safe-home-screen = Dieser Browser löscht sie womöglich nach sieben Tagen ohne Besuch oder wenn auf dem Gerät der Platz knapp wird. Legen Sie das Spiel auf den Home-Bildschirm (Teilen, dann Zum Home-Bildschirm), damit sie sicher sind, und speichern Sie eine Kopie (unten).
form-page-safe-best-effort = Der Browser löscht sie womöglich, wenn auf dem Gerät der Platz knapp wird. Das Spiel bittet ihn, sie zu behalten, sobald Sie hier etwas speichern; ganz sicher ist nur eine gespeicherte Kopie (unten).
form-page-room = Mit der Offline-Kopie des Spiels belegt diese Website { $size } von den { $quota }, die der Browser ihr zugesteht.
form-page-newer-elsewhere = Eine neuere Version des Spiels ist in einem anderen Fenster geöffnet. Schließen Sie dieses Fenster und nutzen Sie das andere, oder laden Sie dieses neu.
form-page-copy-not-ours = Diese Datei ist keine Kopie von See You Soon. Hier wurde nichts geändert.
form-page-copy-damaged = Diese Kopie ist beschädigt (unvollständig oder seit dem Speichern verändert) und wurde deshalb nicht verwendet. Hier wurde nichts geändert.
form-page-copy-too-large = Diese Datei ist viel größer als jede Kopie des Spiels und wurde nicht geöffnet. Hier wurde nichts geändert.
form-page-copy-newer = Diese Kopie stammt von einer neueren Version des Spiels. Öffnen Sie das Spiel einmal mit Internetverbindung, damit es sich aktualisiert, und versuchen Sie es dann noch einmal. Hier wurde nichts geändert.
form-page-copy-saved = Kopie gespeichert ({ $size }); sie enthält { $holds }. Bewahren Sie die Datei an einem sicheren Ort auf, etwa in Ihren E-Mails oder einem Cloud-Speicher, damit Sie sie auf diesem oder einem anderen Gerät zurückholen können.
form-page-copy-holds-nothing = noch nichts
form-page-copy-holds = Diese Kopie enthält { $holds }. Alles auf diesem Gerät damit ersetzen oder behalten, was hier ist, und nur Fehlendes ergänzen?
form-page-copy-made-holds = Diese Kopie vom { $date } enthält { $holds }. Alles auf diesem Gerät damit ersetzen oder behalten, was hier ist, und nur Fehlendes ergänzen?
form-page-copy-full = Der Speicher dieses Geräts ist voll, deshalb konnte die Kopie nicht zurückgeholt werden. Schaffen Sie etwas Platz (alte Videos oder Apps) und versuchen Sie es dann noch einmal.
form-page-copy-not-brought-newer = Die Kopie wurde hier nicht zurückgeholt.
form-page-copy-refused = Dieser Browser wollte die Kopie nicht speichern (privater Modus oder Speicher für diese Website ausgeschaltet).
form-page-copy-partly = Ein Teil wurde vielleicht schon geschrieben: Sehen Sie sich die Fotos und Aufnahmen oben an, oder holen Sie die Kopie noch einmal zurück.
form-page-copy-before-kept = Was vorher hier war, bleibt erhalten.
form-page-copy-brought-back = Zurückgeholt: { $holds }. Das Spiel startet gleich damit neu.
form-page-copy-cannot-make = Die Kopie konnte nicht erstellt werden: Dieser Browser ließ das Lesen der hier gespeicherten Daten nicht zu.
form-page-nothing-changed = Es wurde nichts geändert.
form-page-photo-kept-size = Auf diesem Gerät gespeichert ({ $size }).
form-page-photo-kept-shown = Auf diesem Gerät gespeichert ({ $size }). Das Spiel zeigt das Foto überall, wo diese Bezugsperson vorkommt.
form-page-photo-none = Kein Foto: Das Spiel zeigt das oben gewählte Bild.
form-page-photo-none-child = Kein Foto: Das Spiel zeigt Ihr Kind wie gewohnt als Zeichnung.
form-page-photo-not-a-photo = Diese Datei ist kein Foto. Wählen Sie ein Bild (JPEG, PNG oder WebP, wie Kameras und Galerien sie liefern).
form-page-photo-heic = Dieser Browser kann keine HEIC-Fotos öffnen. Stellen Sie auf dem iPhone Einstellungen → Kamera → Formate → Maximale Kompatibilität ein, oder wählen Sie das Foto noch einmal über „Fotos“ aus.
form-page-photo-cannot-open = Diese Datei ließ sich nicht als Bild öffnen. Versuchen Sie ein anderes Foto.
form-page-photo-too-large = Diese Datei ist zu groß, um sie hier zu öffnen ({ $size }). Wählen Sie ein kleineres Foto.
form-page-photo-stays = Das bisherige Foto bleibt.
form-page-photo-opening = Foto wird geöffnet …
form-page-photo-very-small = Dieses Foto ist sehr klein und wirkt im Spiel unscharf. Nehmen Sie es trotzdem, oder wählen Sie ein größeres.
form-page-photo-wide = Ein breites Foto: Ziehen Sie es so, dass das Gesicht im Kreis liegt, und tippen Sie dann auf „Dieses Foto nehmen“.
form-page-photo-frame = Ziehen Sie das Foto so, dass das Gesicht im Kreis liegt; mit zwei Fingern oder dem Regler wird es größer. Tippen Sie dann auf „Dieses Foto nehmen“.
form-page-photo-none-chosen = Kein Foto aufgenommen oder ausgewählt, also hat sich nichts geändert.
form-page-photo-not-changed = Nicht geändert: Das bisherige Foto bleibt.
form-page-photo-none-kept = Kein Foto gespeichert.
form-page-photo-deleted = Von diesem Gerät gelöscht. Das Spiel zeigt das oben gewählte Bild.
form-page-change-refused = Das hat nicht geklappt: Dieser Browser erlaubt hier vielleicht keine Änderungen an den gespeicherten Daten.
form-page-photo-full = Der Speicher dieses Geräts ist voll, deshalb wurde das Foto nicht gespeichert. Schaffen Sie etwas Platz (alte Videos oder Apps) und versuchen Sie es dann noch einmal.
form-page-photo-newer = Das Foto wurde hier nicht gespeichert.
form-page-photo-refused = Dieser Browser wollte das Foto nicht speichern (privater Modus oder Speicher für diese Website ausgeschaltet).
form-page-recording-full = Der Speicher dieses Geräts ist voll, deshalb wurde die Aufnahme nicht gespeichert. Schaffen Sie etwas Platz (alte Videos oder Apps) und versuchen Sie es dann noch einmal.
form-page-recording-newer = Die Aufnahme wurde hier nicht gespeichert.
form-page-recording-refused = Dieser Browser wollte die Aufnahme nicht speichern (privater Modus oder Speicher für diese Website ausgeschaltet).
form-page-voice-meanwhile = Bis dahin sagt die Stimme des Spiels diesen Satz.
form-page-voice-count = ({ $count } von { $total } aufgenommen)
form-page-voice-cannot-record = Dieser Browser kann hier nicht aufnehmen. Die Stimme des Spiels sagt den Satz.
form-page-voice-mic-refused = Das Mikrofon wurde nicht erlaubt. Die Stimme des Spiels sagt den Satz.
form-page-voice-change-refused = Das hat nicht geklappt: Dieser Browser erlaubt hier vielleicht keine Änderungen an den Aufnahmen.

## The looks' names, read by screen readers on the picture buttons: $figure is one of the
## form-look figures, $tone one of the form-tone lines.

form-look-person = { $figure }, { $tone }
form-look-fox = Der Fuchs
form-look-woman = Frau
form-look-man = Mann
form-look-older-woman = Ältere Frau
form-look-older-man = Älterer Mann
form-tone-light = helle Hautfarbe
form-tone-medium-light = mittelhelle Hautfarbe
form-tone-medium = mittlere Hautfarbe
form-tone-medium-dark = mitteldunkle Hautfarbe
form-tone-dark = dunkle Hautfarbe

## The practice ladder's first steps, before the family writes its own (real separations,
## from short to long; "I" is the grown-up).

form-rung-next-room = Eine Minute im Nebenzimmer, Tür offen, wir reden miteinander
form-rung-next-room-longer = Fünf Minuten im Nebenzimmer
form-rung-out-briefly = Zehn Minuten weg, mit jemandem, den das Kind kennt
form-rung-grandparent = Bei Oma oder Opa, während ich einkaufen gehe
form-rung-friends-house = Eine Stunde bei Freunden, ohne mich
form-rung-nursery = Ein Vormittag in der Kita
form-practice-not-kept = Die Übungsschritte ließen sich in diesem Browser nicht speichern: sie bleiben nur, bis die Seite geschlossen wird.

## The printable pages, printed by the family for themselves and for the child's nursery.
## $child and $grownup are the names as saved; $who is the grown-up who picks up; $promise
## is the family's return anchor ("nach dem Mittagsschlaf"): it completes "Ich komme … wieder";
## $reunion is the family's own reunion line, as typed; $time is a pick-up time as typed
## ("15 Uhr"); $days is a list of weekdays already joined ("Montag, Dienstag und Freitag");
## $day is a weekday; $meanwhile is what the child does meanwhile, as typed, completing
## "… wirst du …" (morning-meanwhile).

form-print-card-page = Der Abschied von { $child }: eine Karte für Kita oder Tagesmutter
form-print-card-title = Der Abschied von { $child }
form-print-card-for = Für das Kita-Team oder die Tagesmutter von { $child }, mit Grüßen von { $grownup }. Wir verabschieden uns jedes Mal gleich – bitte helfen Sie uns, dabei zu bleiben.
form-print-card-our-goodbye = Unser Abschied, jedes Mal gleich
form-print-card-see-you-soon = „Bis später!“
form-print-card-short-and-warm = Kurz und herzlich: Wir schleichen uns nie heimlich davon.
form-print-card-promise = Das Versprechen
form-print-card-promise-said = „Ich komme { $promise } wieder. { $reunion }“
form-print-card-remind = Bitte erinnern Sie { $child } daran: { $grownup } kommt { $promise } wieder.
form-print-card-pick-up-time = Abholzeit: { $time }.
form-print-card-picks-up = { $days }: { $who } holt ab.
form-print-card-while-away = Solange { $grownup } weg ist
form-print-card-meanwhile = Es hilft, { $child } zu sagen, was als Nächstes kommt: „Heute wirst du { $meanwhile }.“
form-print-card-love = Unsere Herzverbindung
form-print-card-love-how = Jeden Morgen malen wir { $child } und { $grownup } ein Herz auf die Hand. Wenn { $child } darauf drückt, spürt { $grownup } die Liebe und schickt ganz viel zurück. Wenn { $child } uns vermisst, drücken Sie gemeinsam auf das Herz und sagen Sie:
form-print-card-love-said = „Oh, hast du das gespürt? Ich glaube, { $grownup } hat dir gerade ganz viel Liebe geschickt!“
form-print-chain-title = Die Papierkette von { $child }
form-print-chain-how = { $count ->
    [one] Noch einmal schlafen
   *[other] Noch { $count } Mal schlafen
} bis zum nächsten Zuhause-Tag. Schneiden Sie die Streifen aus, kleben Sie sie zu einer Kette zusammen und nehmen Sie jeden Abend beim Schlafengehen einen Ring ab: Wenn nur noch das Haus übrig ist, ist Zuhause-Tag.
form-print-chain-no-home-day = Im Wochenkalender gibt es noch keinen Zuhause-Tag: Wählen Sie einen im Wochenkalender (Bereich für Erwachsene) aus und drucken Sie diese Seite dann noch einmal.
form-print-chain-link = { $count ->
    [one] einmal schlafen
   *[other] { $count } Mal schlafen
}
form-print-chain-last = Zuhause-Tag mit { $grownup }! ({ $day })
form-print-week-title = Die Woche von { $child }
form-print-week-key = Ein Haus heißt Zuhause-Tag, eine Kita heißt Kita-Tag – dazu steht, wer abholt.
form-print-week-school = Kita. { $who } holt dich ab.
form-print-week-home = Zuhause-Tag!
form-print-love-title = Die Herzverbindung von { $child }
form-print-love-how = Spuren Sie das Herz auf der Hand von { $child } und auf der Hand von { $grownup } nach. Wer darauf drückt, schickt Liebe – und der andere spürt sie, den ganzen Tag lang.
form-print-love-hand = Die Hand von { $who } mit einem Herz zum Nachspuren
form-print-love-colour = { $grownup } kommt immer nach Hause. Mal den Weg nach Hause aus!
form-print-love-picture = Ein Bild zum Ausmalen: Die Bezugsperson geht winkend den Weg hinauf nach Hause, und das Kind wartet an der Tür.
