# See You Soon: every line the game says and shows, in Spanish (neutral, tú).
#
# Lines are spoken to a child of one to five, usually on a grown-up's lap: warm and short.
# Names are typed by the family in any script; they stand as typed, with no endings added.
# Every language has every message here, with the same placeholders (the build checks).

## Home and the end of a session. $grownup is the grown-up's name as typed; $child the child's.

tap-to-start = ¡Toca para empezar!
what-shall-we-play = ¿A qué jugamos hoy?
who-will-hide = ¿Quién se esconde?
all-done = ¡Ya está! Ahora, ¡a jugar con { $grownup }!

## The cards on Home, under their pictures: a word or two each.

card-peekaboo = ¡Cucú!
card-journey = De vuelta a casa
card-my-turn = Me toca ir a mí
card-calendar = Nuestra semana
card-morning = Practicar el adiós

## Peekaboo. $who is the grown-up hiding, or the toy (teddy, duck), used as a name.

teddy = Osito
duck = Patito
peekaboo-here = ¡Aquí está { $who }!
peekaboo-where = ¿Dónde está { $who }?
peekaboo-watch-cups = ¡Mira a { $who }! ¿Adónde va { $who }?
peekaboo-peeking-out = ¡Mira! ¡{ $who } se está asomando!
peekaboo-not-in-there = ¡Aquí no está! ¿Dónde está { $who }?
peekaboo-back = ¡Cucú! ¡{ $who } está de vuelta!
peekaboo-toy-found = ¡Ahí está { $who }! ¡Cucú!
peekaboo-bye-bye = ¡Adiós, { $who }! ¡Hasta pronto!

## The journey: the goodbye. $promise is the return anchor ("después de la siesta"): it completes "Vuelvo …".

ask-hug = ¡Dale un abrazo grande a { $grownup }!
ask-kiss = ¡Dale un beso a { $grownup }!
ask-wave = ¡Dile adiós con la mano a { $grownup }!
hugged = ¡Qué abrazo tan grande!
kissed = ¡Muac! Un beso en tu mano, para guardarlo.
waved = ¡Adiós, { $grownup }!
farewell = ¡Hasta pronto, { $child }! Vuelvo { $promise }.

## While the grown-up is away: the child paints.

away-people = { $grownup } está en el trabajo, junto a la ventana grande. { $child } está haciendo un dibujo para { $grownup }.
away-foxes = { $grownup } está buscando moras en el prado. { $child } está haciendo un dibujo para { $grownup }.
paint-yellow = ¡Amarillo!
paint-blue = ¡Azul!
paint-green = ¡Verde!
paint-pink = ¡Rosa!
lovely = ¡Qué bonito!

## The way home, in the town (people) and in the forest (a fox family). Each stop has a line, and a line once the child has helped.

time-to-go-home = ¡Hora de volver a casa! ¡{ $grownup } vuelve con { $child }!
people-leaving = { $grownup } sale del trabajo.
people-leaving-helped = ¡Adiós, trabajo! ¡{ $grownup } vuelve a casa!
people-waiting = { $grownup } está esperando el autobús.
people-waiting-helped = ¡Aquí viene el autobús!
people-riding = ¡{ $grownup } va en el autobús!
people-riding-helped = ¡Semáforo en verde! ¡Vámonos!
people-park = { $grownup } va caminando por el parque.
people-park-helped = ¡Cua, cua! ¡Los patos te dan las gracias!
people-street = ¡{ $grownup } ya está en nuestra calle!
people-street-helped = ¡Una flor para { $child }!
people-door = ¡{ $grownup } ya casi está en la puerta!
people-door-helped = ¡Un beso volando para { $grownup }!
foxes-leaving = { $grownup } sale del prado.
foxes-leaving-helped = ¡Moras para los zorritos!
foxes-waiting = { $grownup } está en el arroyo.
foxes-waiting-helped = ¡Salta, salta, de piedra en piedra!
foxes-riding = ¡{ $grownup } va corriendo por el bosque!
foxes-riding-helped = ¡Uh, uh! ¡Hola, búho!
foxes-park = { $grownup } está en el tronco grande.
foxes-park-helped = ¡Arriba! ¡Por encima del tronco!
foxes-street = { $grownup } va por el camino de los hongos.
foxes-street-helped = ¡Una flor para { $child }!
foxes-door = ¡{ $grownup } ya casi está en la madriguera!
foxes-door-helped = ¡Un beso volando para { $grownup }!
clock-at-the-heart = Cuando la aguja grande llegue al corazón, { $grownup } estará en casa.

