# See You Soon: every line the game says and shows, in French (France, "tu").
#
# Lines are spoken to a child of one to five, usually on a grown-up's lap: warm, short, the way
# a parent talks to a three-year-old. Names are typed by the family in any script; put them
# where a name can stand as typed (no article, no elision before it, no gender agreement on it).
# Every language has every message here, with the same placeholders (the build checks).

## Home and the end of a session. $grownup is the grown-up's name as the family typed it ("Maman", "Mamie", "Zoé"); $child the child's.

tap-to-start = Touche l'écran pour commencer !
what-shall-we-play = À quoi on joue aujourd'hui ?
who-will-hide = Qui va se cacher ?
all-done = C'est fini ! Maintenant, on joue avec { $grownup } !

## The cards on Home, under their pictures: a word or two each.

card-peekaboo = Coucou !
card-journey = Le retour
card-my-turn = À mon tour de partir
card-calendar = Notre semaine
card-morning = Dire au revoir

## Peekaboo. $who is the grown-up hiding, or the toy (teddy, duck): keep it where a name can stand unchanged.

teddy = Nounours
duck = Coin-Coin
peekaboo-here = Voilà { $who } !
peekaboo-where = Où est { $who } ?
peekaboo-watch-cups = Regarde bien { $who } ! Où va { $who } ?
peekaboo-peeking-out = Regarde ! { $who } pointe le bout de son nez !
peekaboo-not-in-there = Pas là-dedans ! Où est { $who } ?
peekaboo-back = Coucou ! Revoilà { $who } !
peekaboo-toy-found = Tiens, voilà { $who } ! Coucou !
peekaboo-bye-bye = Au revoir, { $who } ! À tout à l'heure !

## The journey: the goodbye. $promise is the family's return anchor as typed ("après la sieste", "après le goûter"): it completes "Je reviens …".

ask-hug = Fais un gros câlin à { $grownup } !
ask-kiss = Fais un bisou à { $grownup } !
ask-wave = Fais au revoir de la main à { $grownup } !
hugged = Un gros câlin !
kissed = Smack ! Un bisou dans ta main, garde-le bien !
waved = Au revoir, { $grownup } !
farewell = À tout à l'heure, { $child } ! Je reviens { $promise }.

## While the grown-up is away: the child paints.

away-people = { $grownup } est au travail, près de la grande fenêtre. { $child } fait un dessin pour { $grownup }.
away-foxes = { $grownup } cueille des baies dans le pré. { $child } fait un dessin pour { $grownup }.
paint-yellow = Jaune !
paint-blue = Bleu !
paint-green = Vert !
paint-pink = Rose !
lovely = Que c'est beau !

## The way home, in the town (people) and in the forest (a fox family). Each stop has a line, and a line once the child has helped.

time-to-go-home = C'est l'heure de rentrer ! { $grownup } va retrouver { $child } !
people-leaving = { $grownup } sort du travail.
people-leaving-helped = Au revoir, le travail ! { $grownup } rentre à la maison !
people-waiting = { $grownup } attend le bus.
people-waiting-helped = Le voilà, le bus !
people-riding = { $grownup } est dans le bus !
people-riding-helped = Feu vert ! C'est parti !
people-park = { $grownup } traverse le parc.
people-park-helped = Coin-coin ! Les canards disent merci !
people-street = { $grownup } est dans notre rue !
people-street-helped = Une fleur pour { $child } !
people-door = { $grownup } est presque devant la porte !
people-door-helped = Tu as envoyé un bisou à { $grownup } !
foxes-leaving = { $grownup } quitte le pré.
foxes-leaving-helped = Des baies pour les petits renards !
foxes-waiting = { $grownup } est au bord du ruisseau.
foxes-waiting-helped = Hop, hop, de caillou en caillou !
foxes-riding = { $grownup } court dans la forêt !
foxes-riding-helped = Hou hou ! Bonjour, hibou !
foxes-park = { $grownup } arrive au gros tronc d'arbre.
foxes-park-helped = Hop ! Par-dessus le tronc !
foxes-street = { $grownup } est sur le chemin des champignons.
foxes-street-helped = Une fleur pour { $child } !
foxes-door = { $grownup } est presque au terrier !
foxes-door-helped = Tu as envoyé un bisou à { $grownup } !
clock-at-the-heart = Quand la grande aiguille arrivera sur le cœur, { $grownup } sera à la maison.

## The child's turn: the child goes to school and comes home to the grown-up.

