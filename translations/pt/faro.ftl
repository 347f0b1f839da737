### Faro — UI strings (Portuguese (Português))
### translation: machine

##
## Para quem traduz: mantenha todas as chaves; mude só o texto depois de "=". Variáveis como { $count }
## ficam exatamente como estão. Escreva como você falaria com uma pessoa na estrada: frases curtas, simples,
## gentis, sem nunca culpar ninguém. Use as formas de plural do seu idioma (veja { $count -> ... }).

## O serviço

faro-name = Faro
faro-tagline = Informação para pessoas em trânsito, no seu idioma.
privacy-note = O Faro não usa cookies e não registra o que você lê aqui.

## Avisos mostrados com um texto

# Aparece quando um texto não existe no idioma escolhido. $requested e $shown são nomes de idiomas.
notice-fallback = Este texto ainda não está disponível em { $requested }. Ele está sendo mostrado em { $shown }.
notice-machine = Este texto foi traduzido por uma máquina e ainda não foi revisado por uma pessoa.
notice-demo = Exemplo, não verificado. Não confie nesta informação.
badge-demo = Exemplo
# $date é uma data, por exemplo 2026-11-20.
notice-last-verified = Última verificação: { $date }

## Navegação

nav-home = Início
nav-topics = Informação
nav-directory = Lugares que ajudam
nav-consulates = Consulados
nav-emergency = Emergência
nav-language = Idioma
nav-start-over = Começar de novo
nav-back = Voltar
nav-next = Avançar
nav-whole-topic = 📄 Tema inteiro, para guardar
nav-web-page = 🌐 Abrir na web
nav-menu = Menu

## Escolha do idioma

picker-title = Escolha o seu idioma
picker-hint = Toque no seu idioma.

## Página inicial e temas

home-title = O que você quer saber?
topics-title = Informação
topic-open = Ler
# $current e $total são números: "Parte 2 de 5".
topic-part = Parte { $current } de { $total }

## Lista de lugares

directory-title = Lugares que ajudam
directory-intro = Abrigos, ajuda jurídica, atendimento de saúde e órgãos públicos na região.
directory-filter-country = País
directory-filter-city = Cidade
directory-filter-kind = Tipo de lugar
directory-filter-service = Serviço
directory-filter-any = Todos
directory-filter-apply = Mostrar
directory-near = Mais perto de você primeiro
# $count é o número de lugares encontrados.
directory-count = { $count ->
    [0] Nenhum lugar encontrado.
    [one] Um lugar encontrado.
   *[other] { $count } lugares encontrados.
}
directory-empty = Nenhum lugar da nossa lista corresponde à sua busca. Tente usar menos filtros.
directory-choose = Escolha um país para ver os lugares dele, ou compartilhe a sua localização para ver primeiro os mais próximos.
directory-use-location = Usar a minha localização
directory-location-failed = Não foi possível ler a sua localização. Escolha um país.
# $km é uma distância em quilômetros, já arredondada.
directory-distance = A { $km } km de você
entry-address = Endereço
entry-hours = Horário de atendimento
weekday-mon = segunda-feira
weekday-tue = terça-feira
weekday-wed = quarta-feira
weekday-thu = quinta-feira
weekday-fri = sexta-feira
weekday-sat = sábado
weekday-sun = domingo
hours-every-day = Todos os dias
hours-all-day = 24 horas
hours-day-range = de { $first } a { $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days }, { $times }
entry-phone = Telefone
# $number é um número de telefone.
entry-call = Ligar para { $number }
entry-website = Site
entry-languages = Idiomas falados
entry-services = Serviços
entry-procedures = O que podem fazer por você
# $country é o nome de um país.
entry-represents = Representa: { $country }
entry-nationwide = Todo o país

kind-shelter = Abrigo
kind-consulate = Consulado
kind-embassy = Embaixada
kind-hotline = Linha de emergência
kind-legal_aid = Ajuda jurídica
kind-health = Atendimento de saúde
kind-agency = Órgão público ou agência

