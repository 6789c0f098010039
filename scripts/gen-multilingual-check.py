#!/usr/bin/env python3
"""A multilingual chat corpus with gold spans, for checking Veil's PERSON / LOCATION / ADDRESS / EMAIL detection.

Written as a held-out check (2026-12-05, tenth session): its templates were written without looking at
gen-chat-corpus.py's. Eleven locales (en_US, en_GB, de_DE, fr_FR, es_ES, it_IT, pt_BR, nl_NL, pl_PL, tr_TR, sv_SE),
about 15 positive and 7 negative templates each (a user writing to an assistant or to support).

Usage (Faker needed: python3 -m venv /tmp/fk && /tmp/fk/bin/pip install faker):
    /tmp/fk/bin/python scripts/gen-multilingual-check.py --out /tmp/multi.jsonl [--meta /tmp/multi-meta.jsonl]
    scripts/evaluate /tmp/multi.jsonl

Fresh chat/support/email templates per locale, values from Faker (plus a few hand lists
where Faker's locale data is fake or English-only: real city names for en_US, en_GB, fr_FR,
pt_BR, tr_TR; country names for pl_PL and tr_TR; a Turkish street-address composer, since
Faker's tr_TR falls back to US addresses; common Turkish given names mixed with Faker's).

Writes gold.jsonl (id, text, spans) and meta.jsonl (id, template, slot/source per span).
"""
import json
import os
import random
import re
import sys
import unicodedata

# Faker's locale data is read through sets: without a fixed hash seed the corpus changes from run to run.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

from faker import Faker

N_RECORDS = 1507
SEED = 20240611

# ----------------------------------------------------------------------------- hand lists
REAL_CITIES = {
    "en_US": ["Boston", "Denver", "Seattle", "Austin", "Portland", "Phoenix", "Chicago", "Atlanta",
              "San Diego", "Salt Lake City", "Des Moines", "Boise", "Tucson", "Albuquerque", "Omaha",
              "Spokane", "Savannah", "Ann Arbor", "Fort Collins", "Chattanooga", "Bozeman", "Eugene",
              "Asheville", "Madison", "Syracuse", "Tulsa", "Lubbock", "Burlington", "Pasadena",
              "Scottsdale", "Knoxville", "Green Bay", "Flagstaff", "Duluth", "Provo"],
    "en_GB": ["Leeds", "Bristol", "Manchester", "Glasgow", "Edinburgh", "Cardiff", "York", "Brighton",
              "Norwich", "Exeter", "Sheffield", "Nottingham", "Leicester", "Coventry", "Swansea",
              "Aberdeen", "Dundee", "Plymouth", "Cambridge", "Oxford", "Reading", "Bath", "Harrogate",
              "Ipswich", "Derby", "Luton", "Belfast", "Inverness", "Chester", "Durham", "Stockport",
              "Wigan", "Kendal", "Truro", "Margate"],
    "fr_FR": ["Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Rennes", "Montpellier",
              "Strasbourg", "Grenoble", "Dijon", "Angers", "Nîmes", "Clermont-Ferrand", "Le Mans",
              "Aix-en-Provence", "Brest", "Limoges", "Amiens", "Perpignan", "Metz", "Besançon",
              "Orléans", "Rouen", "Caen", "Nancy", "Avignon", "Poitiers", "La Rochelle", "Annecy",
              "Saint-Étienne", "Tours", "Pau", "Bayonne", "Quimper", "Colmar", "Chambéry", "Vannes"],
    "pt_BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife",
              "Salvador", "Fortaleza", "Manaus", "Belém", "Goiânia", "Campinas", "Florianópolis",
              "Vitória", "Natal", "João Pessoa", "Maceió", "Teresina", "Londrina", "Joinville",
              "Uberlândia", "Ribeirão Preto", "Sorocaba", "Niterói", "Juiz de Fora", "Santos",
              "Campo Grande", "Cuiabá", "Aracaju", "Blumenau", "Petrópolis", "Maringá"],
    "tr_TR": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Adana", "Gaziantep",
              "Kayseri", "Eskişehir", "Trabzon", "Samsun", "Diyarbakır", "Mersin", "Denizli",
              "Malatya", "Erzurum", "Şanlıurfa", "Sakarya", "Kocaeli", "Muğla", "Bodrum", "Çanakkale",
              "Edirne", "Aydın", "Manisa", "Balıkesir", "Tekirdağ", "Hatay", "Van", "Kütahya",
              "Isparta", "Rize", "Sivas", "Çorum", "Ağrı"],
}
TR_DISTRICTS = ["Kadıköy", "Çankaya", "Karşıyaka", "Nilüfer", "Konak", "Beşiktaş", "Üsküdar",
                "Bornova", "Muratpaşa", "Selçuklu", "Keçiören", "Şişli", "Bakırköy", "Ataşehir",
                "Pendik", "Odunpazarı", "Ortahisar", "Atakum", "Yenimahalle", "Buca"]
TR_STREET_WORDS = ["Atatürk", "Cumhuriyet", "İnönü", "Gül", "Lale", "Menekşe", "Zafer", "Fevzi Çakmak",
                   "Mimar Sinan", "Yunus Emre", "Barbaros", "Gazi", "Çınar", "Papatya", "Bağdat",
                   "Fatih", "Karanfil", "Istiklal", "Söğütlü", "Şehitler"]
