### translation: machine
### Faro — ce que les commandes d'exploitation disent à la personne qui les lance : faro
### backup, faro restore, et faro serve pendant une restauration.
##
## Traducteurs : gardez chaque clé ; ne changez que le texte après « = ». Les variables comme
## { $path } restent exactement telles quelles.

## faro backup

ops-backup-written = Sauvegarde écrite dans { $path } ({ $bytes } octets). Conservez-la avec le même soin que la base de données : elle contient les mêmes données personnelles. Elle peut être restaurée pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } (backup_retention_days).
ops-backup-postgres = faro backup copie les bases SQLite. Avec PostgreSQL, sauvegardez avec pg_dump et restaurez avec pg_restore, comme l'explique la section « Backups » du README.
ops-backup-exists = { $path } existe déjà. Une sauvegarde n'écrase jamais un fichier : choisissez un autre nom.

## faro restore

ops-restore-done = Sauvegarde du { $taken } restaurée. { $count ->
        [0] Personne n'avait demandé l'effacement de ses données depuis.
        [one] Les données d'une personne qui avait demandé leur effacement depuis ont été effacées à nouveau.
       *[other] Les données de { $count } personnes qui avaient demandé leur effacement depuis ont été effacées à nouveau.
    } Vous pouvez maintenant démarrer Faro.
ops-restore-running = Un faro serve utilise { $database }. Arrêtez-le (par exemple : systemctl stop faro) avant de restaurer.
ops-restore-damaged = { $path } n'est pas une base SQLite en bon état : { $detail }
ops-restore-not-a-backup = { $path } n'est pas une sauvegarde faite par faro backup.
ops-restore-too-new = { $path } a été faite par une version plus récente de Faro (migration { $found } ; celle-ci connaît jusqu'à la { $known }). Installez cette version pour la restaurer.
ops-restore-too-old = { $path } date d'il y a { $days } jours, plus que backup_retention_days ({ $keep }). Les personnes qui ont demandé l'effacement de leurs données depuis pourraient ne plus être connues : elle n'est donc pas restaurée.

## faro serve

ops-serve-restoring = Une restauration de { $database } est en cours. Démarrez Faro quand elle sera terminée.
ops-serve-metrics-without-token = metrics_listen vaut { $address }, une adresse que d'autres machines peuvent joindre, et metrics_token n'est pas défini : n'importe qui pourrait y lire les métriques. Donnez à metrics_token une longue valeur aléatoire (Prometheus l'envoie comme jeton « Bearer »), ou servez les métriques sur une adresse de bouclage (loopback), comme 127.0.0.1:9464.

## Erreurs que chacune peut rencontrer

ops-error-io = { $path } : { $detail }
ops-error-no-file = L'URL de la base de données ne désigne aucun fichier (base en mémoire) : il n'y a rien à sauvegarder ni à restaurer.
ops-error-not-utf8 = { $path } : Faro ne peut utiliser que des noms de fichiers écrits en UTF-8.
ops-error-database = Erreur de la base de données : { $detail }
