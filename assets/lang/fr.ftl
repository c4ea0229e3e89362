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
