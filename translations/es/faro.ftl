### Faro — UI strings (Spanish (Español))
### translation: machine

##
## Para quien traduce: conserva cada clave; cambia solo el texto después de "=". Las variables como { $count }
## se quedan exactamente igual. Escribe como le hablarías a una persona en el camino: frases cortas, sencillas,
## amables, sin culpar nunca. Usa las formas de plural de tu idioma (mira { $count -> ... }).

## El servicio

faro-name = Faro
faro-tagline = Información para personas en camino, en tu idioma.
privacy-note = Faro no usa cookies y no guarda lo que lees aquí.

## Avisos que se muestran con un texto

# Se muestra cuando un texto no existe en el idioma elegido. $requested y $shown son nombres de idiomas.
notice-fallback = Este texto todavía no está disponible en { $requested }. Se muestra en { $shown }.
notice-machine = Este texto lo tradujo una máquina y todavía no lo ha revisado una persona.
notice-demo = Ejemplo sin verificar. No confíes en esta información.
badge-demo = Ejemplo
# $date es una fecha, por ejemplo 2026-11-20.
notice-last-verified = Última revisión: { $date }

## Navegación

nav-home = Inicio
nav-topics = Información
nav-directory = Lugares que ayudan
nav-consulates = Consulados
nav-emergency = Emergencias
nav-language = Idioma
nav-start-over = Empezar de nuevo
nav-back = Atrás
nav-next = Siguiente
nav-whole-topic = 📄 Todo el tema, para guardar
nav-web-page = 🌐 Abrir en la web
nav-menu = Menú

## Selector de idioma

picker-title = Elige tu idioma
picker-hint = Toca tu idioma.

## Página de inicio y temas

home-title = ¿Qué quieres saber?
topics-title = Información
topic-open = Leer
# $current y $total son números: "Parte 2 de 5".
topic-part = Parte { $current } de { $total }

## Directorio

directory-title = Lugares que ayudan
directory-intro = Albergues, ayuda legal, atención médica y oficinas en la región.
directory-filter-country = País
directory-filter-city = Ciudad
directory-filter-kind = Tipo de lugar
directory-filter-service = Servicio
directory-filter-any = Todos
directory-filter-apply = Mostrar
directory-near = Primero los más cercanos
# $count es el número de lugares encontrados.
directory-count = { $count ->
    [0] No se encontró ningún lugar.
    [one] Se encontró un lugar.
   *[other] Se encontraron { $count } lugares.
}
directory-empty = Ningún lugar de nuestra lista coincide. Prueba con menos filtros.
directory-choose = Elige un país para ver sus lugares, o comparte tu ubicación para ver primero los más cercanos.
directory-use-location = Usar mi ubicación
directory-location-failed = No se pudo leer tu ubicación. Elige un país.
# $km es una distancia en kilómetros, ya redondeada.
directory-distance = A { $km } km
entry-address = Dirección
entry-hours = Horario de atención
weekday-mon = lunes
weekday-tue = martes
weekday-wed = miércoles
weekday-thu = jueves
weekday-fri = viernes
weekday-sat = sábado
weekday-sun = domingo
hours-every-day = Todos los días
hours-all-day = 24 horas
hours-day-range = de { $first } a { $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days }, { $times }
entry-phone = Teléfono
# $number es un número de teléfono.
entry-call = Llamar al { $number }
entry-website = Sitio web
entry-languages = Idiomas que se hablan
entry-services = Servicios
entry-procedures = Qué pueden hacer por ti
# $country es el nombre de un país.
entry-represents = Representa a { $country }
entry-nationwide = Todo el país

kind-shelter = Albergue
kind-consulate = Consulado
kind-embassy = Embajada
kind-hotline = Línea de emergencia
kind-legal_aid = Ayuda legal
kind-health = Atención médica
kind-agency = Oficina o institución pública