TR_COMMON_GIVEN_F = ["Ayşe", "Zeynep", "Elif", "Merve", "Özge", "Ebru", "Tuğba", "Büşra", "Hatice",
                     "Şeyma", "Kübra", "Gülşen", "Işıl", "Çağla", "İpek", "Sıla", "Gökçe", "Damla",
                     "Esra", "Şule"]
TR_COMMON_GIVEN_M = ["Mehmet", "Emre", "Burak", "Hüseyin", "Şükrü", "Ömer", "Oğuz", "Serkan",
                     "İbrahim", "Yusuf", "Görkem", "Ilgaz", "Çağrı", "Uğur", "Kağan", "Barış",
                     "Doğan", "Tolga", "Onur", "Ahmet"]
COUNTRIES = {
    "pl_PL": ["Niemcy", "Francja", "Hiszpania", "Włochy", "Czechy", "Słowacja", "Wielka Brytania",
              "Norwegia", "Szwecja", "Holandia", "Irlandia", "Austria", "Ukraina", "Litwa",
              "Stany Zjednoczone", "Kanada", "Grecja", "Chorwacja", "Portugalia", "Węgry", "Japonia",
              "Egipt", "Tajlandia", "Meksyk"],
    "tr_TR": ["Almanya", "Fransa", "İngiltere", "Hollanda", "İtalya", "İspanya", "Yunanistan",
              "Rusya", "Japonya", "Kanada", "Amerika", "Avusturya", "İsviçre", "Belçika",
              "Azerbaycan", "Gürcistan", "Mısır", "Bulgaristan", "Portekiz", "Danimarka", "Macaristan",
              "Tayland", "Fas", "Güney Kore"],
}
REGIONS = {
    "en_GB": ["Cornwall", "Devon", "Kent", "Norfolk", "Yorkshire", "Somerset", "Cumbria",
              "Northumberland", "Dorset", "Suffolk", "Pembrokeshire", "Fife"],
    "fr_FR": ["Bretagne", "Normandie", "Provence", "Alsace", "Auvergne", "Bourgogne", "Corse",
              "Savoie", "Dordogne", "Vendée", "Occitanie", "Lorraine"],
    "nl_NL": ["Friesland", "Zeeland", "Drenthe", "Limburg", "Gelderland", "Noord-Brabant",
              "Overijssel", "Groningen", "Flevoland", "Noord-Holland"],
    "pl_PL": ["Mazowsze", "Małopolska", "Pomorze", "Podlasie", "Warmia", "Kaszuby", "Bieszczady",
              "Podhale", "Śląsk", "Kujawy", "Wielkopolska", "Mazury"],
}