child-farewell = Passe une belle journée à l'école, { $child } ! Je serai là quand tu rentreras.
away-child = { $child } est à l'école et fait de la peinture. { $grownup } attend à la maison.
child-clock-at-the-heart = Quand la grande aiguille arrivera sur le cœur, { $child } rentrera à la maison.
child-time-to-go-home = C'est l'heure de rentrer ! { $child } va retrouver { $grownup } !
child-leaving = { $child } sort de l'école.
child-leaving-helped = Au revoir, l'école ! { $child } rentre à la maison !
child-waiting = { $child } attend le bus.
child-riding = { $child } est dans le bus !
child-park = { $child } traverse le parc.
child-street = { $child } est dans notre rue !
child-street-helped = Une fleur pour { $grownup } !
child-door = { $child } est presque devant la porte !
child-is-home = C'est { $child } ! Te voilà à la maison, quelle joie pour { $grownup } !

## The reunion at the door.

who-is-at-the-door = Toc toc ! Qui est là ?
knock-knock = Toc, toc !
its-the-grown-up = C'est { $grownup } ! { $grownup } est de retour !
ask-welcome-hug = Fais un gros câlin à { $grownup } !
welcome-hugged = Un gros câlin pour se retrouver !
beautiful-picture = Quel beau dessin, { $child } !
i-missed-you = Tu m'as manqué, { $child } !
see-you-next-time = À bientôt, { $child } !

## The morning goodbye practice. $meanwhile is what the child will do today, as the parent typed it ("peindre, jouer avec tes copains et prendre ton goûter"): it completes "tu vas …".

morning-hug = C'est l'heure de se dire au revoir ! D'abord, un gros câlin pour { $grownup } !
morning-promise = Je reviens { $promise }, { $child }. Je reviens toujours.
morning-meanwhile = Pendant que je ne suis pas là, tu vas { $meanwhile }.
morning-love = Appuie sur le petit cœur de ta main, et { $grownup } sentira ton amour !
morning-see-you-soon = À tout à l'heure, { $child } ! Au revoir !

## The Love Connection (a heart drawn on the child's hand) and the Kissing Hand (a kiss kept in the palm).

love-drawing = { $grownup } dessine un cœur sur ta main : c'est votre lien d'amour ! Tapote, tapote, tapote !
love-heart-drawn = Un cœur ! Appuie dessus pour envoyer plein d'amour à { $grownup }.
love-zapped = Bzzzz ! { $grownup } a senti ton amour !
love-sent-back = { $grownup } renvoie plein d'amour à { $child } !
kiss-in-your-hand = Smack ! { $grownup } te fait un bisou. Je t'aime, { $child } !

## The week calendar. $who is whoever picks the child up; $day a weekday's name (one of the
## messages below); $count a number of sleeps (nights) to wait, from 1 to 7.

calendar-school-today = Aujourd'hui, c'est un jour d'école. { $who } vient te chercher { $promise }.
calendar-home-today = Aujourd'hui, c'est un jour à la maison, avec { $grownup } !
sleeps-until-home-day = { $count ->
    [one] Encore un dodo avant un jour à la maison.
   *[other] Encore { $count } dodos avant un jour à la maison.
}
sleeps-until-school-day = { $count ->
    [one] Encore un dodo avant un jour d'école.
   *[other] Encore { $count } dodos avant un jour d'école.
}
calendar-school-day = { $day }, c'est un jour d'école. { $who } vient te chercher.
calendar-home-day = { $day }, c'est un jour à la maison.
monday = Lundi
tuesday = Mardi
wednesday = Mercredi
thursday = Jeudi
friday = Vendredi
saturday = Samedi
sunday = Dimanche
# Under each day of the week, on a small tile: as short as the language writes it.
monday-short = Lun.
tuesday-short = Mar.
wednesday-short = Mer.
thursday-short = Jeu.
friday-short = Ven.
saturday-short = Sam.
sunday-short = Dim.

## What the grown-up says in their own voice when they record a line the narrator says about
## them ("Coucou ! Revoilà Maman !" is recorded as "Coucou !").

own-peekaboo-back = Coucou !
own-time-to-go-home = Je rentre à la maison !
own-its-the-grown-up = C'est moi ! Je suis de retour !
own-kiss-in-your-hand = Smack ! Je t'aime !
own-love-sent-back = Moi aussi, je t'aime, { $child } !

## Said instead of a name that has nothing a voice can say (a name that is only emoji).

spoken-grown-up = ta grande personne
spoken-child = mon trésor

## On the screen for the grown-up: the corner that leads to the parent area.

for-grown-ups = Espace parents
gate-key-in = Espace parents : tapez
gate-locked = L'espace parents est bloqué une minute après trois mauvaises réponses. Réessayez dans { $count } secondes.

## The return anchors a parent picks from; each completes "Je reviens …" (farewell,
## morning-promise) and "… vient te chercher …" (calendar-school-today).

anchor-after-nap = après la sieste
anchor-after-snack = après le goûter
anchor-after-lunch = après le déjeuner

## What a family starts with before typing its own. The reunion line is said by the grown-up
## at the door; default-meanwhile completes "Pendant que je ne suis pas là, tu vas …" (morning-meanwhile).