service-shelter = Lugar para dormir
service-food = Comida
service-legal_aid = Ayuda legal
service-health = Atención médica
service-documents = Documentos
service-asylum = Asilo
service-psychosocial = Apoyo emocional
service-children = Niñas y niños
service-women = Mujeres
service-interpreting = Intérpretes
service-emergency = Emergencias
service-family_tracing = Búsqueda de familiares
service-return = Regreso a tu país
service-information = Información
service-complaints = Quejas

procedure-passport = Pasaporte
procedure-travel_document = Documento de viaje
procedure-identity_certification = Constancia de identidad
procedure-consular_registration = Registro consular
procedure-repatriation = Ayuda para volver a tu país

## Consulados

consulates-title = Consulados y embajadas
consulates-choose = ¿De qué país es el consulado que buscas?
# $country es el nombre de un país.
consulates-for = Consulados y embajadas de { $country }
consulates-none = Todavía no hay ningún consulado ni embajada de { $country } en nuestra lista.
consulates-voluntary = Comunicarte con tu consulado es tu decisión. Si tienes miedo de tu propio gobierno, no te comuniques con tu consulado. En su lugar, pregunta a ACNUR (UNHCR) sobre el asilo.

## Emergencias

emergency-title = Números de emergencia
emergency-intro = Las llamadas a estos números son gratis. Di dónde estás, qué pasó y cuántas personas necesitan ayuda.
# $number es un número corto, por ejemplo 911.
emergency-dial = Marca el { $number }

## Códigos QR

qr-phone = Lleva esta página contigo: escanéala con tu teléfono.
qr-telegram = Sigue en Telegram en tu idioma.
qr-whatsapp = Sigue en WhatsApp en tu idioma.

## Pantalla del albergue (quiosco)

# $seconds es un número.
kiosk-idle-notice = Para proteger tu privacidad, esta pantalla vuelve al inicio si nadie la usa durante { $seconds ->
    [one] un segundo
   *[other] { $seconds } segundos
}.
# $shelter es el nombre del albergue.
kiosk-at-shelter = Estás en { $shelter }.
kiosk-interpreter = Pedir un intérprete

## Campañas

campaign-label = Importante

## Errores

error-not-found-title = No encontramos la página
error-not-found = No pudimos encontrar esta página. Vuelve al inicio e inténtalo de nuevo.
error-topic-not-found = Este tema no existe. Estos son los temas que tenemos.
error-language-not-found = Este idioma no está disponible. Elige uno de estos idiomas.
error-kiosk-title = Esta pantalla no está configurada
error-kiosk = La dirección de esta pantalla indica un albergue que Faro no conoce: { $id }. Por favor, avisa al personal. Para arreglarlo, la dirección debe ser /k/ seguido del identificador de un albergue de la lista de lugares de Faro.
error-kiosk-choose = Esta pantalla aún no está configurada: por favor, avisa al personal. Aun así puedes leer la información en tu idioma.
error-bad-request-title = Algo no está bien
error-bad-request = No pudimos entender algunas de las opciones de la dirección web. Por favor, inténtalo de nuevo desde el menú.
error-bad-location = No pudimos leer la ubicación. Escribe la latitud y la longitud como dos números.
error-server-title = Algo salió mal
error-server = Algo salió mal de nuestro lado. Por favor, inténtalo de nuevo en un momento.

## Bot de Telegram

bot-welcome = Te damos la bienvenida a Faro. Aquí puedes leer, en tu idioma, sobre los riesgos del camino, el asilo, tus derechos y dónde encontrar ayuda.
bot-choose-language = Elige tu idioma:
# $language es el nombre de un idioma, escrito en ese idioma.
bot-language-detected = Parece que escribes en { $language }. ¿Seguimos en { $language }?
bot-language-yes = Sí, seguir
bot-language-other = Elegir otro idioma
bot-language-set = Desde ahora Faro te hablará en { $language }.
menu-title = ¿Qué necesitas?
menu-emergency = Números de emergencia
menu-topics = Información
menu-near-me = Ayuda cerca de mí
menu-consulate = El consulado de mi país
menu-interpreter = Necesito un intérprete
menu-alerts-on = Activar alertas
menu-alerts-off = Desactivar alertas
menu-language = Cambiar idioma
menu-forget = Borrar mis datos
menu-help = Ayuda
bot-help = Usa los botones para moverte. Comandos:
    /start — empezar de nuevo
    /language — cambiar el idioma
    /help — ver esta ayuda
    /forget — borrar todo lo que Faro guarda sobre ti
    /stop — dejar de recibir mensajes de Faro