## The child's turn: the child goes to school and comes home to the grown-up.

child-farewell = ¡Que tengas un día precioso en la escuela, { $child }! Aquí estaré cuando vuelvas a casa.
away-child = { $child } está en la escuela, pintando un dibujo. { $grownup } está en casa, esperando.
child-clock-at-the-heart = Cuando la aguja grande llegue al corazón, { $child } vuelve a casa.
child-time-to-go-home = ¡Hora de volver a casa! ¡{ $child } vuelve con { $grownup }!
child-leaving = { $child } sale de la escuela.
child-leaving-helped = ¡Adiós, escuela! ¡{ $child } vuelve a casa!
child-waiting = { $child } está esperando el autobús.
child-riding = ¡{ $child } va en el autobús!
child-park = { $child } va caminando por el parque.
child-street = ¡{ $child } ya está en nuestra calle!
child-street-helped = ¡Una flor para { $grownup }!
child-door = ¡{ $child } ya casi está en la puerta!
child-is-home = ¡Es { $child }! ¡Qué feliz está { $grownup } de tenerte en casa!

## The reunion at the door.

who-is-at-the-door = ¡Toc, toc! ¿Quién está en la puerta?
knock-knock = ¡Toc, toc!
its-the-grown-up = ¡Es { $grownup }! ¡{ $grownup } ya está en casa!
ask-welcome-hug = ¡Dale un abrazo grande a { $grownup }!
welcome-hugged = ¡Un abrazo grande de bienvenida!
beautiful-picture = ¡Qué dibujo tan bonito, { $child }!
i-missed-you = ¡Tenía muchas ganas de verte, { $child }!
see-you-next-time = ¡Hasta la próxima, { $child }!

## The morning goodbye practice. $meanwhile is what the child will do today, as the parent typed it: it completes "vas a …".

morning-hug = ¡Es hora de despedirnos! Primero, ¡un abrazo grande para { $grownup }!
morning-promise = Vuelvo { $promise }, { $child }. Siempre vuelvo.
morning-meanwhile = Mientras no estoy, vas a { $meanwhile }.
morning-love = Aprieta el corazón de tu mano, ¡y { $grownup } sentirá tu amor!
morning-see-you-soon = ¡Hasta pronto, { $child }! ¡Adiós!

## The Love Connection (a heart drawn on the child's hand) and the Kissing Hand (a kiss kept in the palm).

love-drawing = { $grownup } te dibuja un corazón en la mano: ¡es tu Conexión de Amor! ¡Toca, toca, toca!
love-heart-drawn = ¡Un corazón! Apriétalo para mandarle amor a { $grownup }.
love-zapped = ¡Bzzzz! ¡{ $grownup } siente tu amor!
love-sent-back = ¡{ $grownup } también le manda amor a { $child }!
kiss-in-your-hand = ¡Muac! Un beso de { $grownup }. ¡Te quiero, { $child }!

## The week calendar. $who is whoever picks the child up; $day a weekday's name (one of the
## messages below); $count a number of sleeps (nights) to wait, from 1 to 7.

calendar-school-today = Hoy es día de escuela. { $who } te recoge { $promise }.
calendar-home-today = ¡Hoy es un día en casa, con { $grownup }!
sleeps-until-home-day = { $count ->
    [one] Solo falta una noche para un día en casa.
   *[other] Faltan { $count } noches para un día en casa.
}
sleeps-until-school-day = { $count ->
    [one] Solo falta una noche para un día de escuela.
   *[other] Faltan { $count } noches para un día de escuela.
}
calendar-school-day = { $day }: día de escuela. { $who } te recoge.
calendar-home-day = { $day }: día en casa.
monday = Lunes
tuesday = Martes
wednesday = Miércoles
thursday = Jueves
friday = Viernes
saturday = Sábado
sunday = Domingo
# Under each day of the week, on a small tile: as short as the language writes it.
monday-short = Lun
tuesday-short = Mar
wednesday-short = Mié
thursday-short = Jue
friday-short = Vie
saturday-short = Sáb
sunday-short = Dom