default-meanwhile = peindre, jouer avec tes copains et prendre ton goûter
default-reunion-line = Tu vois, je reviens toujours !
default-child-name = Léo
# The grown-up names offered as one-tap choices, separated by commas; the first is the one a
# new family starts with. What a small child calls a parent or grandparent in this language.
grown-up-presets = Maman, Papa, Mamie, Papi, Mamou, Papou

## The parent area's settings form, read by the grown-up (adult words, short; "vous", whereas the
## child's lines say "tu"). A line that names something in the game keeps the game's words for it.

form-how-to-use = Comment utiliser See You Soon
form-guide-together = Jouez d'abord ensemble, votre enfant sur les genoux ; ensuite, il pourra jouer pendant que vous restez tout près.
form-guide-ends-itself = Laissez chaque partie se terminer d'elle-même : elle finit toujours par le retour de l'adulte.
form-guide-same-goodbye = Faites à la vraie porte le même au revoir que dans le jeu (votre rituel d'au revoir, plus bas), dites quand vous reviendrez, et revenez avec tendresse.
form-guide-off-screen = Le vrai entraînement se passe loin de l'écran : de courtes séparations, qui s'allongent petit à petit.
form-this-page = Sur cette page
form-link-plan = Rituel d'au revoir
form-link-practice = Entraînement
form-link-print = À imprimer
form-link-log = Suivi discret
form-names = Noms
form-child-name = Le prénom de votre enfant
form-names-hint = Toutes les langues et les emoji sont acceptés. L'écran affiche les noms tels quels ; la voix laisse les emoji de côté.
form-called = Comment votre enfant vous appelle
form-someone-else = Quelqu'un d'autre (à écrire ci-dessous)
form-or-type-it = Ou écrivez-le
form-or-type-it-example = p. ex. Mémé, Tatie, Nounou
form-your-picture = Votre portrait
form-going-away-today = Part aujourd'hui
form-photo-hint = Avec une photo, cette personne apparaît telle qu'elle est : dans « Coucou », dans les portraits du retour, sur le calendrier. La photo reste sur cet appareil.
form-child-photo-hint = Une photo de votre enfant aussi, si vous le souhaitez : le jeu la montre quand c'est votre enfant qui rentre à la maison, et au mur, là où travaille l'adulte. La photo reste sur cet appareil.
form-take-photo = Prendre une photo
form-choose-photo = Choisir une photo
form-delete-photo = Supprimer la photo
form-photo-framer = La photo : faites-la glisser pour placer le visage dans le cercle
form-photo-size = Taille
form-keep-photo = Garder cette photo
form-cancel = Annuler
form-more-grown-ups = Jusqu'à trois autres adultes qui reviennent : un parent, un grand-parent, une nounou. La personne qui part aujourd'hui est celle que les jeux montrent et nomment.
# $count is the grown-up's number in the form: 2, 3 or 4.
form-grown-up-number = Adulte { $count } (facultatif)
form-name = Nom
form-leave-empty = Laissez vide s'il n'y a personne
form-plan = Votre rituel d'au revoir
form-plan-hint = Faites toujours le même au revoir, à la vraie porte et dans le jeu : « Le retour » le joue dans cet ordre, et la carte pour la crèche l'imprime.
form-ritual-first = D'abord
form-ritual-then = Puis
form-ritual-last = et pour finir, « À tout à l'heure ! »
form-goodbye-hug = un gros câlin
form-goodbye-kiss = un bisou dans la main, à garder
form-goodbye-wave = un signe de la main à la porte
form-back-when = « Je reviens… »
form-own-words-choice = mes propres mots :
form-own-words = Vos propres mots
form-own-words-example = p. ex. après le parc
form-reunion-line = Ce que vous dites en revenant
form-meanwhile = Pendant votre absence, votre enfant va…
form-meanwhile-example = p. ex. peindre, jouer et goûter
form-pick-up-time = Heure de sortie, pour la carte de la crèche (facultatif)
form-pick-up-time-example = p. ex. 16 h 30
form-how-long = Durée de jeu
form-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
form-journey = Le retour
form-journey-people = Des personnes
form-journey-foxes = La famille renard
form-week = Le calendrier de la semaine
form-week-hint = Le calendrier de votre enfant montre chaque jour comme une école ou une maison, et dit qui vient le chercher et combien de dodos il reste avant un jour à la maison. « Vous », c'est le premier nom ci-dessus ; un jour confié à un adulte sans nom vous revient.
form-you-pick-up = École ou crèche : vous venez le chercher
# $who is the name of another grown-up.
form-who-picks-up = École ou crèche : { $who } vient le chercher
# Stands for a grown-up not named yet; $count is their number in the form.
form-unnamed-grown-up = adulte { $count }
form-home-day = Jour à la maison
form-sound-and-motion = Son et animations
form-voice = Voix
form-sound-effects = Bruitages
form-music = Musique
form-language = Langue du jeu
form-device-language = Langue de cet appareil
form-game-voice = Voix du jeu
form-warm-voice = Laisser le jeu choisir une voix chaleureuse
form-not-on-device = absente de cet appareil
form-no-voice = Cet appareil n'a pas de voix pour cette langue : le jeu affiche ses phrases dans la bulle, et dit avec votre propre voix celles que vous enregistrez ci-dessous.
form-motion-device = Comme sur cet appareil
form-motion-less = Moins d'animations
form-motion-full = Toutes les animations
form-kept = Conservé sur cet appareil
form-kept-hint = Les photos, les enregistrements et les réglages restent sur cet appareil et ne sont jamais envoyés nulle part.
form-copy-hint = Une copie dans un fichier les met à l'abri si ce navigateur efface ce qu'il stocke, et permet de les retrouver sur un nouvel appareil.
form-save-copy = Enregistrer une copie
form-bring-back-copy = Restaurer une copie
form-replace = Remplacer ce qui est ici
form-merge = Garder ce qui est ici, ajouter ce qui manque
form-save = Enregistrer
form-back-to-game = Retour au jeu

## The parent area's practice ladder, things to print and quiet log. $seconds, $start and
## $ceiling are seconds (a number already written, $seconds with one decimal); $what is a
## practice step in the parent's own words; $step and $steps count the steps; $date is a
## short date.

form-practice-title = Entraînement loin de l'écran
form-practice-hint = Ce qui aide le plus se passe à la vraie porte : des séparations courtes et prévisibles, qui s'allongent peu à peu. Refaites chaque étape plusieurs fois, cochez-la chaque fois qu'elle a eu lieu, et passez à la suivante quand elle a été facile deux fois.
form-practice-in-game-label = Dans le jeu
form-practice-in-game = dans « Coucou », l'adulte reste maintenant caché { $seconds } secondes. Cette durée augmente d'elle-même, de { $start } à { $ceiling } secondes, à mesure que { $child } le trouve.
form-practice-at-door-label = À la vraie porte
form-practice-step-of = étape { $step } sur { $steps } : « { $what } »
form-practice-no-steps = pas encore d'étape
form-practising-now = En cours
form-practise-this-one = S'entraîner sur celle-ci
form-ticks-not-yet = pas encore
form-ticks-times = { $count ->
    [one] une fois
   *[other] { $count } fois
}
form-ticks-hard = { $count ->
    [one] { $count } difficile
   *[other] { $count } difficiles
}
form-ticks-okay = { $count } ça va
form-ticks-easy = { $count ->
    [one] { $count } facile
   *[other] { $count } faciles
}
form-felt-hard = difficile
form-felt-okay = ça va
form-felt-easy = facile
form-how-did-it-go = « { $what } » a eu lieu aujourd'hui. Comment ça s'est passé ?
form-untick = Annuler la dernière coche
form-step-number = Étape { $step }
form-add-step = Ajouter une étape
form-empty-takes-out = Vide : l'étape sera retirée
form-change-steps = Modifier les étapes
form-keep-steps = Garder ces étapes
form-advice-first-step = Ajoutez une première petite étape : une minute dans la pièce d'à côté, c'est un bon début.
form-advice-begin = Essayez « { $what } » quelques fois, et cochez-la chaque fois qu'elle a eu lieu.
form-advice-stay = Restez sur cette étape jusqu'à ce qu'elle soit facile deux fois de suite.
form-advice-move-up = Facile deux fois de suite : quand vous serez prêts tous les deux, passez à « { $what } ».
form-advice-climbed = Facile deux fois sur la dernière étape : vous avez gravi toute l'échelle. Ajoutez une étape plus grande dès que l'occasion se présente.
form-advice-go-back = Deux jours difficiles : revenez à « { $what } » pendant quelques jours. Reculer fait partie du chemin, ce n'est pas un échec.
form-advice-smaller = Deux jours difficiles : rendez cette étape plus petite pour un temps (plus courte, ou plus près), et revenez chaque fois avec tendresse.
form-print-title = À imprimer
form-print-hint = Chacun tient sur une page, en A4 ou US Letter, avec les prénoms et les photos de votre famille. Imprimer, ou « Enregistrer au format PDF » dans la fenêtre d'impression, fonctionne hors ligne.
form-print-card = Une carte pour la crèche ou la nounou
form-print-chain = Une guirlande de papier pour compter les dodos
form-print-week = Le calendrier de la semaine
form-print-love = Un cœur à tracer et le chemin du retour à colorier
form-print-preview = Aperçu avant impression
form-print-now = Imprimer cette page
form-log-title = Votre suivi discret
form-log-hint = Rien que pour vous : conservé uniquement sur cet appareil, jamais montré à votre enfant. Les hauts et les bas sont normaux ; il n'y a aucune série à tenir.
form-log-played = { $count ->
    [0] Aucune partie jouée pour l'instant.
    [one] { $count } partie jouée en tout.
   *[other] { $count } parties jouées en tout.
}
form-log-first = La première : { $date }.
form-log-key-sessions = parties par semaine
form-log-key-hide = temps caché dans « Coucou » (jusqu'à { $ceiling } s)
form-log-key-practice = vrai entraînement :
form-log-week-by-week = Semaine après semaine
form-log-week-of = Semaine du
form-log-sessions = Parties
form-log-peekaboo-hide = Caché dans « Coucou »
form-log-real-practice = Vrai entraînement
form-log-hide-seconds = { $seconds } s
form-log-forget-all = Tout effacer
form-log-forget-note = Cela efface de cet appareil le suivi et les coches d'entraînement. Les étapes d'entraînement, les réglages, les photos et les enregistrements restent.
form-log-forget = Effacer le suivi et les coches

## The parent area's own voices: each grown-up records the lines they say. $who is the
## grown-up's name.

form-own-voices = Vos propres voix
form-own-voices-hint = Chaque adulte peut enregistrer les phrases qu'il dit, avec sa voix et dans sa langue ; le jeu les fait alors entendre à la place de la sienne. Rien n'est obligatoire : commencez par les trois premières. Les enregistrements restent sur cet appareil.
form-voice-of = Voix : { $who }
form-start-with-these = Commencez par celles-ci
form-heard-peekaboo = Coucou
form-heard-goodbye = L'au revoir
form-heard-way-home = Le chemin du retour
form-heard-homecoming = De retour à la maison
form-heard-morning = L'au revoir du matin
form-heard-hands = Les mains de votre enfant
form-record = Enregistrer ma voix
form-listen = Écouter
form-keep = Garder
form-delete = Supprimer
form-stop = Arrêter
form-voice-recording = Enregistrement en cours… touchez Arrêter quand vous avez terminé.
form-voice-new = Nouvel enregistrement : écoutez-le, puis gardez-le ou supprimez-le.
form-voice-kept = Conservé sur cet appareil. Le jeu utilise votre voix pour cette phrase.
form-voice-none = Pas encore enregistrée : c'est la voix du jeu qui la dit.

## The parent area's notes at the top, after saving or on opening. $child and $grownup are the
## names as saved; $field is one of the form-field lines; $name is a name as the game will use
## it; $said is what the voice says for it.

form-saved = Enregistré : le jeu dira « { $child } » et « { $grownup } », pour des parties de { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
form-saved-for-now = Modifié pour l'instant : le jeu dira « { $child } » et « { $grownup } », pour des parties de { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. Ces réglages n'ont pas pu être enregistrés dans ce navigateur.
form-field-child = Le prénom de votre enfant
form-field-grown-up = Le nom de l'adulte
form-field-other-grown-up = Le nom de l'adulte { $number }
form-note-name-empty = { $field } était vide : le jeu dira donc « { $name } ».
form-note-name-shortened = { $field } est limité à { $limit } caractères : « { $name } ».
form-note-voice-cannot-say = { $field } : l'écran affiche « { $name } » ; la voix ne sait pas dire les emoji, elle dit donc « { $said } » à la place.
form-note-voice-says = { $field } : l'écran affiche « { $name } » ; la voix dit « { $said } » (les emoji s'affichent, mais ne se disent pas).
form-note-away-today-unnamed = L'adulte choisi pour partir aujourd'hui n'a pas de nom : c'est donc le premier adulte qui part aujourd'hui.
form-note-anchor-empty = Rien n'a été écrit pour « Je reviens… » : le jeu dira donc « { $promise } ».
form-note-goodbye-order-kept = Le rituel d'au revoir doit contenir une fois chacun le câlin, le bisou et le signe de la main : l'ordre précédent est donc conservé.
form-taken-out-photo = Vous avez retiré { $name } : sa photo a donc été supprimée elle aussi de cet appareil.
form-taken-out-recordings = Vous avez retiré { $name } : { $count ->
    [one] son enregistrement a donc été supprimé lui aussi
   *[other] ses { $count } enregistrements ont donc été supprimés eux aussi
} de cet appareil.
form-taken-out-photo-and-recordings = Vous avez retiré { $name } : sa photo et { $count ->
    [one] son enregistrement
   *[other] ses { $count } enregistrements
} ont donc été supprimés eux aussi de cet appareil.
form-storage-unavailable = Ce navigateur ne permet pas au jeu de conserver les réglages (navigation privée, ou stockage désactivé). Vos modifications fonctionnent jusqu'à la fermeture de la page, mais ne seront pas conservées.
form-storage-full = Le stockage de ce navigateur est plein : vos modifications fonctionnent pour l'instant, mais ne seront pas conservées après la fermeture de la page.
form-read-unreadable = Les réglages enregistrés n'ont pas pu être lus : le jeu a donc démarré avec ses réglages par défaut.
form-read-too-large = Les réglages enregistrés étaient bien trop volumineux ({ $bytes } octets) pour venir du jeu : il a donc démarré avec ses réglages par défaut.
form-read-newer = Les réglages ont été enregistrés par une version plus récente du jeu (format { $version }) ; tout ce que cette version comprend a été conservé.
form-read-fields-reset = Certains réglages enregistrés n'étaient pas valables et ont repris leur valeur par défaut : { $fields }.
form-practice-steps-unreadable = Les étapes d'entraînement enregistrées n'ont pas pu être lues : elles repartent de zéro ; l'ancienne version est gardée de côté sur cet appareil.
form-practice-log-unreadable = Le suivi enregistré n'a pas pu être lu : il repart de zéro ; l'ancienne version est gardée de côté sur cet appareil.
form-practice-entries-left-out = Quelques entrées d'entraînement enregistrées étaient incohérentes et ont été écartées ; tout le reste a été conservé.
form-changed-elsewhere = Les réglages viennent d'être modifiés dans une autre fenêtre du jeu ; ce formulaire les affiche maintenant.
form-log-forgotten = Le suivi discret et les coches d'entraînement ont été effacés de cet appareil.

## Lines the parent area's page scripts write (what is kept, copies, photos, recordings).
## $size is a size already written with its unit ("1.2 MB"); $what and $holds are lists the
## page joins in the language (“2 photos and the settings”); $date is a date already written.

form-page-photos = { $count ->
    [one] { $count } photo
   *[other] { $count } photos
}
form-page-recordings = { $count ->
    [one] { $count } enregistrement
   *[other] { $count } enregistrements
}
form-page-the-settings = les réglages
form-page-the-settings-for = les réglages (pour { $child })
form-page-sized = { $what } ({ $size })
form-page-kept = Conservé sur cet appareil : { $what }.
form-page-kept-nothing = Rien n'est encore conservé sur cet appareil : soit le jeu y est nouveau, soit le navigateur a effacé ce qu'il gardait. Si vous avez enregistré une copie, restaurez-la ci-dessous.
form-page-kept-by-newer = Les photos et les enregistrements sont en sécurité avec la version plus récente du jeu, ouverte dans une autre fenêtre. Fermez cette fenêtre pour utiliser l'autre, ou rechargez celle-ci.
form-page-safe-unknown = Ce navigateur ne dit pas s'il les gardera.
form-page-safe-persisted = Le navigateur a accepté de les garder jusqu'à ce que vous les supprimiez.
form-page-safe-home-screen = Ce navigateur peut les effacer après sept jours sans visite, ou quand l'appareil manque d'espace. Ajoutez le jeu à l'écran d'accueil (Partager, puis Sur l'écran d'accueil) pour les mettre à l'abri, et enregistrez une copie (ci-dessous).
form-page-safe-best-effort = Le navigateur peut les effacer si l'appareil manque d'espace. Le jeu lui demande de les garder chaque fois que vous conservez quelque chose ici ; une copie enregistrée (ci-dessous) reste le moyen le plus sûr.
form-page-room = Avec la copie hors ligne du jeu, ce site utilise { $size } sur les { $quota } que le navigateur lui accorde.
form-page-newer-elsewhere = Une version plus récente du jeu est ouverte dans une autre fenêtre. Fermez cette fenêtre pour utiliser l'autre, ou rechargez celle-ci.
form-page-copy-not-ours = Ce fichier n'est pas une copie faite par See You Soon. Rien n'a été modifié ici.
form-page-copy-damaged = Cette copie est abîmée (incomplète, ou modifiée depuis son enregistrement) : elle n'a donc pas été utilisée. Rien n'a été modifié ici.
form-page-copy-too-large = Ce fichier est bien plus gros qu'une copie du jeu ; il n'a pas été ouvert. Rien n'a été modifié ici.
form-page-copy-newer = Cette copie a été faite par une version plus récente du jeu. Ouvrez une fois le jeu en ligne pour qu'il se mette à jour, puis réessayez. Rien n'a été modifié ici.
form-page-copy-saved = Copie enregistrée ({ $size }). Contenu : { $holds }. Gardez le fichier en lieu sûr, par exemple dans vos e-mails ou sur un espace de stockage en ligne, pour la restaurer sur cet appareil ou sur un autre.
form-page-copy-holds-nothing = rien pour l'instant
form-page-copy-holds = Contenu de cette copie : { $holds }. Remplacer ce qui est sur cet appareil par cette copie, ou garder ce qui est ici et ajouter seulement ce qui manque ?
form-page-copy-made-holds = Cette copie a été faite le { $date }. Contenu : { $holds }. Remplacer ce qui est sur cet appareil par cette copie, ou garder ce qui est ici et ajouter seulement ce qui manque ?
form-page-copy-full = Le stockage de cet appareil est plein : la copie n'a pas pu être restaurée. Libérez de l'espace (anciennes vidéos ou applis), puis réessayez.
form-page-copy-not-brought-newer = La copie n'a pas été restaurée ici.
form-page-copy-refused = Ce navigateur n'a pas voulu stocker la copie (navigation privée, ou stockage désactivé pour ce site).
form-page-copy-partly = Une partie a peut-être déjà été écrite : vérifiez les photos et les enregistrements ci-dessus, ou restaurez à nouveau la copie.
form-page-copy-before-kept = Ce qui était ici avant est conservé.
form-page-copy-brought-back = Restauré : { $holds }. Le jeu va redémarrer avec ces données dans un instant.
form-page-copy-cannot-make = Impossible de faire la copie : ce navigateur n'a pas voulu lire ce qu'il conserve ici.
form-page-nothing-changed = Rien n'a été modifié.
form-page-photo-kept-size = Photo conservée sur cet appareil ({ $size }).
form-page-photo-kept-shown = Photo conservée sur cet appareil ({ $size }). Le jeu la montre partout où cet adulte apparaît.
form-page-photo-none = Pas de photo : le jeu montre le portrait choisi plus haut.
form-page-photo-none-child = Pas de photo : le jeu montre votre enfant en dessin, comme d'habitude.
form-page-photo-not-a-photo = Ce fichier n'est pas une photo. Choisissez une image (JPEG, PNG ou WebP, comme en donnent les appareils photo et les galeries).
form-page-photo-heic = Ce navigateur ne peut pas ouvrir les photos HEIC. Sur un iPhone, choisissez Réglages → Appareil photo → Formats → Le plus compatible, ou choisissez de nouveau la photo dans Photos.
form-page-photo-cannot-open = Ce fichier n'a pas pu être ouvert comme image. Essayez une autre photo.
form-page-photo-too-large = Ce fichier est trop lourd pour être ouvert ici ({ $size }). Choisissez une photo plus légère.
form-page-photo-stays = La photo déjà conservée reste en place.
form-page-photo-opening = Ouverture de la photo…
form-page-photo-very-small = Cette photo est très petite : elle paraîtra floue dans le jeu. Gardez-la quand même, ou choisissez-en une plus grande.
form-page-photo-wide = Une photo large : faites-la glisser pour placer le visage dans le cercle, puis gardez-la.
form-page-photo-frame = Faites glisser la photo pour placer le visage dans le cercle ; pincez ou utilisez le curseur pour l'agrandir. Puis gardez-la.
form-page-photo-none-chosen = Aucune photo prise ni choisie : rien n'a changé.
form-page-photo-not-changed = Pas de changement : la photo déjà conservée reste en place.
form-page-photo-none-kept = Aucune photo conservée.
form-page-photo-deleted = Photo supprimée de cet appareil. Le jeu montre le portrait choisi plus haut.
form-page-change-refused = Cela n'a pas fonctionné : ce navigateur n'autorise peut-être pas à modifier ce qu'il conserve ici.
form-page-photo-full = Le stockage de cet appareil est plein : la photo n'a pas été conservée. Libérez de l'espace (anciennes vidéos ou applis), puis réessayez.
form-page-photo-newer = La photo n'a pas été conservée ici.
form-page-photo-refused = Ce navigateur n'a pas voulu conserver la photo (navigation privée, ou stockage désactivé pour ce site).
form-page-recording-full = Le stockage de cet appareil est plein : l'enregistrement n'a pas été conservé. Libérez de l'espace (anciennes vidéos ou applis), puis réessayez.
form-page-recording-newer = L'enregistrement n'a pas été conservé ici.
form-page-recording-refused = Ce navigateur n'a pas voulu conserver l'enregistrement (navigation privée, ou stockage désactivé pour ce site).
form-page-voice-meanwhile = En attendant, c'est la voix du jeu qui dit cette phrase.
form-page-voice-count = (enregistrées : { $count } sur { $total })
form-page-voice-cannot-record = Ce navigateur ne peut pas enregistrer ici. C'est la voix du jeu qui dira la phrase.
form-page-voice-mic-refused = Le micro n'a pas été autorisé. C'est la voix du jeu qui dira la phrase.
form-page-voice-change-refused = Cela n'a pas fonctionné : ce navigateur n'autorise peut-être pas à modifier les enregistrements ici.

## The looks' names, read by screen readers on the picture buttons: $figure is one of the
## form-look figures, $tone one of the form-tone lines.

form-look-person = { $figure }, { $tone }
form-look-fox = Le renard
form-look-woman = Femme
form-look-man = Homme
form-look-older-woman = Femme âgée
form-look-older-man = Homme âgé
form-tone-light = peau claire
form-tone-medium-light = peau moyennement claire
form-tone-medium = peau légèrement mate
form-tone-medium-dark = peau mate
form-tone-dark = peau foncée

## The practice ladder's first steps, before the family writes its own (real separations,
## from short to long; "I" is the grown-up).

form-rung-next-room = Une minute dans la pièce d'à côté, porte ouverte, en se parlant
form-rung-next-room-longer = Cinq minutes dans la pièce d'à côté
form-rung-out-briefly = Dix minutes dehors, avec quelqu'un que l'enfant connaît
form-rung-grandparent = Avec un grand-parent pendant que je vais faire une course
form-rung-friends-house = Une heure chez un copain, sans moi
form-rung-nursery = Une matinée à la crèche
form-practice-not-kept = Les étapes d'entraînement n'ont pas pu être enregistrées dans ce navigateur : elles restent jusqu'à la fermeture de la page.

## The printable pages, printed by the family for themselves and for the child's nursery.
## $child and $grownup are the names as saved; $who is the grown-up who picks up; $promise
## is the family's return anchor ("après la sieste"): it completes "Je reviens …"; $reunion is
## the family's own reunion line, as typed; $time is a pick-up time as typed ("16 h 30"); $days
## is a list of weekdays already joined ("Lundi, Mardi et Vendredi"); $day is a weekday;
## $meanwhile is what the child does meanwhile, as typed, completing "tu vas …" (morning-meanwhile).

form-print-card-page = Le rituel d'au revoir de { $child } : une carte pour la crèche ou la nounou
form-print-card-title = Le rituel d'au revoir de { $child }
form-print-card-for = Pour la crèche ou la nounou de { $child }, de la part de { $grownup }. Nous nous disons toujours au revoir de la même façon : merci de nous aider à garder ce rituel.
form-print-card-our-goodbye = Notre au revoir, toujours le même
form-print-card-see-you-soon = « À tout à l'heure ! »
form-print-card-short-and-warm = Court et tendre : nous ne partons jamais en cachette.
form-print-card-promise = La promesse
form-print-card-promise-said = « Je reviens { $promise }. { $reunion } »
form-print-card-remind = Merci de rappeler à { $child } : { $grownup } revient { $promise }.
form-print-card-pick-up-time = Heure de sortie : { $time }.
form-print-card-picks-up = { $days } : { $who } vient chercher l'enfant.
form-print-card-while-away = Pendant l'absence de { $grownup }
form-print-card-meanwhile = Dire à { $child } ce qui va se passer l'aide beaucoup : « Aujourd'hui, tu vas { $meanwhile }. »
form-print-card-love = Notre lien d'amour
form-print-card-love-how = Chaque matin, nous dessinons un cœur sur la main de { $child } et sur celle de { $grownup }. Quand { $child } appuie dessus, { $grownup } sent son amour et lui en renvoie plein. Si nous manquons à { $child }, appuyez ensemble sur le cœur et dites :
form-print-card-love-said = « Oh, tu as senti ? Je crois bien que c'est { $grownup } qui t'envoie plein d'amour ! »
form-print-chain-title = La guirlande des dodos de { $child }
form-print-chain-how = { $count ->
    [one] Encore un dodo
   *[other] Encore { $count } dodos
} avant le prochain jour à la maison. Découpez les bandes, collez-les en anneaux pour former une guirlande, et retirez un anneau chaque soir au coucher : quand il ne reste plus que la maison, c'est le jour à la maison.
form-print-chain-no-home-day = Le calendrier de la semaine n'a pas encore de jour à la maison : choisissez-en un dans le calendrier de la semaine, dans l'espace parents, puis imprimez de nouveau cette page.
form-print-chain-link = { $count ->
    [one] { $count } dodo
   *[other] { $count } dodos
}
form-print-chain-last = Jour à la maison avec { $grownup } ! ({ $day })
form-print-week-title = La semaine de { $child }
form-print-week-key = Une maison, c'est un jour à la maison ; une école, c'est un jour de crèche, avec la personne qui vient chercher l'enfant.
form-print-week-school = Crèche. { $who } vient te chercher.
form-print-week-home = Jour à la maison !
form-print-love-title = Le lien d'amour de { $child }
form-print-love-how = Tracez le cœur sur la main de { $child } et sur celle de { $grownup }. Appuyez dessus pour envoyer de l'amour : l'autre le sent, toute la journée.
form-print-love-hand = La main de { $who }, avec un cœur à tracer
form-print-love-colour = { $grownup } rentre toujours à la maison. Colorie le chemin du retour !
form-print-love-picture = Un dessin à colorier : l'adulte rentre à la maison par le chemin en faisant coucou de la main, et l'enfant l'attend à la porte.
