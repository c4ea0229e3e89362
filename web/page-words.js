// The page's own words (getting ready, the problems that stop the game, the print page's notes), in each language
// the game speaks. The page shows them before the game (and its message files) has loaded, so
// they live here; tests/headless/page_words.rs checks every language has every one.
export const PAGE_WORDS = {
  en: {
    ready: "Getting ready…",
    slow: "Still getting ready. A slow connection can take a minute.",
    noWebglTitle: "This browser can't show the game",
    noWebglText: "See You Soon needs WebGL 2, which this browser has switched off or does not have. Try an up-to-date Chrome, Edge, Firefox or Safari, or turn on hardware acceleration in the browser's settings.",
    loadFailedTitle: "The game didn't load",
    loadFailedText: "Part of the game could not be downloaded. Check the connection and try again. Your settings are safe.",
    crashedTitle: "Something went wrong",
    crashedText: "The game stopped unexpectedly. Tap anywhere to start again. Your settings are safe.",
    gpuLostTitle: "The picture stopped",
    gpuLostText: "The device took its graphics back for something else, so the game's picture stopped. Tap anywhere to start again. Your settings are safe.",
    tryAgain: "Try again",
    startAgain: "Start again",
    printNoSuchPage: "There is no such page to print.",
    printOpenFromGame: "Open this page from the game's parent area (“Things to print”): the pages are made there from your settings.",
  },
  es: {
    ready: "Preparando el juego…",
    slow: "Seguimos preparando. Con una conexión lenta puede tardar un minuto.",
    noWebglTitle: "Este navegador no puede mostrar el juego",
    noWebglText: "See You Soon necesita WebGL 2, que este navegador tiene desactivado o no tiene. Prueba con Chrome, Edge, Firefox o Safari actualizados, o activa la aceleración por hardware en los ajustes del navegador.",
    loadFailedTitle: "El juego no se ha cargado",
    loadFailedText: "Una parte del juego no se pudo descargar. Revisa la conexión y vuelve a intentarlo. Tus ajustes están a salvo.",
    crashedTitle: "Algo ha fallado",
    crashedText: "El juego se ha detenido de repente. Toca en cualquier sitio para empezar de nuevo. Tus ajustes están a salvo.",
    gpuLostTitle: "La imagen se ha detenido",
    gpuLostText: "El dispositivo ha usado los gráficos para otra cosa y la imagen del juego se ha detenido. Toca en cualquier sitio para empezar de nuevo. Tus ajustes están a salvo.",
    tryAgain: "Volver a intentarlo",
    startAgain: "Empezar de nuevo",
    printNoSuchPage: "No hay ninguna página así para imprimir.",
    printOpenFromGame: "Abre esta página desde el espacio de los mayores del juego («Para imprimir»): las páginas se preparan allí con tus ajustes.",
  },
  fr: {
    ready: "Préparation…",
    slow: "Encore un instant. Avec une connexion lente, cela peut prendre une minute.",
    noWebglTitle: "Ce navigateur ne peut pas afficher le jeu",
    noWebglText: "See You Soon a besoin de WebGL 2, que ce navigateur a désactivé ou n'a pas. Essayez une version récente de Chrome, Edge, Firefox ou Safari, ou activez l'accélération matérielle dans les réglages du navigateur.",
    loadFailedTitle: "Le jeu ne s'est pas chargé",
    loadFailedText: "Une partie du jeu n'a pas pu être téléchargée. Vérifiez la connexion et réessayez. Vos réglages sont conservés.",
    crashedTitle: "Un problème est survenu",
    crashedText: "Le jeu s'est arrêté. Touchez l'écran n'importe où pour recommencer. Vos réglages sont conservés.",
    gpuLostTitle: "L'image s'est arrêtée",
    gpuLostText: "L'appareil a repris sa carte graphique pour autre chose, et l'image du jeu s'est arrêtée. Touchez l'écran n'importe où pour recommencer. Vos réglages sont conservés.",
    tryAgain: "Réessayer",
    startAgain: "Recommencer",
    printNoSuchPage: "Cette page à imprimer n'existe pas.",
    printOpenFromGame: "Ouvrez cette page depuis l'espace parents du jeu (« À imprimer ») : les pages y sont préparées à partir de vos réglages.",
  },
  de: {
    ready: "Einen Moment…",
    slow: "Gleich geht's los. Bei einer langsamen Verbindung kann es eine Minute dauern.",
    noWebglTitle: "Dieser Browser kann das Spiel nicht zeigen",
    noWebglText: "See You Soon braucht WebGL 2, das in diesem Browser ausgeschaltet ist oder fehlt. Versuchen Sie ein aktuelles Chrome, Edge, Firefox oder Safari, oder schalten Sie in den Browser-Einstellungen die Hardwarebeschleunigung ein.",
    loadFailedTitle: "Das Spiel wurde nicht geladen",
    loadFailedText: "Ein Teil des Spiels konnte nicht heruntergeladen werden. Prüfen Sie die Verbindung und versuchen Sie es noch einmal. Ihre Einstellungen bleiben erhalten.",
    crashedTitle: "Etwas ist schiefgegangen",
    crashedText: "Das Spiel hat unerwartet angehalten. Tippen Sie irgendwo, um neu zu beginnen. Ihre Einstellungen bleiben erhalten.",
    gpuLostTitle: "Das Bild ist stehen geblieben",
    gpuLostText: "Das Gerät hat seine Grafik für etwas anderes gebraucht, deshalb ist das Bild des Spiels stehen geblieben. Tippen Sie irgendwo, um neu zu beginnen. Ihre Einstellungen bleiben erhalten.",
    tryAgain: "Noch einmal versuchen",
    startAgain: "Neu beginnen",
    printNoSuchPage: "Diese Seite zum Ausdrucken gibt es nicht.",
    printOpenFromGame: "Öffnen Sie diese Seite im Bereich für Erwachsene des Spiels („Zum Ausdrucken“): Dort werden die Seiten aus Ihren Einstellungen erstellt.",
  },
  ru: {
    ready: "Готовимся…",
    slow: "Ещё чуть-чуть. При медленном интернете это может занять минуту.",
    noWebglTitle: "Этот браузер не может показать игру",
    noWebglText: "Для See You Soon нужен WebGL 2, а в этом браузере он выключен или его нет. Попробуйте свежую версию Chrome, Edge, Firefox или Safari или включите аппаратное ускорение в настройках браузера.",
    loadFailedTitle: "Игра не загрузилась",
    loadFailedText: "Часть игры не удалось скачать. Проверьте подключение и попробуйте ещё раз. Ваши настройки сохранены.",
    crashedTitle: "Что-то пошло не так",
    crashedText: "Игра неожиданно остановилась. Коснитесь экрана, чтобы начать заново. Ваши настройки сохранены.",
    gpuLostTitle: "Картинка остановилась",
    gpuLostText: "Устройство забрало графику для другой задачи, и картинка игры остановилась. Коснитесь экрана, чтобы начать заново. Ваши настройки сохранены.",
    tryAgain: "Попробовать ещё раз",
    startAgain: "Начать заново",
    printNoSuchPage: "Такой страницы для печати нет.",
    printOpenFromGame: "Откройте эту страницу из раздела для взрослых в игре («Для печати»): страницы готовятся там по вашим настройкам.",
  },
  pt: {
    ready: "Preparando…",
    slow: "Quase lá. Com uma conexão lenta, pode levar um minuto.",
    noWebglTitle: "Este navegador não consegue mostrar o jogo",
    noWebglText: "O See You Soon precisa do WebGL 2, que está desligado ou não existe neste navegador. Tente um Chrome, Edge, Firefox ou Safari atualizado, ou ative a aceleração de hardware nas configurações do navegador.",
    loadFailedTitle: "O jogo não carregou",
    loadFailedText: "Uma parte do jogo não pôde ser baixada. Confira a conexão e tente de novo. Suas configurações estão guardadas.",
    crashedTitle: "Algo deu errado",
    crashedText: "O jogo parou de repente. Toque em qualquer lugar para começar de novo. Suas configurações estão guardadas.",
    gpuLostTitle: "A imagem parou",
    gpuLostText: "O aparelho usou a parte gráfica para outra coisa, e a imagem do jogo parou. Toque em qualquer lugar para começar de novo. Suas configurações estão guardadas.",
    tryAgain: "Tentar de novo",
    startAgain: "Começar de novo",
    printNoSuchPage: "Não existe essa página para imprimir.",
    printOpenFromGame: "Abra esta página pela área dos pais do jogo (“Para imprimir”): as páginas são feitas lá a partir das suas configurações.",
  },
  zh: {
    ready: "正在准备……",
    slow: "还在准备中。网速慢的话，可能需要一分钟。",
    noWebglTitle: "这个浏览器无法显示游戏",
    noWebglText: "See You Soon 需要 WebGL 2，但这个浏览器关闭了它或不支持它。请试试最新版的 Chrome、Edge、Firefox 或 Safari，或在浏览器设置中打开硬件加速。",
    loadFailedTitle: "游戏没有加载出来",
    loadFailedText: "游戏的一部分没能下载。请检查网络后再试一次。您的设置都还在。",
    crashedTitle: "出了点问题",
    crashedText: "游戏意外停止了。点一下屏幕任意位置重新开始。您的设置都还在。",
    gpuLostTitle: "画面停住了",
    gpuLostText: "设备把图形处理用在了别的地方，所以游戏画面停住了。点一下屏幕任意位置重新开始。您的设置都还在。",
    tryAgain: "再试一次",
    startAgain: "重新开始",
    printNoSuchPage: "没有这个打印页面。",
    printOpenFromGame: "请从游戏的家长专区（“打印材料”）打开这个页面：页面会根据您的设置在那里生成。",
  },
  ar: {
    ready: "جارٍ التحضير…",
    slow: "ما زلنا نحضّر. قد يستغرق الأمر دقيقة مع اتصال بطيء.",
    noWebglTitle: "لا يستطيع هذا المتصفح عرض اللعبة",
    noWebglText: "تحتاج See You Soon إلى WebGL 2، وهو متوقف أو غير موجود في هذا المتصفح. جرّب نسخة حديثة من Chrome أو Edge أو Firefox أو Safari، أو فعّل تسريع الأجهزة في إعدادات المتصفح.",
    loadFailedTitle: "لم يتم تحميل اللعبة",
    loadFailedText: "تعذّر تنزيل جزء من اللعبة. تحقّق من الاتصال وحاول مرة أخرى. إعداداتك محفوظة.",
    crashedTitle: "حدث خطأ ما",
    crashedText: "توقفت اللعبة فجأة. المس أي مكان للبدء من جديد. إعداداتك محفوظة.",
    gpuLostTitle: "توقفت الصورة",
    gpuLostText: "استخدم الجهاز الرسوميات لشيء آخر، فتوقفت صورة اللعبة. المس أي مكان للبدء من جديد. إعداداتك محفوظة.",
    tryAgain: "حاول مرة أخرى",
    startAgain: "ابدأ من جديد",
    printNoSuchPage: "لا توجد صفحة طباعة بهذا الاسم.",
    printOpenFromGame: "افتح هذه الصفحة من منطقة الأهل في اللعبة («أوراق للطباعة»): هناك تُعدّ الصفحات من إعداداتك.",
  },
};

const RIGHT_TO_LEFT = new Set(["ar"]);

/**
 * The language of the page's words: the parent's choice as saved, else the first of the
 * browser's languages the game speaks, else English (as the game itself chooses).
 */
export function pageLanguage() {
  let chosen = null;
  try {
    chosen = JSON.parse(localStorage.getItem("see-you-soon.settings") ?? "null")?.settings?.language ?? null;
  } catch { /* unreadable or refused storage: the browser's languages decide */ }
  const primary = (tag) => String(tag ?? "").split(/[-_]/)[0].toLowerCase();
  const candidates = [chosen, ...(navigator.languages ?? [navigator.language])];
  const code = candidates.map(primary).find((c) => c in PAGE_WORDS) ?? "en";
  return { code, words: PAGE_WORDS[code], dir: RIGHT_TO_LEFT.has(code) ? "rtl" : "ltr" };
}