## What the grown-up says in their own voice when they record a line the narrator says about
## them ("¡Cucú! ¡Mamá está de vuelta!" is recorded as "¡Cucú!").

own-peekaboo-back = ¡Cucú!
own-time-to-go-home = ¡Ya voy para casa!
own-its-the-grown-up = ¡Soy yo! ¡Ya estoy en casa!
own-kiss-in-your-hand = ¡Muac! ¡Te quiero!
own-love-sent-back = ¡Yo también te quiero, { $child }!

## Said instead of a name that has nothing a voice can say (a name that is only emoji).

spoken-grown-up = tu persona especial
spoken-child = mi tesoro

## On the screen for the grown-up: the corner that leads to the parent area.

for-grown-ups = Para los mayores
gate-key-in = Para los mayores: marca
gate-locked = El espacio de los mayores se bloquea un minuto tras tres respuestas equivocadas. Vuelve a intentarlo dentro de { $count } segundos.

## The return anchors a parent picks from; each completes "Vuelvo …" (farewell,
## morning-promise) and "… te recoge …" (calendar-school-today).

anchor-after-nap = después de la siesta
anchor-after-snack = después de la merienda
anchor-after-lunch = después de comer

## What a family starts with before typing its own. The reunion line is said by the grown-up
## at the door; default-meanwhile completes "Mientras no estoy, vas a …" (morning-meanwhile).

default-meanwhile = pintar, jugar con tus amigos y comer algo rico
default-reunion-line = Siempre vuelvo contigo
default-child-name = Leo
# The grown-up names offered as one-tap choices, separated by commas; the first is the one a
# new family starts with. What a small child calls a parent or grandparent in this language.
grown-up-presets = Mamá, Papá, Abuela, Abuelo, Mami, Papi

## The parent area's settings form, read by the grown-up (adult words, short; "tú", "tu peque"
## for the child). A line that names something in the game keeps the game's words for it.

