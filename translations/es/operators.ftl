### translation: machine
### Faro — lo que leen las personas que operan Faro: el inicio de sesión, la fila del personal del
### albergue, las páginas de publicación bajo /admin, los mensajes de la API JSON y de la línea de
### comandos (`faro user`, `faro interpreter`, `faro stats`).
##
## Para quien traduce: conserva cada clave; cambia solo el texto después de "=". Las variables como
## { $slug } se quedan tal cual. Algunos textos llevan etiquetas HTML (<code>…</code>): consérvalas.

## En todas las páginas

op-brand = Faro
op-nav-label = Secciones
op-account-signed-in-as = Sesión iniciada como
op-account-sign-out = Cerrar sesión
op-role-admin = administración
op-role-publisher = publicación ({ $country })
op-role-publisher-all = publicación (todos los países)
op-role-staff = personal del albergue { $shelter }

## Fechas y horas, en el reloj de quien opera (día/mes/año, 24 horas)

op-time-datetime-plain = { $day }/{ $month }/{ $year } { $hour }:{ $minute }
op-time-datetime = { $day }/{ $month }/{ $year } { $hour }:{ $minute } ({ $zone })
op-time-date = { $day }/{ $month }/{ $year }

## Zonas horarias

op-zone-mexico-city = Ciudad de México
op-zone-tijuana = Tijuana
op-zone-hermosillo = Hermosillo (Sonora)
op-zone-mazatlan = Mazatlán
op-zone-cancun = Cancún
op-zone-guatemala = Guatemala
op-zone-belize = Belice
op-zone-tegucigalpa = Tegucigalpa
op-zone-san-salvador = San Salvador
op-zone-managua = Managua
op-zone-costa-rica = Costa Rica
op-zone-panama = Panamá
op-zone-bogota = Bogotá
op-zone-utc = UTC

## Errores en las páginas

op-error-forbidden-title = Sin permiso
op-error-forbidden = Tu cuenta no da acceso a esta página.
op-error-forged-title = Formulario rechazado
op-error-forged = El formulario había caducado o no venía de este sitio. Regresa, vuelve a cargar la página e inténtalo de nuevo.
op-error-not-found-title = No encontrado
op-error-not-found = Aquí no hay nada para tu cuenta.
op-error-bad-request-title = Solicitud incorrecta
op-error-invalid-title = No aceptado
op-error-conflict-title = No es posible
op-error-server-title = Error del servidor
op-error-server = Algo salió mal en el servidor. Inténtalo de nuevo en un momento.
op-error-form-unreadable = No se pudo leer el formulario.
op-error-form-fields = Los campos del formulario no eran los esperados.
op-error-too-large = El formulario o la solicitud era más grande de lo que esta página acepta.
op-error-busy-title = Servidor ocupado

## Inicio de sesión

op-signin-title = Iniciar sesión
op-signin-user-name = Nombre de usuario
op-signin-password = Contraseña
op-signin-button = Entrar
op-signin-wrong = Nombre o contraseña incorrectos.
op-signin-too-many = Demasiados intentos fallidos desde aquí. Vuelve a intentarlo en { $minutes } min.
op-signin-busy = El servidor está revisando muchos inicios de sesión en este momento. Inténtalo de nuevo en unos segundos.

## La página de la cuenta (/account)

op-account-title = Tu cuenta
op-account-failures = { $count ->
    [one] Hubo un intento fallido de iniciar sesión con tu nombre desde tu sesión anterior (el { $last }).
   *[other] Hubo { $count } intentos fallidos de iniciar sesión con tu nombre desde tu sesión anterior (el último, el { $last }).
    } Si no fuiste tú, cambia tu contraseña y avisa a una persona de administración.
