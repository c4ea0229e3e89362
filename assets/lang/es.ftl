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
form-child-photo-hint = También una foto de tu peque, si quieres: el juego la muestra cuando es tu peque quien vuelve a casa, y en la pared del trabajo del adulto. La foto se queda en este dispositivo.
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

## The parent area's notes at the top, after saving or on opening. $child and $grownup are the
## names as saved; $field is one of the form-field lines; $name is a name as the game will use
## it; $said is what the voice says for it.

form-saved = Guardado: el juego dirá «{ $child }» y «{ $grownup }», y cada sesión durará { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
form-saved-for-now = Cambiado solo por ahora: el juego dirá «{ $child }» y «{ $grownup }», y cada sesión durará { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}. No se ha podido guardar en este navegador.
form-field-child = El nombre de tu peque
form-field-grown-up = El nombre del adulto
form-field-other-grown-up = El nombre del adulto { $number }
form-note-name-empty = { $field } estaba vacío, así que el juego dirá «{ $name }».
form-note-name-shortened = { $field } puede tener como máximo { $limit } caracteres: «{ $name }».
form-note-voice-cannot-say = { $field }: en pantalla se ve «{ $name }»; la voz no puede decir emojis, así que dice «{ $said }».
form-note-voice-says = { $field }: en pantalla se ve «{ $name }»; la voz dice «{ $said }» (los emojis se ven, pero no se dicen).
form-note-away-today-unnamed = El adulto elegido para irse hoy no tiene nombre, así que hoy se va el primer adulto.
form-note-anchor-empty = No había nada escrito en «Vuelvo…», así que el juego dirá «{ $promise }».
form-note-goodbye-order-kept = La despedida necesita el abrazo, el beso y el adiós con la mano una vez cada uno, así que se queda en el orden que tenía.
form-taken-out-photo = Se ha quitado a { $name }, así que también se ha borrado su foto de este dispositivo.
form-taken-out-recordings = Se ha quitado a { $name }, así que también { $count ->
    [one] se ha borrado su grabación
   *[other] se han borrado sus { $count } grabaciones
} de este dispositivo.
form-taken-out-photo-and-recordings = Se ha quitado a { $name }, así que también se han borrado de este dispositivo su foto y { $count ->
    [one] su grabación
   *[other] sus { $count } grabaciones
}.
form-storage-unavailable = Este navegador no deja que el juego guarde los ajustes (navegación privada o almacenamiento desactivado). Tus cambios funcionan hasta que cierres la página, pero no se guardarán.
form-storage-full = El almacenamiento de este navegador está lleno: tus cambios funcionan por ahora, pero no se guardarán al cerrar la página.
form-read-unreadable = No se han podido leer los ajustes guardados, así que el juego ha empezado con los ajustes predeterminados.
form-read-too-large = Los ajustes guardados ocupaban demasiado ({ $bytes } bytes) para ser del juego, así que ha empezado con los ajustes predeterminados.
form-read-newer = Los ajustes los guardó una versión más nueva del juego (formato { $version }); se ha conservado todo lo que esta versión entiende.
form-read-fields-reset = Algunos ajustes guardados no tenían sentido y han vuelto a su valor predeterminado: { $fields }.
form-practice-steps-unreadable = No se han podido leer los pasos de práctica guardados, así que empiezan de nuevo; la copia anterior se guarda aparte en este dispositivo.
form-practice-log-unreadable = No se ha podido leer el registro guardado, así que empieza de nuevo; la copia anterior se guarda aparte en este dispositivo.
form-practice-entries-left-out = Algunas anotaciones de práctica guardadas no tenían sentido y se han descartado; todo lo demás se ha conservado.
form-changed-elsewhere = Los ajustes se acaban de cambiar en otra ventana del juego; este formulario ya muestra los cambios.
form-log-forgotten = Se han borrado de este dispositivo el registro privado y las marcas de práctica.

## Lines the parent area's page scripts write (what is kept, copies, photos, recordings).
## $size is a size already written with its unit ("1,2 MB"); $what and $holds are lists the
## page joins in the language ("2 fotos y los ajustes"); $date is a date already written.

form-page-photos = { $count ->
    [one] { $count } foto
   *[other] { $count } fotos
}
form-page-recordings = { $count ->
    [one] { $count } grabación
   *[other] { $count } grabaciones
}
form-page-the-settings = los ajustes
form-page-the-settings-for = los ajustes (de { $child })
form-page-sized = { $what } ({ $size })
form-page-kept = Guardado en este dispositivo: { $what }.
form-page-kept-nothing = Todavía no hay nada guardado en este dispositivo: es nuevo para el juego, o el navegador ha borrado lo que tenía guardado. Si guardaste una copia, recupérala más abajo.
form-page-kept-by-newer = Las fotos y las grabaciones están a salvo con la versión más nueva del juego, abierta en otra ventana. Cierra esta ventana y usa aquella, o vuelve a cargar esta.
form-page-safe-unknown = Este navegador no indica si lo conservará.
form-page-safe-persisted = El navegador ha aceptado conservarlo hasta que tú lo borres.
form-page-safe-home-screen = Este navegador puede borrarlo si pasan siete días sin que abras el juego, o si al dispositivo le falta espacio. Para ponerlo a salvo, añade el juego a la pantalla de inicio (Compartir y luego Añadir a pantalla de inicio) y guarda una copia (más abajo).
form-page-safe-best-effort = El navegador puede borrarlo si al dispositivo le falta espacio. El juego le pide que lo conserve cada vez que guardas algo aquí, pero lo único seguro es guardar una copia (más abajo).
form-page-room = Con la copia del juego para usarlo sin conexión, este sitio ocupa { $size } de los { $quota } que le permite el navegador.
form-page-newer-elsewhere = Hay una versión más nueva del juego abierta en otra ventana. Cierra esta ventana y usa aquella, o vuelve a cargar esta.
form-page-copy-not-ours = Ese archivo no es una copia hecha con See You Soon. No se ha cambiado nada.
form-page-copy-damaged = Esa copia está dañada (incompleta o modificada después de guardarla), así que no se ha usado. No se ha cambiado nada.
form-page-copy-too-large = Ese archivo es mucho más grande que cualquier copia del juego, así que no se ha abierto. No se ha cambiado nada.
form-page-copy-newer = Esa copia la hizo una versión más nueva del juego. Abre el juego una vez con conexión para que se actualice y vuelve a intentarlo. No se ha cambiado nada.
form-page-copy-saved = Copia guardada ({ $size }). Incluye: { $holds }. Guarda el archivo en un lugar seguro, como tu correo o la nube, para recuperarlo en este o en otro dispositivo.
form-page-copy-holds-nothing = nada todavía
form-page-copy-holds = Esta copia incluye: { $holds }. ¿Quieres sustituir con ella lo que hay en este dispositivo, o conservar lo que hay aquí y añadir solo lo que falta?
form-page-copy-made-holds = Esta copia, hecha el { $date }, incluye: { $holds }. ¿Quieres sustituir con ella lo que hay en este dispositivo, o conservar lo que hay aquí y añadir solo lo que falta?
form-page-copy-full = El almacenamiento de este dispositivo está lleno, así que no se ha podido recuperar la copia. Libera algo de espacio (vídeos antiguos o apps que ya no uses) y vuelve a intentarlo.
form-page-copy-not-brought-newer = La copia no se ha recuperado aquí.
form-page-copy-refused = Este navegador no ha querido guardar la copia (navegación privada o almacenamiento desactivado para este sitio).
form-page-copy-partly = Puede que se haya guardado una parte; revisa las fotos y las grabaciones de arriba, o vuelve a recuperar la copia.
form-page-copy-before-kept = Lo que había aquí antes se conserva.
form-page-copy-brought-back = Recuperado: { $holds }. En un momento, el juego vuelve a empezar con todo ello.
form-page-copy-cannot-make = No se ha podido hacer la copia: este navegador no ha dejado leer lo que tiene guardado aquí.
form-page-nothing-changed = No se ha cambiado nada.
form-page-photo-kept-size = Guardada en este dispositivo ({ $size }).
form-page-photo-kept-shown = Guardada en este dispositivo ({ $size }). El juego la muestra siempre que aparece este adulto.
form-page-photo-none = Sin foto: el juego muestra la imagen elegida arriba.
form-page-photo-none-child = Sin foto: el juego muestra el dibujo de tu peque, como siempre.
form-page-photo-not-a-photo = Ese archivo no es una foto. Elige una imagen (JPEG, PNG o WebP, como las de la cámara o la galería).
form-page-photo-heic = Este navegador no puede abrir fotos HEIC. En un iPhone, ve a Ajustes → Cámara → Formatos → Más compatible, o vuelve a elegir la foto desde Fotos.
form-page-photo-cannot-open = No se ha podido abrir este archivo como imagen. Prueba con otra foto.
form-page-photo-too-large = Ese archivo es demasiado grande para abrirlo aquí ({ $size }). Elige una foto más pequeña.
form-page-photo-stays = Se mantiene la foto que había.
form-page-photo-opening = Abriendo la foto…
form-page-photo-very-small = Esta foto es muy pequeña y se verá borrosa en el juego. Puedes usarla igualmente o elegir una más grande.
form-page-photo-wide = Una foto ancha: arrástrala para que la cara quede dentro del círculo y luego toca «Usar esta foto».
form-page-photo-frame = Arrastra la foto para que la cara quede dentro del círculo; pellizca o usa el control de tamaño para agrandarla. Luego toca «Usar esta foto».
form-page-photo-none-chosen = No se ha hecho ni elegido ninguna foto, así que no ha cambiado nada.
form-page-photo-not-changed = Sin cambios: se mantiene la foto que había.
form-page-photo-none-kept = No hay ninguna foto guardada.
form-page-photo-deleted = Borrada de este dispositivo. El juego muestra la imagen elegida arriba.
form-page-change-refused = No ha funcionado: puede que este navegador no permita cambiar lo que tiene guardado aquí.
form-page-photo-full = El almacenamiento de este dispositivo está lleno, así que la foto no se ha guardado. Libera algo de espacio (vídeos antiguos o apps que ya no uses) y vuelve a intentarlo.
form-page-photo-newer = La foto no se ha guardado aquí.
form-page-photo-refused = Este navegador no ha querido guardar la foto (navegación privada o almacenamiento desactivado para este sitio).
form-page-recording-full = El almacenamiento de este dispositivo está lleno, así que la grabación no se ha guardado. Libera algo de espacio (vídeos antiguos o apps que ya no uses) y vuelve a intentarlo.
form-page-recording-newer = La grabación no se ha guardado aquí.
form-page-recording-refused = Este navegador no ha querido guardar la grabación (navegación privada o almacenamiento desactivado para este sitio).
form-page-voice-meanwhile = Mientras tanto, la voz del juego dice esta frase.
form-page-voice-count = ({ $count } de { $total } grabadas)
form-page-voice-cannot-record = Este navegador no puede grabar aquí. La voz del juego dirá la frase.
form-page-voice-mic-refused = No se ha dado permiso para usar el micrófono. La voz del juego dirá la frase.
form-page-voice-change-refused = No ha funcionado: puede que este navegador no permita cambiar las grabaciones aquí.

## The looks' names, read by screen readers on the picture buttons: $figure is one of the
## form-look figures, $tone one of the form-tone lines.

form-look-person = { $figure }, { $tone }
form-look-fox = El zorro
form-look-woman = Mujer
form-look-man = Hombre
form-look-older-woman = Mujer mayor
form-look-older-man = Hombre mayor
form-tone-light = tono de piel claro
form-tone-medium-light = tono de piel claro medio
form-tone-medium = tono de piel medio
form-tone-medium-dark = tono de piel oscuro medio
form-tone-dark = tono de piel oscuro

## The practice ladder's first steps, before the family writes its own (real separations,
## from short to long; "I" is the grown-up).

form-rung-next-room = Un minuto en la habitación de al lado, con la puerta abierta y hablando
form-rung-next-room-longer = Cinco minutos en la habitación de al lado
form-rung-out-briefly = Diez minutos fuera, con alguien a quien tu peque conoce
form-rung-grandparent = Con la abuela o el abuelo mientras voy a comprar
form-rung-friends-house = Una hora en casa de un amigo, sin mí
form-rung-nursery = Una mañana en la guardería
form-practice-not-kept = Los pasos de práctica no se han podido guardar en este navegador: duran hasta que se cierre la página.

## The printable pages, printed by the family for themselves and for the child's nursery.
## $child and $grownup are the names as saved; $who is the grown-up who picks up; $promise
## is the family's return anchor ("después de la siesta"): it completes "Vuelvo …"; $reunion is
## the family's own reunion line, as typed; $time is a pick-up time as typed ("15:00"); $days is
## a list of weekdays already joined ("Lunes, Martes y Viernes"); $day is a weekday; $meanwhile
## is what the child does meanwhile, as typed, completing "va a …".

form-print-card-page = La despedida de { $child }: una tarjeta para la guardería o la cuidadora
form-print-card-title = La despedida de { $child }
form-print-card-for = Para la maestra o la cuidadora de { $child }, de parte de { $grownup }. Nos despedimos siempre de la misma manera: gracias por ayudarnos a que siga siendo así.
form-print-card-our-goodbye = Nuestra despedida, siempre igual
form-print-card-see-you-soon = «¡Hasta pronto!»
form-print-card-short-and-warm = Corta y cariñosa: nunca nos vamos a escondidas.
form-print-card-promise = La promesa
form-print-card-promise-said = «Vuelvo { $promise }. { $reunion }»
form-print-card-remind = Por favor, recuérdale a { $child } que { $grownup } vuelve { $promise }.
form-print-card-pick-up-time = Hora de recogida: { $time }.
form-print-card-picks-up = { $days }: recoge { $who }.
form-print-card-while-away = Mientras { $grownup } no está
form-print-card-meanwhile = A { $child } le ayuda saber qué viene después. Díselo así: «Hoy vas a { $meanwhile }».
form-print-card-love = Nuestra Conexión de Amor
form-print-card-love-how = Cada mañana dibujamos un corazón en la mano de { $child } y otro en la de { $grownup }. Cuando { $child } lo aprieta, { $grownup } siente su amor y le manda más. Si { $child } tiene ganas de vernos, aprieta el corazón con { $child } y dile:
form-print-card-love-said = «¡Oh! ¿Lo sientes? ¡Creo que { $grownup } te acaba de mandar amor!»
form-print-chain-title = La cadena de noches de { $child }
form-print-chain-how = { $count ->
    [one] Solo falta una noche
   *[other] Faltan { $count } noches
} para el próximo día en casa. Recorta las tiras, pégalas formando una cadena y quita un eslabón cada noche a la hora de dormir: cuando solo quede la casa, ¡ha llegado el día en casa!
form-print-chain-no-home-day = El calendario de la semana aún no tiene ningún día en casa: elige uno en el calendario de la semana, en el espacio de los mayores, y vuelve a imprimir esta página.
form-print-chain-link = { $count ->
    [one] { $count } noche
   *[other] { $count } noches
}
form-print-chain-last = ¡Día en casa con { $grownup }! ({ $day })
form-print-week-title = La semana de { $child }
form-print-week-key = La casa es un día en casa; la escuela, un día de escuela, con el nombre de quien recoge.
form-print-week-school = Escuela. { $who } te recoge.
form-print-week-home = ¡Día en casa!
form-print-love-title = La Conexión de Amor de { $child }
form-print-love-how = Repasa el corazón en la mano de { $child } y en la de { $grownup }. Apriétalo para mandar amor: la otra persona lo siente durante todo el día.
form-print-love-hand = La mano de { $who }, con un corazón para repasar
form-print-love-colour = { $grownup } siempre vuelve a casa. ¡Colorea el camino de vuelta!
form-print-love-picture = Un dibujo para colorear: el adulto sube por el camino de vuelta a casa saludando con la mano, y el niño o la niña lo espera en la puerta.