form-how-to-use = Cómo usar See You Soon
form-guide-together = Al principio, juega con tu peque en el regazo; más adelante podrá jugar por su cuenta, contigo cerca.
form-guide-ends-itself = Deja que cada sesión termine sola: siempre acaba cuando vuelve quien se había ido.
form-guide-same-goodbye = Despídete en la puerta de verdad igual que en el juego (con tu rutina de despedida, más abajo), di cuándo volverás y vuelve con cariño.
form-guide-off-screen = La práctica de verdad es fuera de la pantalla: separaciones cortas que se van alargando poco a poco.
form-this-page = En esta página
form-link-plan = Rutina de despedida
form-link-practice = Práctica
form-link-print = Para imprimir
form-link-log = Registro privado
form-names = Nombres
form-child-name = Nombre de tu peque
form-names-hint = En cualquier idioma, con emojis incluidos. En pantalla, los nombres se ven tal como los escribes; la voz se salta los emojis.
form-called = Cómo te llama tu peque
form-someone-else = Otra persona (escríbelo abajo)
form-or-type-it = O escríbelo
form-or-type-it-example = p. ej. Yaya, Tata, Abu
form-your-picture = Tu imagen
form-going-away-today = Se va hoy
form-photo-hint = Con una foto, esta persona aparece tal como es: en el juego del cucú, en los retratos de «De vuelta a casa» y en el calendario. La foto se queda en este dispositivo.
form-take-photo = Hacer una foto
form-choose-photo = Elegir una foto
form-delete-photo = Borrar la foto
form-photo-framer = La foto: arrástrala para que la cara quede dentro del círculo
form-photo-size = Tamaño
form-keep-photo = Usar esta foto
form-cancel = Cancelar
form-more-grown-ups = Hasta tres adultos más que también vuelven: un padre o una madre, un abuelo o una abuela, una cuidadora. Quien se va hoy es a quien los juegos muestran y nombran.
# $count is the grown-up's number in the form: 2, 3 or 4.
form-grown-up-number = Adulto { $count } (opcional)
form-name = Nombre
form-leave-empty = Déjalo vacío si no hay nadie
form-plan = Tu rutina de despedida
form-plan-hint = Haz siempre la misma despedida, en la puerta de verdad y en el juego: «De vuelta a casa» la sigue en este orden, y la tarjeta para la guardería la lleva impresa.
form-ritual-first = Primero
form-ritual-then = Después
form-ritual-last = y al final, «¡Hasta pronto!»
form-goodbye-hug = un abrazo grande
form-goodbye-kiss = un beso en la mano, para guardarlo
form-goodbye-wave = un adiós con la mano en la puerta
form-back-when = «Vuelvo…»
form-own-words-choice = con mis palabras:
form-own-words = Tus propias palabras
form-own-words-example = p. ej. después del parque
form-reunion-line = Lo que dices al volver
form-meanwhile = Mientras no estás, tu peque va a…
form-meanwhile-example = p. ej. pintar, jugar y merendar
form-pick-up-time = Hora de recogida, para la tarjeta de la guardería (opcional)
form-pick-up-time-example = p. ej. 15:00
form-how-long = Tiempo de juego
form-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
form-journey = De vuelta a casa
form-journey-people = Personas
form-journey-foxes = La familia de zorros
form-week = El calendario de la semana
form-week-hint = El calendario de tu peque muestra cada día como una escuela o una casa, y dice quién recoge y cuántas noches faltan para un día en casa. «Tú» es el primer nombre de arriba; un día asignado a un adulto sin nombre pasa a ser tuyo.
form-you-pick-up = Escuela o guardería: recoges tú
# $who is the name of another grown-up.
form-who-picks-up = Escuela o guardería: recoge { $who }
# Stands for a grown-up not named yet; $count is their number in the form.
form-unnamed-grown-up = adulto { $count }
form-home-day = Día en casa
form-sound-and-motion = Sonido y movimiento
form-voice = Voz
form-sound-effects = Efectos de sonido
form-music = Música
form-language = Idioma del juego
form-device-language = Idioma de este dispositivo
form-game-voice = Voz del juego
form-warm-voice = Que el juego elija una voz cálida
form-not-on-device = no está en este dispositivo
form-no-voice = Este dispositivo no tiene voz para este idioma: el juego muestra sus frases en el bocadillo y dice con tu propia voz las que grabes más abajo.
form-motion-device = Como en este dispositivo
form-motion-less = Menos movimiento
form-motion-full = Movimiento completo
form-kept = Guardado en este dispositivo
form-kept-hint = Las fotos, las grabaciones y los ajustes se quedan en este dispositivo y nunca se envían a ningún sitio.
form-copy-hint = Una copia en un archivo los pone a salvo si este navegador borra lo que tiene guardado, y te permite llevarlos a otro dispositivo.
form-save-copy = Guardar una copia
form-bring-back-copy = Recuperar una copia
form-replace = Sustituir lo que hay aquí
form-merge = Conservar lo que hay aquí y añadir lo que falta
form-save = Guardar
form-back-to-game = Volver al juego

## The parent area's practice ladder, things to print and quiet log. $seconds, $start and
## $ceiling are seconds (a number already written, $seconds with one decimal); $what is a
## practice step in the parent's own words; $step and $steps count the steps; $date is a
## short date.