service-shelter = Lugar para dormir
service-food = Comida
service-legal_aid = Ajuda jurídica
service-health = Atendimento de saúde
service-documents = Documentos
service-asylum = Refúgio (asilo)
service-psychosocial = Apoio emocional
service-children = Crianças
service-women = Mulheres
service-interpreting = Intérpretes
service-emergency = Emergências
service-family_tracing = Encontrar a família
service-return = Voltar para casa
service-information = Informação
service-complaints = Denúncias e reclamações

procedure-passport = Passaporte
procedure-travel_document = Documento de viagem
procedure-identity_certification = Comprovação de identidade
procedure-consular_registration = Registro consular
procedure-repatriation = Ajuda para voltar para casa

## Consulados

consulates-title = Consulados e embaixadas
consulates-choose = De qual país é o consulado que você procura?
# $country é o nome de um país.
consulates-for = Consulados e embaixadas: { $country }
consulates-none = Ainda não temos na nossa lista nenhum consulado ou embaixada deste país: { $country }.
consulates-voluntary = Entrar em contato com o seu consulado é uma escolha sua. Se você tem medo do governo do seu país, não procure o consulado. Em vez disso, pergunte ao ACNUR (UNHCR) sobre refúgio.

## Emergência

emergency-title = Números de emergência
emergency-intro = As ligações para estes números são gratuitas. Diga onde você está, o que aconteceu e quantas pessoas precisam de ajuda.
# $number é um número curto, como 911.
emergency-dial = Ligue para o { $number }

## Códigos QR

qr-phone = Leve esta página com você: escaneie com o seu celular.
qr-telegram = Continue no Telegram, no seu idioma.
qr-whatsapp = Continue no WhatsApp, no seu idioma.

## Quiosque

# $seconds é um número.
kiosk-idle-notice = Para proteger a sua privacidade, esta tela volta ao início depois de { $seconds ->
    [one] um segundo
   *[other] { $seconds } segundos
} sem uso.
# $shelter é o nome do abrigo.
kiosk-at-shelter = Você está em: { $shelter }.
kiosk-interpreter = Pedir um intérprete

## Campanhas

campaign-label = Importante

## Erros

error-not-found-title = Página não encontrada
error-not-found = Não encontramos esta página. Volte ao início e tente de novo.
error-topic-not-found = Este tema não existe. Veja os temas que temos.
error-language-not-found = Este idioma não está disponível. Escolha um destes idiomas.
error-kiosk-title = Esta tela não está configurada
error-kiosk = O endereço desta tela indica um abrigo que o Faro não conhece: { $id }. Avise a equipe, por favor. Para corrigir, o endereço deve ser /k/ seguido do identificador de um abrigo da lista de lugares do Faro.
error-kiosk-choose = Esta tela ainda não está configurada: avise a equipe, por favor. Mesmo assim, você pode ler as informações no seu idioma.
error-bad-request-title = Algo não está certo
error-bad-request = Não foi possível entender algumas das escolhas no endereço. Tente de novo a partir do menu.
error-bad-location = Não foi possível ler a localização. Informe a latitude e a longitude como dois números.
error-server-title = Algo deu errado
error-server = Algo deu errado do nosso lado. Tente de novo daqui a pouco.

## Bot do Telegram