op-account-change-password = Cambiar tu contraseña
op-account-current = Contraseña actual
op-account-new = Contraseña nueva
op-account-repeat = Repite la contraseña nueva
op-account-rule = Al menos 12 caracteres; sin repetir un mismo carácter o grupo, sin secuencias como "abcdef" o "123456" y que no sea una contraseña común. Unas cuantas palabras que puedas recordar funcionan bien.
op-account-change-button = Cambiar contraseña
op-account-changed = Tu contraseña se cambió. Se cerraron tus otras sesiones.
op-account-preferences = Idioma y zona horaria
op-account-language = Idioma de estas páginas
op-account-language-browser = El que pida mi navegador
op-account-zone = Zona horaria de fechas y horas
op-account-zone-instance = La de este servidor: { $zone }
op-account-preferences-save = Guardar idioma y zona horaria
op-account-preferences-saved = Se guardaron tu idioma y tu zona horaria.
op-account-bad-language = Elige Español, English o Français, o el idioma que pida tu navegador.
op-account-bad-zone = Elige una de las zonas horarias de la lista.
op-account-mismatch = Las dos contraseñas nuevas no coinciden.
op-account-wrong-current = La contraseña actual no es correcta.
op-password-too-short = La contraseña nueva necesita al menos 12 caracteres.
op-password-repeated = La contraseña nueva es un mismo carácter o grupo repetido. Elige otra.
op-password-sequence = La contraseña nueva es una secuencia de letras, números o teclas. Elige otra.
op-password-common = La contraseña nueva es de las más comunes o contiene tu nombre de usuario. Elige otra.

## La fila de solicitudes de intérprete del albergue (/staff)

op-staff-title = Solicitudes de intérprete
op-staff-shelter = Albergue
op-staff-all-shelters = Todos los albergues
op-staff-show = Mostrar
op-staff-none-open = No hay solicitudes abiertas.
op-staff-no-shelter = Sin albergue indicado
op-staff-languages = Idiomas
op-staff-waiting = Espera
op-staff-status = Estado
op-staff-origin = Origen
op-staff-origin-not-shared = no compartido
op-staff-origin-undisclosed = prefirió no decirlo
op-staff-origin-another = otro país
op-staff-languages-undisclosed = no lo dijo
op-staff-accept = Aceptar
op-staff-done = Atendida
op-staff-cancel = Cancelar
op-staff-status-waiting = En espera
op-staff-status-accepted = Aceptada
op-staff-status-done = Atendida
op-staff-status-cancelled = Cancelada
op-staff-waiting-under-minute = menos de 1 min
op-staff-waiting-minutes = { $minutes } min
op-staff-waiting-hours = { $hours } h
op-staff-waiting-days = { $days } d
op-staff-bad-query = El único parámetro aquí es shelter=<id>.
op-staff-unknown-shelter = Ningún albergue del directorio tiene ese id.
op-staff-wrong-status = La solicitud está { $status ->
        [waiting] en espera
        [accepted] aceptada
        [done] atendida
        [cancelled] cancelada
       *[other] { $status }
    }; esa acción ya no se le aplica.

## Inicio de administración y cifras (/admin)

op-admin-title = Administración
op-admin-home-campaigns = escribir una campaña en cada idioma, ver lado a lado el mensaje de Telegram y el aviso del quiosco, enviarla a revisión, aprobarla y publicarla, y seguir la entrega por idioma.
op-admin-home-translations = cuánto de la interfaz, de las páginas de temas y de las campañas tiene cada idioma, si es traducción automática o revisada, y marcar un texto como revisado.
op-admin-home-figures = declaraciones por origen, idioma y albergue en cada trimestre cerrado, con las cifras pequeñas ocultas (allí se explica cómo); también en CSV.
op-admin-home-audit = cada inicio de sesión, cambio, aprobación, publicación y cambio de cuentas.
op-admin-figures-title = Cifras
op-admin-figures-intro = Declaraciones contadas por origen, idioma y albergue, por trimestre. "prefirió no decirlo" cuenta a las personas que prefirieron no decirlo; "otro país", a las personas de un país que no está en la lista.
op-admin-figures-csv = Descargar en CSV
op-admin-figures-by-origin = Declaraciones por origen y mes
op-admin-figures-by-language = Idiomas declarados por mes
op-admin-figures-by-shelter = Declaraciones por albergue y mes
op-admin-figures-origin = Origen
op-admin-figures-language = Idioma
op-admin-figures-shelter = Albergue
op-admin-total = Total

