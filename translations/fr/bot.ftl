### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = Recommencer
bot-command-help = Comment utiliser Faro
bot-command-language = Changer de langue
bot-command-forget = Supprimer tout ce que Faro garde sur vous
bot-command-stop = Ne plus recevoir de messages de Faro
bot-command-status = Où en est votre demande d'interprète
bot-command-end = Terminer la conversation avec votre interprète
bot-command-available = Interprètes : recevoir les nouvelles demandes
bot-command-away = Interprètes : suspendre les nouvelles demandes
bot-command-hours = Interprètes : vos horaires pour les demandes
bot-command-label = Interprètes : le nom que voient les personnes
bot-command-to = Interprètes : à quelle conversation vous écrivez
bot-command-join = Personnel du refuge : rejoindre la conversation d'une demande

## Alerts

bot-alerts-country = Sur quel pays voulez-vous recevoir des alertes ?
bot-alerts-all-countries = Tous les pays

## Other answers

bot-button-expired = Ce bouton ne fonctionne plus. Voici le menu.
bot-forget-kept = Rien n'a été supprimé.