# ----------------------------------------------------------------------------- templates
# Placeholders: {FULL} {FIRST} {LAST} {first} {full} (person 1), {FULL2} {FIRST2} (person 2),
# {TITLE} (title for person 1; plain text, not part of the span), {SALUT} (Polish salutation),
# {CITY} {CITY2} {city} {COUNTRY} {REGION} (LOCATION), {STREET} {ADDR} (ADDRESS),
# {EMAIL} (person 1's e-mail), {N} (an order number, plain text).
# Turkish suffixes: {CITY+LOC} {CITY+ABL} {CITY2+DAT} {COUNTRY+DAT} (span = bare name).
T = {}
NEG = {}
T["en_US"] = [
    "Hi, I'm {FULL} and I haven't been able to log into my account since yesterday. Can you reset it? My email is {EMAIL}.",
    "{FIRST} from accounting asked me to forward this to you. Could you check invoice #{N}?",
    "Please update my shipping address to {ADDR}. The old one is no longer valid.",
    "Can you write a short birthday message for my coworker {FIRST}? We've shared an office for six years.",
    "Quick question: is it usually cheaper to fly from {CITY} to {CITY2} on a Tuesday?",
    "Dear {TITLE} {LAST},\n\nThank you for your quick reply. I will send the signed documents by Friday.\n\nBest regards,\n{FULL2}",
    "i talked to {first} yesterday and they said the package never showed up lol",
    "My landlord, {FULL}, wants me to sign a new lease for the apartment at {STREET}. Is that clause even legal in {REGION}?",
    "{CITY} is where I grew up, so I'd love a few restaurant tips for my trip back in the fall.",
    "We're moving to {COUNTRY} next spring. What paperwork will {FIRST} and I need?",
    "Hi {FIRST}, thanks for getting back to me so fast. The refund went through.",
    "Order {N} was supposed to go to {STREET}, {CITY}, but tracking says it's stuck in a warehouse.",
    "Please CC {FULL} ({EMAIL}) on the next update.",
    "can u look up the order for {full}? she paid twice by accident",
    "omw to {city} rn, any good coffee spots near downtown?",
    "Dear {FIRST},\n\nThanks for your help with the refund yesterday.\n\nBest,\n{FULL2}",
]
NEG["en_US"] = [
    "Will you mark the bill as paid once the transfer clears?",
    "I read it in May, but I forgot most of the plot.",
    "Can you grant me access to the shared drive?",
    "Frank feedback is welcome, so tell me what's wrong with my resume.",
    "Nice work on the summary, can you make it a bit shorter?",
    "The rose bushes in the back yard need more water in summer.",
    "Hope this helps! Let me know if the charge still shows up.",
    "Please drop the form in the mail box by the main entrance.",
]
T["en_GB"] = [
    "Hiya, my name's {FULL} and my parcel was meant to arrive on Tuesday. Any update?",
    "Could you send the replacement to {ADDR}, please? I've moved since my last order.",
    "Dear {TITLE} {LAST},\n\nI'm writing regarding my council tax bill for last year.\n\nKind regards,\n{FULL2}",
    "{FIRST} reckons the train from {CITY} to {CITY2} is quicker than driving. Is that right?",
    "Cheers {FIRST}, that's all sorted now.",
    "My flatmate {first} keeps using my streaming account, how do I log everyone out?",
    "I'm popping up to {CITY} this weekend, any good walks nearby?",
    "We've just bought a cottage at {STREET} in {REGION} and need advice on the survey.",
    "Can you draft a reference letter for {FULL}? They worked with us for four years.",
    "Please reply to {EMAIL} rather than my work address. Thanks, {FIRST}",
    "Is it worth moving from {CITY} to {COUNTRY} for a job in IT?",
    "The delivery driver left it with my neighbour, {TITLE} {LAST}, at number 14.",
    "{FULL} has been our GP for ages and now the surgery says they're retiring.",
    "Morning {FIRST}! Just checking you got my email about the refund.",
    "Dear {FIRST},\n\nThanks ever so much for sorting this out.\n\nAll the best,\n{FIRST2}",
]
NEG["en_GB"] = [
    "I need a bath and a cup of tea after that commute.",
    "Reading the terms again, I'm not sure I can cancel.",
    "Will the bill be split between the two of us?",
    "I'll ring you back in the afternoon, I'm on the train.",
    "The summer sale ends on Monday, doesn't it?",
    "Could you grant an extension on the deadline? Ta.",
    "Grand, I'll pop round to the chemist later.",
]
T["de_DE"] = [
    "Hallo, ich bin {FULL} und habe eine Frage zu meiner Rechnung vom letzten Monat.",
    "Guten Tag {TITLE} {LAST},\n\nvielen Dank für Ihre schnelle Antwort.\n\nMit freundlichen Grüßen\n{FULL2}",
    "Bitte ändern Sie meine Lieferadresse auf {ADDR}.",
    "Ich ziehe nächsten Monat von {CITY} nach {CITY2}. Was muss ich beim Ummelden beachten?",
    "Kannst du mir helfen, eine Geburtstagskarte für {FIRST} zu schreiben?",
    "{FIRST} hat gesagt, dass das Paket schon gestern in {CITY} angekommen ist.",
    "hey, hab grad mit {first} telefoniert, wir treffen uns morgen um acht",
    "Mein Vermieter, {TITLE} {FULL}, will die Kaution nicht zurückzahlen. Adresse der Wohnung: {STREET}.",
    "Wir planen eine Reise nach {COUNTRY}. Brauche ich dafür ein Visum?",
    "Danke für die Hilfe!\n\nGrüße, {FIRST}",
    "Können Sie bitte {FULL} ({EMAIL}) in Kopie setzen?",
    "{CITY} ist im Winter echt grau. Hast du Tipps für Ausflüge in {REGION}?",
    "Hallo {FIRST}, danke für die schnelle Antwort!",
    "Ich habe das Paket in {CITY} abgegeben, aber {FULL} hat es nie bekommen.",
    "bin nächste woche in {city}, kennst du da ein gutes café?",
    "Sehr geehrte Damen und Herren,\n\nbitte senden Sie die Unterlagen an {ADDR}.\n\nMit freundlichen Grüßen\n{FULL}",
]
NEG["de_DE"] = [
    "Der Koch hat heute frei, deshalb ist die Kantine geschlossen.",
    "Das Essen war kalt, als die Lieferung kam.",
    "Die Halle ist am Wochenende für Veranstaltungen reserviert.",
    "Ein Vogel sitzt jeden Morgen auf meinem Balkon und singt.",
    "Mein Schneider meint, die Hose muss gekürzt werden.",
    "Die Straße vor meinem Haus ist seit Wochen gesperrt.",
    "Bitte schicken Sie mir die Rechnung für März noch einmal.",
    "Der Bauer im Dorf verkauft frische Eier und Milch.",
]
T["fr_FR"] = [
    "Bonjour, je m'appelle {FULL} et je n'arrive plus à me connecter à mon compte.",
    "Bonjour {TITLE} {LAST},\n\nJe vous remercie pour votre retour.\n\nCordialement,\n{FULL2}",
    "Pouvez-vous envoyer le colis à l'adresse suivante : {ADDR} ?",
    "Je déménage de {CITY} à {CITY2} en septembre, quelles démarches dois-je faire ?",
    "{FIRST} m'a dit que la commande était bloquée à {CITY}.",
    "salut, j'ai vu {first} hier soir, on se retrouve demain ?",
    "Peux-tu m'aider à écrire un petit mot pour le départ de {FIRST} ?",
    "Mon propriétaire, {TITLE} {FULL}, refuse de rendre la caution pour l'appartement du {STREET}.",
    "Mon fils part étudier à l'étranger ({COUNTRY}). Comment ouvrir un compte bancaire là-bas ?",
    "Merci beaucoup !\n\nBonne journée,\n{FIRST}",
    "Merci de mettre {FULL} ({EMAIL}) en copie du prochain mail.",
    "{CITY} est vraiment jolie au printemps, tu connais des bons restos ?",
    "J'habite au {STREET} depuis trois ans et le chauffage ne marche toujours pas.",
    "Tu as des idées de randonnées en {REGION} pour cet été ?",
    "Salut {FIRST}, merci pour ton aide !",
]
NEG["fr_FR"] = [
    "La pierre de la terrasse est fissurée, qui dois-je appeler ?",
    "Elle veut la robe rose en taille 38.",
    "Il a fait trois tours du parc avant de rentrer.",
    "Je pars en avril, donc je voudrais suspendre mon abonnement.",
    "Le facteur est passé ce matin mais il n'a rien laissé.",
    "C'est très gentil, merci pour votre aide.",
    "Le marché de Noël ouvre la semaine prochaine.",
]
T["es_ES"] = [
    "Hola, soy {FULL} y tengo un problema con mi última factura.",
    "Buenos días, {TITLE} {LAST}:\n\nLe agradezco su respuesta.\n\nUn saludo,\n{FULL2}",
    "Por favor, envíen el pedido a {ADDR}.",
    "Me mudo de {CITY} a {CITY2} el mes que viene, ¿qué trámites tengo que hacer?",
    "{FIRST} me dijo que el paquete llegó ayer a {CITY}.",
    "oye, he quedado con {first} mañana, ¿te vienes?",
    "¿Me ayudas a escribir una felicitación para {FIRST}? Cumple cuarenta años.",
    "Mi casero, {TITLE} {FULL}, no me devuelve la fianza del piso en {STREET}.",
    "Vamos a viajar a {COUNTRY} en verano, ¿necesito visado?",
    "¡Gracias por todo!\n\nSaludos,\n{FIRST}",
    "Pon en copia a {FULL} ({EMAIL}), por favor.",
    "{CITY} en agosto es un horno, ¿qué pueblos me recomiendas cerca?",
    "Vivo en {STREET} y llevo una semana sin agua caliente.",
    "¿Qué tal es el clima en {REGION} en invierno?",
    "Hola {FIRST}, gracias por responder tan rápido.",
    "estoy en {city} este finde, ¿algún sitio para cenar?",
]
NEG["es_ES"] = [
    "Quiero cambiar la camiseta rosa por una talla más grande.",
    "Tengo dolores de cabeza desde el lunes, ¿debería ir al médico?",
    "Se fue la luz en todo el edificio anoche.",
    "Hace mucho sol hoy, mejor salimos por la tarde.",
    "Compré una granada en el mercado y estaba podrida.",
    "Solo quiero vivir en paz con mis vecinos.",
    "El león del zoo estuvo dormido todo el rato.",
]
T["it_IT"] = [
    "Buongiorno, sono {FULL} e non riesco ad accedere al mio account.",
    "Gentile {TITLE} {LAST},\n\nla ringrazio per la risposta.\n\nCordiali saluti,\n{FULL2}",
    "Potete spedire il pacco a questo indirizzo: {ADDR}?",
    "Mi trasferisco da {CITY} a {CITY2} a settembre, cosa devo fare per la residenza?",
    "{FIRST} mi ha detto che il pacco è fermo a {CITY} da tre giorni.",
    "ciao, ho sentito {first} ieri, stasera usciamo?",
    "Mi aiuti a scrivere un biglietto di auguri per {FIRST}?",
    "Il proprietario dell'appartamento in {STREET}, {TITLE} {FULL}, non mi restituisce la caparra.",
    "Quest'estate andiamo in vacanza. Meta: {COUNTRY}. Serve il passaporto?",
    "Grazie mille!\n\nUn saluto,\n{FIRST}",
    "Metti in copia {FULL} ({EMAIL}), per favore.",
    "{CITY} d'inverno è bellissima, mi consigli qualche ristorante?",
    "Abito in {STREET} e il riscaldamento non funziona da una settimana.",
    "Che tempo fa in provincia di {REGION} a novembre?",
    "Ciao {FIRST}, grazie per la risposta veloce!",
]
NEG["it_IT"] = [
    "Ho comprato una camicia bianca ma è troppo stretta.",
    "Il cane corre nel prato tutto il giorno.",
    "Che gioia ricevere finalmente il pacco!",
    "Ho ancora speranza che il rimborso arrivi.",
    "Sono andato al mare in agosto e ho perso gli occhiali.",
    "La pace in ufficio è durata poco.",
    "Il fiore sul balcone è appassito.",
]
T["pt_BR"] = [
    "Oi, sou {FULL} e não consigo acessar minha conta desde ontem.",
    "Bom dia, {TITLE} {LAST},\n\nagradeço o retorno.\n\nAtenciosamente,\n{FULL2}",
    "Podem enviar o pedido para {ADDR}?",
    "Vou me mudar de {CITY} para {CITY2} em março, o que preciso fazer?",
    "{FIRST} falou que a encomenda ficou parada em {CITY}.",
    "vc falou com {first} hj? sumiu do grupo kkk",
    "Me ajuda a escrever uma mensagem de aniversário para {FIRST}?",
    "Meu locador, {TITLE} {FULL}, não quer devolver o caução do imóvel no endereço {STREET}.",
    "Vamos viajar para {COUNTRY} nas férias, precisa de visto?",
    "Valeu pela ajuda!\n\nAbraços,\n{FIRST}",
    "Coloca {FULL} ({EMAIL}) em cópia, por favor.",
    "{CITY} no verão é muito quente, tem dica de passeio?",
    "Moro na {STREET} e a internet cai toda noite.",
    "Como é o clima em {REGION} em julho?",
    "Oi {FIRST}, obrigado pela resposta rápida!",
]
NEG["pt_BR"] = [
    "Feliz Natal para toda a equipe!",
    "Foi uma vitória importante para o time.",
    "Socorro, meu pedido não chegou até agora!",
    "Os campos estão verdes depois da chuva.",
    "Ainda tenho esperança de receber o reembolso.",
    "Comprei um anel de prata e ficou apertado.",
    "A luz da sala queimou de novo.",
]
T["nl_NL"] = [
    "Hallo, ik ben {FULL} en ik kan niet meer inloggen op mijn account.",
    "Beste {TITLE} {LAST},\n\nBedankt voor uw snelle reactie.\n\nMet vriendelijke groet,\n{FULL2}",
    "Kunnen jullie het pakket naar {ADDR} sturen?",
    "Ik verhuis van {CITY} naar {CITY2}, wat moet ik regelen bij de gemeente?",
    "{FIRST} zei dat het pakket nog in {CITY} ligt.",
    "hoi, ik heb {first} gisteren gesproken, zullen we morgen afspreken?",
    "Kun je me helpen een verjaardagskaart voor {FIRST} te schrijven?",
    "Mijn verhuurder, {TITLE} {FULL}, wil de borg niet terugbetalen voor de woning aan de {STREET}.",
    "We gaan deze zomer naar {COUNTRY}, heb ik een visum nodig?",
    "Bedankt voor de hulp!\n\nGroetjes,\n{FIRST}",
    "Wil je {FULL} ({EMAIL}) in de cc zetten?",
    "{CITY} is in de herfst zo mooi, weet je leuke restaurants?",
    "Ik woon op {STREET} en de verwarming doet het al een week niet.",
    "Welke fietsroutes raad je aan in {REGION}?",
    "Hoi {FIRST}, bedankt voor je snelle reactie!",
]
NEG["nl_NL"] = [
    "De bakker op de hoek is vandaag dicht.",
    "De visser ving een grote snoek bij de sluis.",
    "Heel erg bedankt voor je snelle antwoord!",
    "Ik doe mijn best, maar de app blijft vastlopen.",
    "We hebben een houten tafel besteld en die is beschadigd.",
    "De zon schijnt eindelijk weer.",
    "De smid heeft het hek gerepareerd.",
]
T["pl_PL"] = [
    "Dzień dobry, nazywam się {FULL} i nie mogę zalogować się na swoje konto.",
    "{SALUT} {LAST},\n\ndziękuję za szybką odpowiedź.\n\nZ poważaniem\n{FULL2}",
    "Proszę wysłać paczkę na adres: {ADDR}.",
    "Przeprowadzam się z miasta {CITY} do miasta {CITY2}, co muszę załatwić w urzędzie?",
    "{FIRST} twierdzi, że paczka utknęła gdzieś koło miejscowości {CITY}.",
    "hej, {first} mówi że jutro nie da rady, przesuwamy?",
    "Jutro urodziny ma {FIRST} – pomożesz mi napisać życzenia?",
    "Mieszkanie: {STREET}. Właściciel, {TITLE} {FULL}, nie chce oddać kaucji.",
    "Lecimy na wakacje – kierunek: {COUNTRY}. Czy potrzebna jest wiza?",
    "Dziękuję za pomoc!\n\nPozdrawiam,\n{FIRST}",
    "Proszę dodać do kopii: {FULL} ({EMAIL}).",
    "{CITY} to moje rodzinne miasto, polecisz jakieś restauracje?",
    "Mój adres to {STREET}, a kurier ciągle jeździ pod zły numer.",
    "Jaka jest pogoda w regionie {REGION} w listopadzie?",
    "Cześć {FIRST}, dzięki za szybką odpowiedź!",
]
NEG["pl_PL"] = [
    "Zima w tym roku jest wyjątkowo mroźna.",
    "Koło w rowerze jest znowu przebite.",
    "Piła do drewna jest tępa, gdzie mogę ją naostrzyć?",
    "Kowal naprawił bramę w dwa dni.",
    "W sobotę sklep jest zamknięty?",
    "Róża w ogrodzie zakwitła dopiero w czerwcu.",
    "Dobry wieczór, mam pytanie o fakturę.",
]
T["tr_TR"] = [
    "Merhaba, ben {FULL}, hesabıma giriş yapamıyorum.",
    "Sayın {FULL},\n\nhızlı dönüşünüz için teşekkür ederim.\n\nSaygılarımla,\n{FULL2}",
    "Siparişimi şu adrese gönderebilir misiniz: {ADDR}",
    "Gelecek ay {CITY+ABL} {CITY2+DAT} taşınıyorum, nüfus müdürlüğüne gitmem gerekiyor mu?",
    "{FIRST} {TITLE} paketin hâlâ {CITY+LOC} beklediğini söyledi.",
    "selam, dün {first} ile konuştum, yarın buluşalım mı?",
    "{FIRST} için doğum günü mesajı yazar mısın?",
    "Ev sahibim {FULL} depozitoyu geri vermiyor. Adres: {STREET}.",
    "Yazın {COUNTRY+DAT} gideceğiz, vize gerekiyor mu?",
    "Yardımınız için teşekkürler!\n\nİyi günler,\n{FIRST}",
    "Lütfen {FULL} ({EMAIL}) kişisini de bilgiye ekleyin.",
    "{CITY} kışın çok güzel oluyor, restoran öneriniz var mı?",
    "{STREET} adresinde oturuyorum ve internet bir haftadır yok.",
    "Merhaba {FIRST} {TITLE}, siparişim hâlâ gelmedi.",
    "Teşekkürler {FIRST}, sorun çözüldü.",
]
NEG["tr_TR"] = [
    "Deniz bugün çok dalgalıydı, yüzemedik.",
    "Güneş bugün çok sıcak, dışarı çıkmayalım.",
    "Umudumu hiç kaybetmedim, iade gelecek.",
    "Barış için hepimiz çalışmalıyız.",
    "Baharda tatile gitmeyi düşünüyorum.",
    "Kaya düştü, köy yolu kapandı.",
    "Ay bu gece çok parlak.",
]
T["sv_SE"] = [
    "Hej, jag heter {FULL} och kan inte logga in på mitt konto.",
    "Hej {FIRST}!\n\nTack för snabbt svar.\n\nMed vänliga hälsningar\n{FULL2}",
    "Kan ni skicka paketet till {ADDR}?",
    "Jag flyttar från {CITY} till {CITY2} i höst, vad behöver jag göra?",
    "{FIRST} sa att paketet ligger kvar i {CITY}.",
    "tjena, snackade med {first} igår, ses vi imorgon?",
    "Kan du hjälpa mig skriva ett grattiskort till {FIRST}?",
    "Min hyresvärd, {FULL}, vägrar betala tillbaka depositionen för lägenheten på {STREET}.",
    "Vi ska åka till {COUNTRY} i sommar, behöver jag visum?",
    "Tack för hjälpen!\n\nHälsningar,\n{FIRST}",
    "Kan du lägga till {FULL} ({EMAIL}) som kopia?",
    "{CITY} är så fint på vintern, tips på restauranger?",
    "Jag bor på {STREET} och värmen har inte fungerat på en vecka.",
    "Hur är vädret i {REGION} i november?",
    "Tack {FIRST}, nu fungerar det!",
]
NEG["sv_SE"] = [
    "Vi såg en björn i skogen på semestern.",
    "Vi klättrade upp på ett berg i helgen.",
    "Strömmen gick igen mitt i natten.",
    "Solen skiner äntligen, så jag tar ledigt.",
    "En liten lund med björkar står bakom huset.",
    "Ja, det blir bra, tack!",
    "I vår ska vi måla om köket.",
]