## Campañas (/admin/campaigns)

op-admin-campaigns-title = Campañas
op-admin-campaigns-caption = Campañas, de la más reciente a la más antigua
op-admin-campaigns-none = Todavía no hay campañas.
op-admin-campaign-new-title = Nueva campaña
op-admin-campaign-title = Campaña { $slug }
op-admin-campaign = Campaña
op-admin-status = Estado
op-admin-window = Periodo
op-admin-window-range = del { $starts } al { $ends } ({ $zone })
op-admin-locale = Idioma
op-admin-locales = Idiomas
op-admin-countries = Países
op-admin-texts = Textos
op-admin-queued = En cola
op-admin-sent = Enviados
op-admin-failed = Fallidos
op-admin-status-draft = Borrador
op-admin-status-review = En revisión
op-admin-status-approved = Aprobada
op-admin-status-published = Publicada
op-admin-all-locales = todos los idiomas
op-admin-all-countries = todos los países
op-admin-unknown-locale = idioma desconocido
op-admin-other-locales = otros idiomas (menos de 5 cada uno)
op-admin-slug = Nombre corto (se usa en los enlaces)
op-admin-slug-hint = De 3 a 48 caracteres entre a-z, 0-9 y "-", por ejemplo <code>temporada-lluvias-2027</code>.
op-admin-locales-hint = Si no marcas ninguno: todos los idiomas.
op-admin-countries-hint = Códigos de país como <code>MX GT</code>; vacío: todos los países.
op-admin-starts = Empieza (hora de { $zone })
op-admin-ends = Termina (hora de { $zone })
op-admin-create = Crear la campaña
op-admin-created-by = Creada por
op-admin-submitted-by = Enviada a revisión por
op-admin-approved-by = Aprobada por
op-admin-published-by = Publicada por
op-admin-step-submit = Enviar a revisión
op-admin-step-return = Regresar a borrador
op-admin-step-approve = Aprobar
op-admin-step-publish = Publicar
op-admin-note-outside-scope = Tu cuenta puede ver esta campaña pero no cambiarla: se dirige a países fuera de tu alcance.
op-admin-note-no-text = Escribe el texto de al menos un idioma para enviar la campaña a revisión.
op-admin-settings = Cambiar destinatarios o periodo
op-admin-settings-hint = Una campaña ya enviada a revisión o aprobada regresa a borrador.
op-admin-settings-save = Guardar destinatarios y periodo
op-admin-delivery = Entrega
op-admin-delivery-none = Todavía no hay nada en cola.
op-admin-delivery-caption = Mensajes de Telegram por idioma
op-admin-previews = Vistas previas
op-admin-previews-missing = { $missing } de { $total } idiomas no tienen texto propio.
op-admin-preview-untargeted = No está entre los idiomas de la campaña.
op-admin-preview-fallback = Sin texto: se muestra en { $locale }
op-admin-preview-nothing = Sin texto: no se muestra nada
op-admin-preview-banner = Aviso del quiosco
op-admin-preview-telegram = Mensaje de Telegram
op-admin-text-none = sin texto
op-translation-kind = { $kind ->
        [original] original
        [machine] traducción automática
        [reviewed] revisada
       *[other] { $kind }
    }
op-admin-text-reviewed = { $translation }, revisado por { $by } el { $date }
op-admin-text-title = Título
op-admin-text-body = Texto (Markdown)
op-admin-text-written-as = Escrito como
op-admin-text-original = original (escrito en este idioma)
op-admin-text-machine = traducción automática (sin revisar)
op-admin-text-save = Guardar { $locale }
op-admin-text-mark-reviewed = Marcar { $locale } como revisado

## Lo que las páginas de publicación y la API rechazan, y por qué