bot-welcome = Boas-vindas ao Faro. Aqui você pode ler, no seu idioma, sobre os riscos do caminho, o refúgio (asilo), os seus direitos e onde encontrar ajuda.
bot-choose-language = Escolha o seu idioma:
# $language é o nome de um idioma, escrito nesse mesmo idioma.
bot-language-detected = Parece que você escreve em { $language }. Vamos continuar em { $language }?
bot-language-yes = Sim, continuar
bot-language-other = Escolher outro idioma
bot-language-set = A partir de agora, o Faro vai falar em { $language }.
menu-title = Do que você precisa?
menu-emergency = Números de emergência
menu-topics = Informação
menu-near-me = Ajuda perto de mim
menu-consulate = O consulado do meu país
menu-interpreter = Preciso de um intérprete
menu-alerts-on = Ativar alertas
menu-alerts-off = Desativar alertas
menu-language = Mudar de idioma
menu-forget = Apagar meus dados
menu-help = Ajuda
bot-help = Use os botões para navegar. Comandos:
    /start — começar de novo
    /language — mudar de idioma
    /help — esta ajuda
    /forget — apagar tudo o que o Faro guarda sobre você
    /stop — parar todas as mensagens do Faro
bot-topics = Escolha um tema:
bot-near-me-ask = Compartilhe a sua localização para ver os lugares que ajudam mais perto de você. A sua localização é usada só para esta resposta e não fica guardada.
bot-near-me-button = Compartilhar minha localização
bot-near-me-results = Os lugares mais perto de você:
bot-near-me-none = Ainda não temos na nossa lista lugares perto de você.
bot-consulate-ask = De que país você é? Escolha para ver os consulados e embaixadas desse país.
bot-search-results = Estes temas podem ajudar você:
bot-search-none = Não encontrei nada sobre isso. Aqui está o menu.
bot-non-text = Só consigo ler texto. Escreva uma mensagem ou use os botões.
bot-alerts-on = Os alertas estão ativados. Você vai receber mensagens importantes. Envie /stop para pará-los.
bot-alerts-off = Os alertas estão desativados.
bot-stopped = O Faro não vai mais mandar mensagens para você. Envie /start se quiser começar de novo.
bot-forget-confirm = Isto apaga tudo o que o Faro guarda sobre você: o seu idioma, os seus alertas e qualquer pedido de intérprete. Tem certeza?
bot-forget-yes = Sim, apagar
bot-forget-cancel = Não, manter
bot-forget-done = Pronto. Tudo o que o Faro guardava sobre você foi apagado.
bot-private-only = O Faro só responde em conversas privadas. Abra uma conversa com o bot para usá-lo.
bot-error = Algo deu errado do nosso lado. Tente de novo.
# Embaixo de cada mensagem de campanha que o bot envia.
campaign-stop-hint = Você está recebendo isto porque ativou os alertas. Envie /stop para pará-los.

## Países (origem e consulados)

country-AF = Afeganistão
country-AO = Angola
country-BD = Bangladesh
country-BR = Brasil
country-BZ = Belize
country-CD = República Democrática do Congo
country-CL = Chile
country-CM = Camarões
country-CN = China
country-CO = Colômbia
country-CR = Costa Rica
country-CU = Cuba
country-DO = República Dominicana
country-EC = Equador
country-ER = Eritreia
country-ET = Etiópia
country-GH = Gana
country-GN = Guiné
country-GT = Guatemala
country-HN = Honduras
country-HT = Haiti
country-IN = Índia
country-IQ = Iraque
country-IR = Irã
country-LK = Sri Lanka
country-MX = México
country-NG = Nigéria
country-NI = Nicarágua
country-NP = Nepal
country-PA = Panamá
country-PE = Peru
country-PK = Paquistão
country-SN = Senegal
country-SO = Somália
country-SV = El Salvador
country-SY = Síria
country-UZ = Uzbequistão
country-VE = Venezuela
country-YE = Iêmen

## Idiomas além dos dezesseis do Faro (para "Outro idioma")

language-wo = Uolofe
language-pa = Panjabi
language-ta = Tâmil
language-si = Cingalês
language-om = Oromo
language-sw = Suaíli
language-ln = Lingala
language-ff = Fula
language-ru = Russo
language-uz = Uzbeque
language-tr = Turco
language-ku = Curdo

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = Fonte:
topic-source-checked = verificada em { $date }
# Shown under the language's name on the picker when it says more than the name.
language-readers = Português