TITLES = {  # (male, female)
    "en_US": (["Mr.", "Dr."], ["Ms.", "Mrs.", "Dr."]),
    "en_GB": (["Mr", "Dr"], ["Mrs", "Ms", "Miss", "Dr"]),
    "de_DE": (["Herr", "Herr Dr."], ["Frau", "Frau Dr."]),
    "fr_FR": (["Monsieur", "M."], ["Madame", "Mme"]),
    "es_ES": (["Sr.", "don"], ["Sra.", "doña"]),
    "it_IT": (["Sig.", "dott."], ["Sig.ra", "dott.ssa"]),
    "pt_BR": (["Sr.", "Dr."], ["Sra.", "Dra."]),
    "nl_NL": (["meneer", "dhr."], ["mevrouw", "mevr."]),
    "pl_PL": (["pan"], ["pani"]),
    "tr_TR": (["Bey"], ["Hanım"]),
    "sv_SE": ([""], [""]),
}

COMMON_PREFIX = {
    "pt_BR": ["Rua", "Rua", "Rua", "Avenida", "Av.", "Travessa", "Alameda", "Praça", "Estrada"],
    "es_ES": ["Calle", "Calle", "Calle", "C/", "Avenida", "Avda.", "Plaza", "Paseo", "Camino"],
    "it_IT": ["Via", "Via", "Via", "Viale", "Piazza", "Corso", "Largo", "Vicolo"],
}
FAKER_PREFIX = {
    "pt_BR": set(__import__("faker.providers.address.pt_BR", fromlist=["Provider"]).Provider.street_prefixes),
    "es_ES": set(__import__("faker.providers.address.es_ES", fromlist=["Provider"]).Provider.street_prefixes),
    "it_IT": set(__import__("faker.providers.address.it_IT", fromlist=["Provider"]).Provider.street_suffixes),
}