op-admin-bad-slug = { $slug } no es un nombre de campaña: usa de 3 a 48 caracteres entre a-z, 0-9 y '-', sin empezar ni terminar con '-'.
op-admin-slug-taken = Ya existe una campaña llamada { $slug }; elige otro nombre.
op-admin-no-campaign = No existe esa campaña.
op-admin-may-not = Tu cuenta no puede { $action ->
        [submit-this-campaign] enviar esta campaña a revisión
        [return-this-campaign] regresar esta campaña a borrador
        [approve-this-campaign] aprobar esta campaña
        [publish-this-campaign] publicar esta campaña
        [review-translations] marcar traducciones como revisadas
        [review-that] marcar ese texto como revisado
       *[other] { $action }
    }.
op-admin-outside-scope = Quien publica para un país solo puede trabajar en campañas dirigidas a ese país y a ningún otro.
op-admin-wrong-status = La campaña { $status ->
        [draft] es un borrador
        [review] está en revisión
        [approved] está aprobada
        [published] está publicada
        [changed-meanwhile] acaba de ser cambiada por otra persona
       *[other] está en estado { $status }
    }, así que no se puede { $action ->
        [be-submitted] enviar a revisión
        [be-returned] regresar a borrador
        [be-approved] aprobar
        [be-published] publicar
        [change] cambiar
       *[other] { $action }
    }.
op-admin-bad-window = La campaña debe terminar después de empezar.
op-admin-bad-title = El título debe ser una sola línea de 1 a { $max } caracteres.
op-admin-bad-body = El texto debe tener de 1 a { $max } caracteres visibles como texto (el HTML se quita), y su traducción debe ser original o automática.
op-admin-no-text = La campaña todavía no tiene texto; primero escribe el texto de al menos un idioma.
op-admin-no-text-in = { $locale } no tiene texto en esta campaña.
op-admin-second-approver = Tú enviaste esta campaña a revisión o escribiste uno de sus textos, así que otra persona debe aprobarla.
op-admin-bidi-controls = El texto contiene caracteres invisibles que invierten la dirección de lo que sigue (U+202A a U+202E, U+2066 a U+2069). Quítalos y vuelve a guardar.
op-admin-not-a-locale = { $tag } no es uno de los idiomas de Faro.
op-admin-not-a-country = { $code } no es un código de país (ISO 3166-1 alfa-2, como MX o GT).
op-admin-bad-start = El inicio no es una fecha y hora (AAAA-MM-DDTHH:MM, hora de { $zone }).
op-admin-bad-end = El final no es una fecha y hora (AAAA-MM-DDTHH:MM, hora de { $zone }).

## Cobertura de las traducciones (/admin/translations)

op-admin-translations-title = Traducciones
op-admin-translations-intro = Por idioma: los textos de la interfaz en inglés que están en los archivos del idioma, las páginas de temas y los textos de las campañas dirigidas a ese idioma. "machine" significa escrito sin revisión de una persona traductora; se avisa a quien lee. Abre un archivo o una página para leerlo junto al inglés y marcarlo como revisado: desde entonces, quien lee ya no ve el aviso. Una revisión vale mientras el inglés no cambie.
op-admin-translations-caption = Cobertura de las traducciones
op-admin-translations-ui = Textos de la interfaz
op-admin-translations-topics = Páginas de temas
op-admin-translations-campaigns = Textos de campañas
op-admin-translations-present = { $present } de { $total }
op-admin-translations-breakdown = automática { $machine } · revisada { $reviewed } · original { $original }
op-admin-translations-empty = Todavía no hay nada en este idioma.
op-admin-translations-mark = Marcar como revisado
op-admin-translations-ui-item = Textos de la interfaz: { $file } ({ $count } claves)
op-admin-translations-topic-item = Tema: { $slug }
op-admin-translations-reviewed = revisado por { $by } el { $date }
op-admin-translations-bad-locale = Ese idioma no es uno de los de Faro.
op-admin-translations-bad-kind = Aquí solo se marcan archivos de la interfaz y temas.
op-admin-translations-no-item = Ese idioma no tiene ese archivo de la interfaz ni esa página de tema.

## El registro de auditoría (/admin/audit)

