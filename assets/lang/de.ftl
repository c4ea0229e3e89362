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