LOCALES = list(T)
PLACEHOLDER = re.compile(r"\{([A-Za-z0-9]+)(?:\+([A-Z]+))?\}")
LABEL_OF = {"FULL": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "first": "PERSON", "full": "PERSON",
            "FULL2": "PERSON", "FIRST2": "PERSON", "CITY": "LOCATION", "CITY2": "LOCATION",
            "city": "LOCATION", "COUNTRY": "LOCATION", "REGION": "LOCATION", "STREET": "ADDRESS",
            "ADDR": "ADDRESS", "EMAIL": "EMAIL"}


# ----------------------------------------------------------------------------- helpers
def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def lower(s, loc):
    if loc == "tr_TR":
        s = s.replace("I", "ı").replace("İ", "i")
    return s.lower()


def tr_suffix(word, case):
    """Turkish case suffix after an apostrophe (proper nouns): LOC -da/-de/-ta/-te, ABL -dan..., DAT -a/-e/-ya/-ye."""
    vowels = "aeıioöuü"
    last_v = next((c for c in reversed(word.lower()) if c in vowels), "a")
    back = last_v in "aıou"
    last = word[-1].lower()
    if case == "DAT":
        suf = "a" if back else "e"
        return "'" + ("y" + suf if last in vowels else suf)
    hard = last in "çfhkpsşt"
    d = "t" if hard else "d"
    suf = d + ("a" if back else "e")
    return "'" + (suf + "n" if case == "ABL" else suf)