op-admin-audit-title = Registro de auditoría
op-admin-audit-intro = Las { $shown } entradas más recientes, de la más nueva a la más antigua.
op-admin-audit-when = Cuándo (hora de { $zone })
op-admin-audit-who = Quién
op-admin-audit-action = Acción
op-admin-audit-detail = Detalle

## La API JSON (/api/v1): el mensaje de sus errores

op-api-unauthorized = Se necesita un token de la API: envía "Authorization: Bearer <token>" (consulta `faro user token`).
op-api-server = Algo salió mal en el servidor.
op-api-no-endpoint = Ese punto de acceso de la API no existe; consulta /api/v1/openapi.json.
op-api-wrong-method = Este punto de acceso no acepta ese método; consulta /api/v1/openapi.json.
op-api-json-content-type = Envía el cuerpo como JSON, con "Content-Type: application/json".
op-api-bad-json = El cuerpo no es el JSON que se espera aquí: { $reason }
op-api-bad-time = { $field } debe ser una hora UTC como 2026-12-01T09:30:00Z.
op-api-no-campaigns = Tu cuenta no puede trabajar en campañas.

## La línea de comandos: faro user, faro interpreter, faro stats

op-cli-column-id = id
op-cli-column-name = nombre
op-cli-column-role = rol
op-cli-column-disabled = desactivada
op-cli-column-languages = idiomas
op-cli-column-areas = zonas
op-cli-column-linked = vinculado
op-cli-column-active = activo
op-cli-yes = sí
op-cli-no = no
op-cli-user-added = Se agregó la cuenta { $name }: { $role }.
op-cli-user-disabled = Se desactivó la cuenta { $name }: se cerraron sus sesiones y se revocaron sus tokens de la API.
op-cli-user-enabled = Se activó la cuenta { $name }.
op-cli-token-created = Token de la API para { $name }: se muestra una sola vez y vale por { $days } días. Envíalo como `Authorization: Bearer <token>`.
op-cli-tokens-revoked = { $count ->
        [0] { $name } no tenía tokens de la API que revocar.
        [one] Se revocó un token de la API de { $name }.
       *[other] Se revocaron { $count } tokens de la API de { $name }.
    }
op-cli-bad-name = Los nombres de usuario tienen de 3 a 40 caracteres entre a-z, 0-9, ".", "_" y "-".
op-cli-name-taken = Ya existe una cuenta llamada { $name }.
op-cli-no-such-user = Ninguna cuenta tiene ese nombre (consulta `faro user list`).
op-cli-unknown-shelter = --shelter { $shelter } no es el id de un albergue en { $dir }.
op-cli-staff-needs-shelter = Las cuentas de personal necesitan --shelter ID.
op-cli-scope-mismatch = --country va con --role publisher, y --shelter con --role staff.
op-cli-unknown-role = { $role } no es un rol: usa admin, publisher o staff.
op-cli-password-unreadable = No se pudo leer la contraseña de la entrada estándar.
op-cli-password-missing = Da la contraseña por la entrada estándar, por ejemplo: printf '%s\n' "$PASSWORD" | faro user add …
op-cli-interpreter-bad-name = --name debe tener de 1 a 80 caracteres, sin controles de dirección invisibles.
op-cli-bad-language = { $tag } no es una etiqueta de idioma; escribe etiquetas como ht, fr o prs.
op-cli-unknown-city = --area { $area }: ningún albergue ni oficina del directorio está en una ciudad llamada { $city }.
op-cli-unknown-area = --area { $area } no es remote, ni el id de un albergue, ni city:<nombre> en { $dir }.
op-cli-interpreter-added = Se agregó a la persona intérprete { $id }.
op-cli-interpreter-code = Código de vinculación (dáselo a la persona intérprete; sirve una sola vez): { $code }
op-cli-interpreter-send = Lo envía al bot así: /start { $code }
op-cli-interpreter-disabled = Se desactivó a la persona intérprete { $id }: ya no le llegarán solicitudes.
op-cli-interpreter-enabled = Se activó a la persona intérprete { $id }.
op-cli-interpreter-removed = Intérprete { $id } eliminado, junto con el número de WhatsApp que vinculó, si lo había.
op-cli-no-such-interpreter = Ninguna persona intérprete tiene el id { $id } (consulta `faro interpreter list`).
op-cli-stats-table = { $table ->
        [origin] Origen
        [language] Idioma
        [shelter] Albergue
       *[other] { $table }
    }