bot-topics = Elige un tema:
bot-near-me-ask = Comparte tu ubicación para ver los lugares de ayuda más cercanos. Tu ubicación se usa solo para esta respuesta y no se guarda.
bot-near-me-button = Compartir mi ubicación
bot-near-me-results = Los lugares más cercanos a ti:
bot-near-me-none = Todavía no tenemos lugares cerca de ti en nuestra lista.
bot-consulate-ask = ¿De qué país eres? Elige tu país para ver sus consulados y embajadas.
bot-search-results = Estos temas te pueden ayudar:
bot-search-none = No encontré nada sobre eso. Aquí tienes el menú.
bot-non-text = Solo puedo leer texto. Por favor, escribe un mensaje o usa los botones.
bot-alerts-on = Las alertas están activadas. Vas a recibir mensajes importantes. Envía /stop para dejar de recibirlos.
bot-alerts-off = Las alertas están desactivadas.
bot-stopped = Faro ya no te enviará mensajes. Envía /start si quieres empezar de nuevo.
bot-forget-confirm = Esto borra todo lo que Faro guarda sobre ti: tu idioma, tus alertas y cualquier solicitud de intérprete. ¿Seguro que quieres borrarlo?
bot-forget-yes = Sí, borrar
bot-forget-cancel = No, guardarlo
bot-forget-done = Listo. Se borró todo lo que Faro guardaba sobre ti.
bot-private-only = Faro solo responde en chats privados. Abre un chat con el bot para usarlo.
bot-error = Algo salió mal de nuestro lado. Por favor, inténtalo de nuevo.
# Debajo de cada mensaje de campaña que envía el bot.
campaign-stop-hint = Recibes esto porque activaste las alertas. Envía /stop para dejar de recibirlas.

## Países (origen y consulados)

country-AF = Afganistán
country-AO = Angola
country-BD = Bangladés
country-BR = Brasil
country-BZ = Belice
country-CD = República Democrática del Congo
country-CL = Chile
country-CM = Camerún
country-CN = China
country-CO = Colombia
country-CR = Costa Rica
country-CU = Cuba
country-DO = República Dominicana
country-EC = Ecuador
country-ER = Eritrea
country-ET = Etiopía
country-GH = Ghana
country-GN = Guinea
country-GT = Guatemala
country-HN = Honduras
country-HT = Haití
country-IN = India
country-IQ = Irak
country-IR = Irán
country-LK = Sri Lanka
country-MX = México
country-NG = Nigeria
country-NI = Nicaragua
country-NP = Nepal
country-PA = Panamá
country-PE = Perú
country-PK = Pakistán
country-SN = Senegal
country-SO = Somalia
country-SV = El Salvador
country-SY = Siria
country-UZ = Uzbekistán
country-VE = Venezuela
country-YE = Yemen

## Idiomas además de los dieciséis de Faro (para "Otro idioma")

language-wo = Wolof
language-pa = Panyabí
language-ta = Tamil
language-si = Cingalés
language-om = Oromo
language-sw = Suajili
language-ln = Lingala
language-ff = Fula
language-ru = Ruso
language-uz = Uzbeko
language-tr = Turco
language-ku = Kurdo

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = Fuente:
topic-source-checked = verificada el { $date }
# Shown under the language's name on the picker when it says more than the name.
language-readers = Español