class Gen:
    def __init__(self, locale, rng):
        self.loc = locale
        self.f = Faker(locale)
        self.f.seed_instance(rng.randrange(1 << 30))
        self.rng = rng

    # --- people
    def person(self):
        f, r = self.f, self.rng
        female = r.random() < 0.5
        src = "faker"
        if self.loc == "tr_TR" and r.random() < 0.5:
            first = r.choice(TR_COMMON_GIVEN_F if female else TR_COMMON_GIVEN_M)
            src = "curated_given"
        else:
            first = f.first_name_female() if female else f.first_name_male()
        if self.loc == "pl_PL":
            last = f.last_name_female() if female else f.last_name_male()
        else:
            last = f.last_name()
        if self.loc == "es_ES" and r.random() < 0.5:
            last = last + " " + f.last_name()
        titles = TITLES[self.loc][1 if female else 0]
        title = r.choice(titles)
        salut = "Szanowna Pani" if female else "Szanowny Panie"
        last_alone = last
        if self.loc == "nl_NL" and last[:1].islower():
            last_alone = last[0].upper() + last[1:]  # "meneer Van Dillen"
        return {"first": first, "last": last, "last_alone": last_alone, "full": f"{first} {last}",
                "title": title, "salut": salut, "female": female, "src": src}

    def email(self, p):
        user = ascii_fold(p["first"]).lower() + self.rng.choice([".", "_", ""]) + \
            ascii_fold(p["last"]).lower().replace(" ", "")
        user = re.sub(r"[^a-z0-9._]", "", user)
        return f"{user}@{self.f.free_email_domain()}"

    # --- places
    def city(self):
        if self.loc in REAL_CITIES:
            return self.rng.choice(REAL_CITIES[self.loc]), "curated"
        return self.f.city(), "faker"

    def country(self):
        if self.loc in COUNTRIES:
            return self.rng.choice(COUNTRIES[self.loc]), "curated"
        return self.f.country(), "faker"

    def region(self):
        if self.loc in REGIONS:
            return self.rng.choice(REGIONS[self.loc]), "curated"
        return self.f.state(), "faker"

    def street(self):
        f, r, loc = self.f, self.rng, self.loc
        self.last_src = "composed" if loc == "tr_TR" else "faker"
        if loc == "tr_TR":
            kind = r.choice(["Sokak", "Sk.", "Caddesi", "Cad.", "Bulvarı"])
            name = r.choice(TR_STREET_WORDS + [f.last_name()])
            s = f"{name} {kind} No: {r.randint(1, 180)}"
            if r.random() < 0.5:
                s += f" Daire {r.randint(1, 24)}"
            if r.random() < 0.4:
                s = f"{r.choice(TR_STREET_WORDS)} Mah. " + s
            return s
        s = f.street_address().strip().replace("\n", ", ")
        if loc in COMMON_PREFIX and r.random() < 0.5:
            first, _, rest = s.partition(" ")
            if first in FAKER_PREFIX[loc]:
                s = r.choice(COMMON_PREFIX[loc]) + " " + rest
                self.last_src = "faker_common_prefix"
        s = re.sub(r"(?<![\d/-])0+(?=\d)", "", s)  # Faker's house numbers "09", "00": drop leading zeros
        s = re.sub(r"(?<![\d/-])\b0\b(?![\d/-])", lambda m: str(r.randint(1, 60)), s)  # house number "0"
        if loc == "fr_FR" and not s[:1].isdigit():
            s = f"{r.randint(1, 120)}, {s}"  # Faker sometimes omits the number ("rue Carlier")
        if loc == "de_DE":
            m = re.search(r"(\d+)-(\d+)$", s)
            if m and int(m.group(1)) >= int(m.group(2)):  # Faker's "9-6", "7-7": make it a real range
                a = int(m.group(2))
                s = s[:m.start()] + f"{a}-{a + 2}"
        return s

    def postal(self):
        """Full one-line postal address: street + postcode + city."""
        f, r, loc = self.f, self.rng, self.loc
        st = self.street()
        if loc == "en_US":
            return f"{st}, {self.city()[0]}, {f.state_abbr(include_territories=False)} {f.zipcode()}"
        if loc == "en_GB":
            return f"{st}, {self.city()[0]} {f.postcode()}"
        if loc == "fr_FR":
            return f"{st}, {f.postcode()} {self.city()[0]}"
        if loc == "pt_BR":
            d = f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}"
            return f"{st} - {f.bairro()}, {self.city()[0]} - {f.estado_sigla()}, {d}"
        if loc == "it_IT":
            return f"{st}, {f.postcode()} {f.city()} ({f.state_abbr()})"
        if loc == "tr_TR":
            dist = r.choice(TR_DISTRICTS)
            return f"{st}, {r.randint(1, 81):02d}{r.randint(0, 999):03d} {dist}/{self.city()[0]}"
        if loc == "sv_SE":
            pc = f.postcode()
            if r.random() < 0.5:
                pc = pc[:3] + " " + pc[3:]
            return f"{st}, {pc} {f.city()}"
        if loc == "nl_NL":
            return f"{st}, {f.postcode()} {f.city()}"
        # de_DE, es_ES, pl_PL: postcode + city
        return f"{st}, {f.postcode()} {f.city()}"