## Staff queue, reviews, figures

# La fila del personal se actualiza sola (static/staff_queue.js).
op-staff-live-off = Esta lista no se actualiza sola aquí: vuelve a cargar la página para ver las solicitudes nuevas.
op-staff-live-on = Esta lista se actualiza sola cada pocos segundos.
op-staff-live-sound = Sonar cuando llegue una solicitud nueva
op-staff-live-new = Llegó una solicitud nueva.
op-staff-live-changed = La fila cambió.
op-staff-live-failed = No se pudo actualizar la fila. Si sigue así, vuelve a cargar la página.
# Cancelar, que pregunta antes.
op-staff-cancel-ask = Cancelar la solicitud…
op-staff-cancel-title = ¿Cancelar la solicitud { $reference }?
op-staff-cancel-explain = Cancelar saca esta solicitud de la fila y no se puede deshacer. Cancela solo si la persona se fue o ya no necesita intérprete.
op-staff-cancel-confirm = Sí, cancelar esta solicitud
op-staff-cancel-keep = No, dejarla en la fila
# Revisiones de traducciones.
op-admin-translations-stale = revisado por { $by } el { $date }, pero el inglés cambió después: quien lee vuelve a ver el aviso de traducción automática
op-admin-translations-stale-heading = Revisiones por renovar: el inglés cambió después
op-admin-translations-ui-file = Textos de la interfaz: { $file }
op-admin-translations-back = Volver a todas las traducciones
op-admin-translations-notice-shown = A quien lee este texto se le avisa que es una traducción automática que nadie ha revisado.
op-admin-translations-notice-gone = A quien lee este texto no se le avisa que es una traducción automática.
op-admin-translations-unmark = Deshacer la revisión
# Las cifras: cómo se ocultan (la página y `faro stats`).
op-figures-hidden = oculto
op-figures-other = otros (grupos de menos de 5 en total)
op-figures-method-heading = Cómo se ocultan las cifras pequeñas
op-figures-method-closed = Solo se muestran los trimestres ya terminados, y sus cifras no cambian después: comparar dos lecturas no revela a nadie que llegue o se vaya.
op-figures-method-other = Un grupo (un origen, un idioma, un albergue) con menos de 5 declaraciones en todos los trimestres mostrados no aparece con su nombre: se suma a "otros".
op-figures-method-small = "<5" significa menos de 5 (quizá ninguna).
op-figures-method-hidden = "oculto" significa que la cifra puede ser de cualquier tamaño: se oculta para que un "<5" de la misma fila o columna no pueda deducirse del total.
op-figures-method-rounded = Todas las demás cifras se redondean al múltiplo de 5 más cercano.

## Campaigns: stop and correct