form-practice-title = Práctica fuera de la pantalla
form-practice-hint = Lo que más ayuda sucede en la puerta de verdad: separaciones cortas y previsibles que se van alargando. Repite cada paso unas cuantas veces, márcalo cada vez que ocurra y pasa al siguiente cuando haya sido fácil dos veces.
form-practice-in-game-label = En el juego
form-practice-in-game = en el juego del cucú, el adulto ahora se queda escondido { $seconds } segundos. El tiempo aumenta solo, de { $start } a { $ceiling } segundos, a medida que { $child } lo encuentra.
form-practice-at-door-label = En la puerta de verdad
form-practice-step-of = paso { $step } de { $steps }: «{ $what }»
form-practice-no-steps = aún no hay pasos
form-practising-now = Practicando ahora
form-practise-this-one = Practicar este
form-ticks-not-yet = todavía no
form-ticks-times = { $count ->
    [one] una vez
   *[other] { $count } veces
}
form-ticks-hard = { $count ->
    [one] { $count } difícil
   *[other] { $count } difíciles
}
form-ticks-okay = { $count } bien
form-ticks-easy = { $count ->
    [one] { $count } fácil
   *[other] { $count } fáciles
}
form-felt-hard = difícil
form-felt-okay = bien
form-felt-easy = fácil
form-how-did-it-go = Hoy ha tocado «{ $what }». ¿Qué tal ha ido?
form-untick = Deshacer la última marca
form-step-number = Paso { $step }
form-add-step = Añadir un paso
form-empty-takes-out = Vacío: se quitará este paso
form-change-steps = Cambiar los pasos
form-keep-steps = Guardar estos pasos
form-advice-first-step = Añade un primer paso pequeño: un minuto en la habitación de al lado es un buen comienzo.
form-advice-begin = Prueba «{ $what }» unas cuantas veces y márcalo cada vez que ocurra.
form-advice-stay = Sigue con este paso hasta que salga fácil dos veces seguidas.
form-advice-move-up = Fácil dos veces seguidas: cuando estéis listos los dos, pasa a «{ $what }».
form-advice-climbed = Fácil dos veces en el último paso: habéis subido la escalera entera. Añade un paso más grande cuando surja la ocasión.
form-advice-go-back = Dos días difíciles: vuelve a «{ $what }» durante unos días. Dar un paso atrás forma parte del camino; no es un fracaso.
form-advice-smaller = Dos días difíciles: haz este paso más pequeño durante un tiempo (más corto o más cerca) y vuelve siempre con cariño.
form-print-title = Para imprimir
form-print-hint = Cada uno ocupa una página, en A4 o carta (US Letter), con los nombres y las fotos de tu familia. Imprimir, o «Guardar como PDF» en la ventana de impresión, funciona sin conexión.
form-print-card = Una tarjeta para la guardería o la cuidadora
form-print-chain = Una cadena de papel para contar las noches
form-print-week = El calendario de la semana
form-print-love = Un corazón para repasar y el camino de vuelta a casa para colorear
form-print-preview = Vista previa
form-print-now = Imprimir esta página
form-log-title = Tu registro privado
form-log-hint = Solo para ti: se guarda solo en este dispositivo y tu peque nunca lo ve. Los altibajos son normales; no hay ninguna racha que mantener.
form-log-played = { $count ->
    [0] Aún no se ha jugado ninguna sesión.
    [one] { $count } sesión jugada en total.
   *[other] { $count } sesiones jugadas en total.
}
form-log-first = La primera: { $date }.
form-log-key-sessions = sesiones por semana
form-log-key-hide = tiempo escondido en el cucú (hasta { $ceiling } s)
form-log-key-practice = práctica de verdad:
form-log-week-by-week = Semana a semana
form-log-week-of = Semana del
form-log-sessions = Sesiones
form-log-peekaboo-hide = Escondido en el cucú
form-log-real-practice = Práctica de verdad
form-log-hide-seconds = { $seconds } s
form-log-forget-all = Borrar todo esto
form-log-forget-note = Esto borra de este dispositivo el registro y las marcas de práctica. Los pasos de práctica, los ajustes, las fotos y las grabaciones se conservan.
form-log-forget = Borrar el registro y las marcas

## The parent area's own voices: each grown-up records the lines they say. $who is the
## grown-up's name.

form-own-voices = Vuestras propias voces
form-own-voices-hint = Cada adulto puede grabar las frases que dice, con su propia voz y en su idioma, y el juego las reproduce en vez de leerlas él. Nada es obligatorio: empieza por las tres primeras. Las grabaciones se quedan en este dispositivo.
form-voice-of = Voz de { $who }
form-start-with-these = Empieza por estas
form-heard-peekaboo = Cucú
form-heard-goodbye = La despedida
form-heard-way-home = El camino de vuelta a casa
form-heard-homecoming = De nuevo en casa
form-heard-morning = La despedida de la mañana
form-heard-hands = Las manos de tu peque
form-record = Grabar
form-listen = Escuchar
form-keep = Usar
form-delete = Borrar
form-stop = Parar
form-voice-recording = Grabando… toca Parar cuando termines.
form-voice-new = Grabación nueva: escúchala y luego úsala o bórrala.
form-voice-kept = Guardada en este dispositivo. El juego usa tu voz para esta frase.
form-voice-none = Sin grabar: la dice la voz del juego.