def render(template, g):
    p1, p2 = g.person(), g.person()
    cache = {}
    srcs = {}

    def value(slot):
        if slot in cache:
            return cache[slot]
        if slot == "FULL": v, s = p1["full"], p1["src"]
        elif slot == "FIRST": v, s = p1["first"], p1["src"]
        elif slot == "LAST": v, s = p1["last_alone"], "faker"
        elif slot == "first": v, s = lower(p1["first"], g.loc), p1["src"]
        elif slot == "full": v, s = lower(p1["full"], g.loc), p1["src"]
        elif slot == "FULL2": v, s = p2["full"], p2["src"]
        elif slot == "FIRST2": v, s = p2["first"], p2["src"]
        elif slot in ("CITY", "CITY2"):
            v, s = g.city()
            while slot == "CITY2" and v == cache.get("CITY"):
                v, s = g.city()
        elif slot == "city":
            v, s = g.city(); v = lower(v, g.loc)
        elif slot == "COUNTRY": v, s = g.country()
        elif slot == "REGION": v, s = g.region()
        elif slot == "STREET": v = g.street(); s = g.last_src
        elif slot == "ADDR": v = g.postal(); s = "composed:" + g.last_src
        elif slot == "EMAIL": v, s = g.email(p1), "derived"
        elif slot == "TITLE": v, s = p1["title"], None
        elif slot == "SALUT": v, s = p1["salut"], None
        elif slot == "N": v, s = str(g.rng.randint(100000, 9999999)), None
        else: raise KeyError(slot)
        cache[slot] = v
        srcs[slot] = s
        return v

    out, spans, meta = [], [], []
    pos, cur = 0, 0
    for m in PLACEHOLDER.finditer(template):
        out.append(template[pos:m.start()]); cur += m.start() - pos
        slot, case = m.group(1), m.group(2)
        v = value(slot)
        if slot == "TITLE" and v == "":
            pass
        if slot in LABEL_OF:
            spans.append({"start": cur, "end": cur + len(v), "label": LABEL_OF[slot]})
            meta.append({"slot": slot, "src": srcs[slot], "value": v})
        out.append(v); cur += len(v)
        if case:
            suf = tr_suffix(v, case)
            out.append(suf); cur += len(suf)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    text = re.sub(r"  +", " ", text) if "  " in text else text  # empty title (sv) never used, guard anyway
    return text, spans, meta