op-admin-status-stopped = Detenida
op-admin-cancelled = Canceladas
op-campaign-stop-summary = Detener esta campaña…
op-campaign-stop = Detener ahora
# $seconds is the instance's banner_check_seconds.
op-campaign-stop-explain = Su aviso desaparece de todos los quioscos en { $seconds } segundos como máximo, y se cancelan los mensajes que aún no se han enviado. Los mensajes ya enviados no se pueden recuperar: para enviar el texto correcto, escribe una corrección.
op-campaign-correct = Escribir una corrección
op-campaign-correct-explain = Una corrección es una nueva versión de esta campaña que parte de sus textos. Cámbiala y envíala a revisión: necesita revisión y aprobación otra vez. Esta campaña sigue en los quioscos hasta que se publique la corrección, que la reemplaza.
# $slug is the correction's name.
op-campaign-open-correction = Hay una corrección en curso: { $slug }
# $revision is a number (2 for the first correction); $slug the name of the campaign it corrects.
op-campaign-revision-of = Versión { $revision }: corrección de { $slug }
# $by is a user name, $date a date and time, $seconds the instance's banner_check_seconds.
op-campaign-stopped-note = Detenida por { $by } el { $date }: su aviso salió de los quioscos en { $seconds } segundos como máximo y ya no se envía nada de ella.
op-campaign-replaced-by = Reemplazada por la corrección { $slug }
# $seconds is the instance's banner_check_seconds; $starts and $ends are dates and times.
op-campaign-banner-when = Cuando se publique la campaña, el aviso aparecerá en los quioscos en { $seconds } segundos como máximo (o a partir del { $starts }, si es más tarde) hasta el { $ends }.
# En la página de una campaña cuando WhatsApp está configurado: a quién llega allí y cuánto
# tarda el envío dentro de los límites de Meta.
op-campaign-whatsapp-reach = En WhatsApp: { $people ->
        [one] una persona
       *[other] { $people } personas
    }, { $outside } de ellas fuera de la ventana de 24 horas (una plantilla aprobada a cada una). El envío tarda unos { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    } a { $rate } mensajes por segundo{ $days ->
        [0] .
        [one] , y un día más: WhatsApp deja que el número llegue a { $limit } personas al día fuera de la ventana.
       *[other] , y { $days } días más: WhatsApp deja que el número llegue a { $limit } personas al día fuera de la ventana.
    }
op-campaign-banner-live = El aviso está en los quioscos del { $starts } al { $ends }: apareció en { $seconds } segundos como máximo tras la publicación, y desaparece en { $seconds } segundos como máximo si se detiene la campaña.
op-campaign-resend-legend = Cuando se publique esta corrección
op-campaign-resend-yes = Enviarla por Telegram a las personas que recibieron una versión anterior (y a nadie más)
op-campaign-resend-no = No enviarla: solo cambian el aviso y la página de la campaña
op-campaign-resent = Esta corrección se envió a las personas que habían recibido una versión anterior.
op-campaign-not-resent = Esta corrección no se envió por Telegram: solo cambiaron el aviso y la página de la campaña.
op-campaign-only-publisher = Solo quien publicó esta campaña, o una cuenta de administración, puede detenerla. Puedes escribir una corrección.
# $action is what the account tried, as the server names it.
op-campaign-may-not = Tu cuenta no puede { $action ->
        [stop-this-campaign] detener esta campaña
        [correct-this-campaign] corregir esta campaña
       *[other] { $action }
    }.
# $status is the campaign's status and $action what it cannot do, as the server names them.
op-campaign-wrong-status = La campaña { $status ->
        [draft] es un borrador
        [review] está en revisión
        [approved] está aprobada
        [published] está publicada
        [stopped] está detenida
        [changed-meanwhile] fue cambiada por otra persona mientras tanto
       *[other] está en estado { $status }
    }, así que no se puede { $action ->
        [be-stopped] detener
        [be-corrected] corregir (solo se corrige una campaña publicada)
        [be-submitted] enviar a revisión
        [be-returned] devolver a borrador
        [be-approved] aprobar
        [be-published] publicar
        [change] cambiar (escribe una corrección)
       *[other] { $action }
    }.
op-campaign-fix-below = No se guardó nada. Cambia lo que se indica abajo y vuelve a guardar: tu texto sigue aquí.
op-campaign-kept-notice = Tu sesión había terminado, así que este texto no se guardó. Aquí está tal como lo escribiste: revísalo y guárdalo de nuevo.
op-signin-kept = Tu sesión terminó antes de que guardaras. Vuelve a iniciar sesión: lo que escribiste se conserva y reaparece después.
# $field is the name of the query parameter that was not understood.
op-api-bad-list-query = La lista acepta status, country, updated_since (una hora RFC 3339), limit (de 1 a 100) y before (el next_before de la página anterior); { $field } no es válido.
op-api-bad-resend = resend debe ser true o false.
