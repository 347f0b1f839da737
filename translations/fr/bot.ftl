### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = Recommencer
bot-command-help = Comment utiliser Faro
bot-command-language = Changer de langue
bot-command-forget = Supprimer tout ce que Faro garde sur vous
bot-command-stop = Ne plus recevoir de messages de Faro

## Alerts

bot-alerts-country = Sur quel pays voulez-vous recevoir des alertes ?
bot-alerts-all-countries = Tous les pays

## Other answers

bot-button-expired = Ce bouton ne fonctionne plus. Voici le menu.
bot-forget-kept = Rien n'a été supprimé.
