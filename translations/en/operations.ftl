### translation: original
### Faro — what the operations commands tell the person running them: faro backup, faro
### restore, and faro serve when a restore is under way; in the language the other operators'
### commands use (src/commands/say.rs).
##
## Translators: keep every key; change only the text after "=". Variables such as { $path }
## stay exactly as they are.

## faro backup

ops-backup-written = Backup written to { $path } ({ $bytes } bytes). Keep it as safe as the database: it holds the same personal data. It can be restored for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } (backup_retention_days).
ops-backup-postgres = faro backup copies SQLite databases. On PostgreSQL, back up with pg_dump and restore with pg_restore, as the README's "Backups" section explains.
ops-backup-exists = { $path } already exists. A backup never overwrites a file: choose a new name.

## faro restore

ops-restore-done = Backup of { $taken } restored. { $count ->
        [0] Nobody had asked to be erased since then.
        [one] One person who asked to be erased since then was erased again.
       *[other] { $count } people who asked to be erased since then were erased again.
    } You can start Faro now.
ops-restore-running = A faro serve is using { $database }. Stop it (for example: systemctl stop faro) before restoring.
ops-restore-damaged = { $path } is not a sound SQLite database: { $detail }
ops-restore-not-a-backup = { $path } is not a backup made by faro backup.
ops-restore-too-new = { $path } was made by a newer version of Faro (migration { $found }; this one knows up to { $known }). Install that version to restore it.
ops-restore-too-old = { $path } was taken { $days } days ago, more than backup_retention_days ({ $keep }). People who asked to be erased since then may no longer be known, so it is not restored.

## faro serve

ops-serve-restoring = A restore of { $database } is under way. Start Faro when it has finished.
ops-serve-metrics-without-token = metrics_listen is { $address }, an address other machines can reach, and metrics_token is not set, so anyone there could read the metrics. Set metrics_token to a long random value (Prometheus sends it as a bearer token), or serve the metrics on a loopback address such as 127.0.0.1:9464.

## Errors any of them can meet

ops-error-io = { $path }: { $detail }
ops-error-no-file = The database URL names no file (an in-memory database): there is nothing to back up or restore.
ops-error-not-utf8 = { $path }: Faro can only use file names written in UTF-8.
ops-error-database = Database error: { $detail }