def main():
    import argparse
    parser = argparse.ArgumentParser(description="Multilingual chat corpus with gold spans (needs Faker).")
    parser.add_argument("--out", required=True, help="gold corpus (JSONL: id, text, spans)")
    parser.add_argument("--meta", help="per span: template, slot, value source")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    gens = {loc: Gen(loc, rng) for loc in LOCALES}
    per = N_RECORDS // len(LOCALES)
    extra = N_RECORDS - per * len(LOCALES)
    records, metas = [], []
    for li, loc in enumerate(LOCALES):
        n = per + (1 if li < extra else 0)
        pos_t, neg_t = T[loc], NEG[loc]
        for i in range(n):
            is_neg = rng.random() < 0.17
            if is_neg:
                ti = rng.randrange(len(neg_t)); tmpl = neg_t[ti]
            else:  # address templates count twice, so each locale gets ~40 ADDRESS spans
                w = [2 if ("{STREET}" in t or "{ADDR}" in t) else 1 for t in pos_t]
                ti = rng.choices(range(len(pos_t)), weights=w)[0]; tmpl = pos_t[ti]
            text, spans, meta = render(tmpl, gens[loc])
            rid = f"{loc}:{i:04d}"
            for s, m in zip(spans, meta):
                assert text[s["start"]:s["end"]] == m["value"], (rid, s, m)
            # spans must not overlap
            ss = sorted(spans, key=lambda s: s["start"])
            for a, b in zip(ss, ss[1:]):
                assert a["end"] <= b["start"], (rid, a, b)
            records.append({"id": rid, "text": text, "spans": spans})
            metas.append({"id": rid, "template": f"{'neg' if is_neg else 'pos'}{ti:02d}",
                          "spans": [dict(s, **m) for s, m in zip(spans, meta)]})
    with open(args.out, "w", encoding="utf-8") as h:
        for r in records:
            h.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.meta:
        with open(args.meta, "w", encoding="utf-8") as h:
            for r in metas:
                h.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records, {sum(len(r['spans']) for r in records)} spans", file=sys.stderr)


if __name__ == "__main__":
    main()
