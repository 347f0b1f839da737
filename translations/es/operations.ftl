### translation: machine
### Faro — lo que los comandos de operación le dicen a quien los ejecuta: faro backup, faro
### restore y faro serve mientras se restaura una copia.
##
## Traductores: conserven cada clave; cambien solo el texto después de "=". Las variables como
## { $path } quedan exactamente como están.

## faro backup

ops-backup-written = Copia de seguridad guardada en { $path } ({ $bytes } bytes). Guárdela con el mismo cuidado que la base de datos: contiene los mismos datos personales. Se puede restaurar durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    } (backup_retention_days).
ops-backup-postgres = faro backup copia bases de datos SQLite. Con PostgreSQL, haga la copia con pg_dump y restáurela con pg_restore, como explica la sección "Backups" del README.
ops-backup-exists = { $path } ya existe. Una copia de seguridad nunca sobrescribe un archivo: elija otro nombre.

## faro restore

ops-restore-done = Se restauró la copia del { $taken }. { $count ->
        [0] Nadie había pedido que se borraran sus datos desde entonces.
        [one] Se volvieron a borrar los datos de una persona que lo pidió desde entonces.
       *[other] Se volvieron a borrar los datos de { $count } personas que lo pidieron desde entonces.
    } Ya puede iniciar Faro.
ops-restore-running = Un faro serve está usando { $database }. Deténgalo (por ejemplo: systemctl stop faro) antes de restaurar.
ops-restore-damaged = { $path } no es una base de datos SQLite en buen estado: { $detail }
ops-restore-not-a-backup = { $path } no es una copia hecha con faro backup.
ops-restore-too-new = { $path } la hizo una versión más reciente de Faro (migración { $found }; esta conoce hasta la { $known }). Instale esa versión para restaurarla.
ops-restore-too-old = { $path } se hizo hace { $days } días, más que backup_retention_days ({ $keep }). Puede que ya no se sepa quién pidió que se borraran sus datos desde entonces, así que no se restaura.

## faro serve

ops-serve-restoring = Se está restaurando { $database }. Inicie Faro cuando termine.
ops-serve-metrics-without-token = metrics_listen es { $address }, una dirección a la que pueden llegar otras máquinas, y metrics_token no está definido: cualquiera desde allí podría leer las métricas. Defina metrics_token con un valor aleatorio largo (Prometheus lo envía como token «Bearer») o sirva las métricas en una dirección local (loopback), como 127.0.0.1:9464.

## Errores que cualquiera de ellos puede encontrar

ops-error-io = { $path }: { $detail }
ops-error-no-file = La URL de la base de datos no indica ningún archivo (es una base en memoria): no hay nada que copiar ni restaurar.
ops-error-not-utf8 = { $path }: Faro solo puede usar nombres de archivo escritos en UTF-8.
ops-error-database = Error de la base de datos: { $detail }
