#!/usr/bin/env python3
"""Generate a large, deterministic, synthetic chat corpus (JSON Lines) for Veil benchmarks.

    python3 scripts/gen-chat-corpus.py --size-mb 200 --seed 42 --out /tmp/corpus.jsonl
    python3 scripts/gen-chat-corpus.py --size-mb 5 --out - | head

Output mixes three record shapes:
  ~70%  OpenAI messages  {"id": "conv-00000001", "messages": [{"role", "content"}], "meta": {...}}
  ~20%  ShareGPT         {"id": 17, "conversations": [{"from", "value"}], "source": "crm"}
  ~10%  plain text       {"text": "...", "lang": "en"}

The text is built from embedded templates and word lists (support, sales and tech talk),
with roughly one structured PII value (email, phone, card, IBAN, IP, URL, SSN, date, MAC)
per 300-600 bytes of text, plus person names, cities, non-ASCII text and look-alikes
(order numbers, prices, versions, UUIDs, epoch timestamps, ...). All values are invented;
reserved/documentation ranges are used where they exist.

The same --seed and --size-mb always give byte-identical output (Python standard library
only; no hash-order or clock dependence). Generation stops at the first record boundary
at or after the requested size (1 MB = 1,000,000 bytes). Only data goes to the output;
--verbose writes progress and statistics to stderr.

--gold FILE also writes the corpus as a labeled corpus for scripts/evaluate: one line per
text unit Veil scans (messages[].content, conversations[].value, text), {"id", "text",
"spans": [{"start", "end", "label"}]} with code-point offsets, the id being the unit's id in
`veil scan` output (conv-00000001:3, 17:0, or the 0-based line index of a text record). The
spans are the PERSON names ({name}, {first}) and LOCATION cities ({city}) the generator
inserted, plus the literal "US" of one template; names inside e-mail addresses are not spans.
Only PERSON and LOCATION are labeled, so the other labels' rows in scripts/evaluate are all
false alarms. --out stays byte-identical with or without --gold.

    python3 scripts/gen-chat-corpus.py --size-mb 5 --seed 7 --out /tmp/chat5.jsonl --gold /tmp/chat5-gold.jsonl
    scripts/evaluate /tmp/chat5-gold.jsonl
"""

import argparse
import json
import os
import random
import re
import sys
import time

# ---------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------

# (display name, ascii form for e-mail local parts)
FIRST_NAMES = [
    ("James", "james"), ("Mary", "mary"), ("Olivia", "olivia"), ("Liam", "liam"), ("Emma", "emma"),
    ("Noah", "noah"), ("Ava", "ava"), ("Lucas", "lucas"), ("Mia", "mia"), ("Ethan", "ethan"),
    ("Sophia", "sophia"), ("Daniel", "daniel"), ("Grace", "grace"), ("Omar", "omar"), ("Fatima", "fatima"),
    ("José", "jose"), ("Zoë", "zoe"), ("François", "francois"), ("Björn", "bjorn"), ("Chloé", "chloe"),
    ("Łukasz", "lukasz"), ("Søren", "soren"), ("Renée", "renee"), ("Jürgen", "jurgen"), ("Inés", "ines"),
    ("Priya", "priya"), ("Aarav", "aarav"), ("Rahul", "rahul"), ("Ananya", "ananya"), ("Wei", "wei"),
    ("Mei", "mei"), ("Hiroshi", "hiroshi"), ("Yuki", "yuki"), ("Min-jun", "minjun"), ("Thảo", "thao"),
    ("Ivan", "ivan"), ("Olga", "olga"), ("Dmitri", "dmitri"), ("Karim", "karim"), ("Layla", "layla"),
    ("Chinedu", "chinedu"), ("Amara", "amara"), ("Mateo", "mateo"), ("Valentina", "valentina"), ("João", "joao"),
    ("Ana", "ana"), ("Lars", "lars"), ("Ingrid", "ingrid"), ("Niamh", "niamh"), ("Siobhán", "siobhan"),
]
LAST_NAMES = [
    ("Smith", "smith"), ("Johnson", "johnson"), ("Williams", "williams"), ("Brown", "brown"), ("Garcia", "garcia"),
    ("Miller", "miller"), ("Davis", "davis"), ("Martínez", "martinez"), ("López", "lopez"), ("Wilson", "wilson"),
    ("Anderson", "anderson"), ("Taylor", "taylor"), ("Thomas", "thomas"), ("Moore", "moore"), ("Martin", "martin"),
    ("Müller", "mueller"), ("Schäfer", "schaefer"), ("Dubois", "dubois"), ("Lefèvre", "lefevre"), ("Rossi", "rossi"),
    ("Nowak", "nowak"), ("Kowalski", "kowalski"), ("Jensen", "jensen"), ("Andersson", "andersson"), ("O'Brien", "obrien"),
    ("Sharma", "sharma"), ("Patel", "patel"), ("Iyer", "iyer"), ("Chen", "chen"), ("Wang", "wang"),
    ("Tanaka", "tanaka"), ("Sato", "sato"), ("Kim", "kim"), ("Nguyễn", "nguyen"), ("Petrov", "petrov"),
    ("Ivanova", "ivanova"), ("Haddad", "haddad"), ("Okafor", "okafor"), ("Silva", "silva"), ("Souza", "souza"),
    ("Fernández", "fernandez"), ("Novák", "novak"), ("Yılmaz", "yilmaz"), ("Kovačević", "kovacevic"), ("Murphy", "murphy"),
]
# Names written in their own scripts (used as-is, no e-mail derived from them).
NATIVE_NAMES = ["王芳", "李娜", "张伟", "陈静", "佐藤 花子", "김민준", "Алексей Смирнов", "Мария Иванова",
                "محمد العلي", "فاطمة حسن", "Σοφία Παπαδοπούλου", "अनन्या शर्मा"]

# country code -> (cities, locale/lang, currency symbol)
COUNTRIES = [
    ("US", ["New York", "San Francisco", "Austin", "Seattle", "Chicago", "Boston", "Denver", "Miami"], "en", "$"),
    ("CA", ["Toronto", "Vancouver", "Montréal", "Calgary", "Ottawa"], "en", "$"),
    ("GB", ["London", "Manchester", "Leeds", "Glasgow", "Bristol", "Cardiff"], "en", "£"),
    ("DE", ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main"], "de", "€"),
    ("FR", ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes"], "fr", "€"),
    ("IN", ["Bengaluru", "Mumbai", "Pune", "Delhi", "Chennai", "Hyderabad"], "en", "₹"),
    ("AU", ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"], "en", "$"),
    ("BR", ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife"], "pt", "R$"),
    ("ES", ["Madrid", "Barcelona", "Sevilla", "València", "Málaga"], "es", "€"),
    ("NL", ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"], "nl", "€"),
    ("JP", ["Tokyo", "Osaka", "Kyoto", "Sapporo"], "ja", "¥"),
    ("CN", ["Shanghai", "Beijing", "Shenzhen", "Hangzhou"], "zh", "¥"),
]
COUNTRY_WEIGHTS = [30, 6, 12, 8, 7, 10, 6, 6, 4, 3, 4, 4]

DEVICES = ["iPhone 15", "iPhone 13 mini", "Pixel 8", "Galaxy S23", "Galaxy A54", "OnePlus 11", "iPad Pro",
           "MacBook Air", "MacBook Pro 14", "ThinkPad T14", "Dell XPS 15", "Surface Laptop 5", "Chromebook",
           "Windows desktop", "Linux desktop", "Android tablet", "Smart TV", "Kindle Fire"]
PLANS = ["Free", "Basic", "Standard", "Plus", "Pro", "Premium", "Business", "Enterprise", "Student", "Family"]
COMPANIES = ["Lumen Telecom", "Northwind Mobile", "Parcelly", "Brightbank", "CloudNest", "Acme Analytics",
             "Globex Energy", "Initech Software", "Contoso Retail", "Fabrikam Home", "Tailspin Travel", "Orbit Fiber"]
PRODUCTS = ["the Pro plan", "the mesh router", "the X200 earbuds", "the smart thermostat", "the annual subscription",
            "the family bundle", "the analytics dashboard", "the backup add-on", "the 4K streaming box",
            "the fibre upgrade", "the premium support package", "the travel insurance add-on", "the e-reader",
            "the noise-cancelling headphones", "the standing desk", "the coffee grinder"]
FEATURES = ["single sign-on", "the export API", "two-factor authentication", "custom dashboards", "audit logs",
            "the mobile app", "offline mode", "bulk import", "role-based access", "webhooks", "data retention settings"]
ISSUES = ["a duplicate charge", "a late delivery", "a locked account", "a failed payment", "a damaged item",
          "a missing refund", "slow internet", "a login loop", "a wrong invoice address", "a cancelled order",
          "an expired card", "a password reset that never arrives"]
TIME_WORDS = ["yesterday", "this morning", "last week", "two days ago", "earlier today", "over the weekend",
              "since the last update", "a few hours ago"]
EMOJI = ["👋", "🙏", "😊", "😅", "🙂", "👍", "🎉", "😞", "🤞", "❤️", "📦", "💳", "🚀", "✅"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "corp.example", "shop.example",
           "acme.test", "post.example.org", "inbox.example.net", "university.example.edu"]
URL_HOSTS = ["example.com", "example.org", "example.net", "help.example.com", "shop.example.net",
             "status.example.org", "account.example.com", "docs.example.org", "portal.example.net", "app.example.com"]
URL_WORDS = ["orders", "account", "billing", "reset", "track", "help", "docs", "invoice", "support", "settings",
             "download", "pricing", "status", "login", "returns", "api", "guide", "faq"]
WORDS = ["update", "router", "invoice", "refund", "password", "delivery", "account", "payment", "subscription",
         "dashboard", "warehouse", "courier", "discount", "licence", "upgrade", "firmware", "contract", "quote"]

# ---------------------------------------------------------------------------
# Templates.  {slot} names are filled by Gen.slots; everything else is literal.
# ---------------------------------------------------------------------------

SYSTEM = [
    "You are a helpful customer support assistant for {company}. Be concise and polite.",
    "You are a billing support agent for {company}. Never ask for full card numbers or passwords.",
    "You are a technical support engineer at {company}. Ask for logs when needed.",
    "You are a friendly sales assistant for {company}. Qualify leads and offer demos.",
    "You are a delivery support assistant for {company}. Help customers track their parcels.",
    "You are an account recovery assistant for {company}.\nRules:\n1. Verify identity first.\n2. Never reveal other customers' data.",
]

GREETINGS = [
    "Hi there!", "Hello,", "Hey 👋", "Good morning!", "Hi, hope you're well.", "Hello team,", "Hi {first}!",
    "Hola, buenos días.", "Bonjour !", "Hallo zusammen,", "Olá!", "Namaste 🙏", "你好！", "こんにちは。",
    "Здравствуйте!", "مرحبا،", "Hej!", "Ciao!", "Dzień dobry,", "Merhaba,",
]

USER_PROBLEM = {
    "billing": [
        "I was charged twice for {product} this month.",
        "My last invoice {invoice} shows {price} but my plan should be cheaper.",
        "I cancelled {product} {timeword} but I still got billed {price}.",
        "The payment for {product} keeps failing and I don't know why.",
        "Can you explain the extra {price} on my bill?",
        "I'd like a refund for {product}, it never worked properly.",
        "My discount of {pct} wasn't applied to the renewal.",
    ],
    "delivery": [
        "My order {order} hasn't arrived yet.",
        "The tracking number {tracking} hasn't updated {timeword}.",
        "I received the wrong size, I ordered {sku} but got something else.",
        "The parcel arrived damaged, {qty} were broken.",
        "Can I change the delivery address for {order}?",
        "The courier says delivered but there's nothing at my door in {city}.",
    ],
    "account": [
        "I can't log into my account anymore.",
        "I never received the password reset e-mail.",
        "Someone changed my password {timeword}, I think I was hacked.",
        "Two-factor authentication is asking for a code I never get.",
        "I'd like to delete my account and all my data.",
        "I need to update the e-mail address on my account.",
    ],
    "tech": [
        "My {device} won't connect after updating to {version}.",
        "The app crashes on startup with {http} since {version}.",
        "Internet keeps dropping every few minutes, packet loss is around {pct}.",
        "The dashboard takes {duration} to load, it used to be instant.",
        "I'm getting {http} from the API when I call the export endpoint.",
        "My {model} keeps dropping the wifi connection, firmware {version}.",
        "The sync job {uuid} has been stuck for {duration}.",
    ],
}

USER_PII = [
    "My email is {email}.", "You can reach me at {phone}.", "My phone number is {phone}.",
    "Please call me on {phone} or email {email}.", "The card I used is {card}.",
    "I paid with {card}, is that the problem?", "My IBAN is {iban} if you need it for the refund.",
    "Please refund to {iban}.", "I'm connecting from {ip}.", "The router shows my IP as {ip}.",
    "The link {url} gives me an error.", "I tried {url} but nothing happens.",
    "My SSN is {ssn}, do you need it for verification?", "It happened on {date}.",
    "The charge is dated {date}.", "My laptop's MAC address is {mac}.", "The device MAC is {mac}.",
    "My account email is {email} and the number on file is {phone}.",
    "Contact: {name}, {email}, {phone}.", "I'm {name} from {city}, account email {email}.",
    "请联系我：{email}", "我的电话是 {phone}。", "Mi correo es {email}, gracias.",
    "Mein Telefon: {phone}.", "Mon numéro : {phone}.", "Мой телефон {phone}.", "رقم هاتفي {phone}",
    "Backup email {email} 🙏", "Order was placed on {date} from {ip}.",
]

USER_FOLLOW = [
    "Thanks, that helps.", "Okay, I'll try that now.", "It still doesn't work.", "How long will that take?",
    "Is there a faster option?", "Can you send me a confirmation?", "That's strange, I never changed anything.",
    "I already tried restarting twice.", "Could you escalate this please?", "Sure, one moment.",
    "Great, what do you need from me?", "I'm travelling in {city} at the moment, does that matter?",
    "The order number is {order}.", "The invoice says {invoice}.", "It's the {model}, version {version}.",
    "My ticket number is {ticket}.", "I paid {price} for it.", "It happened around {duration} ago.",
    "I'm on the {plan} plan, if that matters.", "I use it mostly on my {device}.", "This is the third time I'm writing about this.",
    "No rush, I just want it sorted.", "Do I need to send the item back?", "Will I lose my data?",
    "Ok, just tried again and got the same error.", "My colleague {name} has the same problem.",
    "Es funktioniert immer noch nicht.", "D'accord, merci.", "Vale, lo intento.", "好的，我试一下。", "Понятно, спасибо.",
]

USER_CLOSE = [
    "Thanks, that's all!", "Great, thank you 🙏", "Perfect, cheers.", "Thanks for your help!", "Appreciate it 😊",
    "Merci beaucoup !", "Danke schön!", "¡Muchas gracias!", "Obrigado!", "谢谢！", "ありがとうございます。",
    "Спасибо!", "شكرا جزيلا", "धन्यवाद!", "Thank you so much ❤️",
]

AGENT_ACK = [
    "Thanks for reaching out, {first}!", "Sorry to hear that.", "I understand how frustrating that is.",
    "Thanks for the details.", "Happy to help with that.", "Let me look into this for you.",
    "Thanks for your patience.", "Got it, thanks.", "I'm sorry for the trouble, {first}.",
]

AGENT_BODY = [
    "I've opened ticket {ticket} for you.", "The refund of {price} will be processed within {duration}.",
    "Your order {order} ships from our warehouse in {city}.", "Please update to {version} and restart the device.",
    "Invoice {invoice} has been reissued with the correct amount.", "The tracking number is {tracking}.",
    "I can see {qty} on the order; one item ({sku}) is back-ordered.", "Our logs show {pct} packet loss on your line.",
    "The job {uuid} failed with {http}; I've restarted it.", "The fix is in build {hash}.",
    "That plan costs {price} per month, with {pct} off the first year.",
    "I've applied a credit of {price} to your account.", "The event was logged at epoch {epoch}.",
    "Card numbers like {badcard} fail our checksum, so please double-check the digits.",
    "The {model} needs firmware {version} or later.", "Average resolution time right now is {duration}.",
    "I've reset the session; please sign in again.", "I've escalated this to our specialist team.",
    "You'll get an email confirmation shortly.", "The change can take up to {duration} to show.",
    "Please avoid sharing full card numbers or SSNs in chat.",
    "I've checked your account and everything else looks fine.", "This usually happens when the cache is out of date.",
    "Our engineers are aware of the issue and a fix is rolling out.", "I've added a note so the next agent has the context.",
    "You don't need to do anything else on your side.", "If the problem comes back, just reply to this chat.",
    "The warehouse confirmed the parcel left {city} {timeword}.", "I've waived the late fee as a courtesy.",
    "For security reasons I can't change that without verification.",
    "Could you try clearing the browser cache and signing in again?", "Please make sure the {device} is on the latest update.",
    "Refunds always go back to the original payment method.", "I can see the payment was authorised but not captured.",
    "The courier will make a second attempt.", "We've had a few similar reports from customers in {city}.",
    "Your plan is {plan}, which includes {feature}.", "I've upgraded the ticket priority.",
]

AGENT_PII = [
    "I've sent a confirmation to {email}.", "Our team will call you at {phone}.",
    "You can reset your password at {url}.", "We detected a sign-in from {ip} on {date}.",
    "The refund will go to {iban}.", "The payment from {card} was declined by your bank.",
    "Your next billing date is {date}.", "Please follow the steps at {url}.",
    "The device with MAC {mac} is blocked on our network.", "For urgent issues call {phone}.",
    "I've updated your contact email to {email}.", "The delivery is scheduled for {date}.",
]

AGENT_LIST = [
    "Here's what I found:\n- order: {order}\n- amount: {price}\n- delivery: {date}",
    "Next steps:\n1. Update to {version}\n2. Restart the {device}\n3. Try {url} again",
    "Summary:\n- ticket {ticket}\n- callback number {phone}\n- status: {http}",
]

AGENT_CLOSE = [
    "Is there anything else I can help with?", "Have a great day!", "Let me know if anything else comes up.",
    "Thanks for contacting {company}.", "Take care! 😊", "Glad I could help.",
]

SALES_HUMAN_PII = [
    "Please send the proposal to {email}.", "My direct line is {phone}.", "Our procurement contact is {name}, {email}.",
    "We'd pay by bank transfer from {iban}.", "Can I put the deposit on {card}?",
    "Our IT team needs your IP ranges; we'll call from {ip}.", "We need everything signed by {date}.",
    "Here's our security questionnaire: {url}", "Call me on {phone}, I'm usually free after lunch.",
    "Invoices go to {email}, please.", "Can we do the kickoff on {date}?", "Mon e-mail : {email}.",
]
SALES_HUMAN = [
    "We're evaluating {company} for about {qty} and need a quote.", "What does the Enterprise plan cost for {qty}?",
    "Does your platform support {feature}?", "Can we book a demo for our team in {city}?",
    "Is there a discount for non-profits?", "Our budget is about {price} per month.", "Does the price include {feature}?",
    "Which version do you recommend, {version} or the beta?", "I'm {name}, head of operations in {city}.",
    "We're a team of about forty people, mostly remote.", "Our current tool is too slow for our analysts.",
    "How long does onboarding usually take?", "Do you offer a free trial?", "Can we pay annually instead of monthly?",
    "Who else in our industry uses you?", "We'd need a data processing agreement before signing.",
    "Is the data hosted in the EU?", "What's your uptime guarantee?", "Our CFO will want to see an ROI estimate.",
    "Sounds good, let me check with my team.", "The last vendor quoted us {price}, can you match that?",
    "Quel est le prix pour {qty} ?", "¿Tienen soporte en español?", "Können wir per Rechnung zahlen?",
    "我们需要中文界面，可以吗？", "Thanks, this is really helpful 🙂",
]
SALES_GPT_PII = [
    "I'll send the quote {invoice} to {email} today.", "How about a demo on {date}?", "Our egress IPs are {ip} and {ip}.",
    "Pricing details are at {url}.", "Please don't share card numbers here; use the secure checkout at {url}.",
    "Please transfer the deposit to {iban}, reference {order}.", "You can reach our sales desk on {phone}.",
    "I've booked the call for {date} and sent the invite to {email}.", "The contract draft is at {url}.",
]
SALES_GPT = [
    "Thanks for your interest in {company}!", "Enterprise starts at {price} per month.",
    "Volume discounts start at {pct} beyond 50 seats.", "Yes, {feature} is included in all paid plans.",
    "The quote is valid for {duration}.", "We recommend {version} for production.",
    "Great, I've noted {name} as the main contact.", "Proposal {invoice} covers {qty}.",
    "Our roadmap includes {feature} improvements next quarter.", "Happy to help, {first}!",
    "Onboarding usually takes two to three weeks.", "Yes, we offer a free trial with all features included.",
    "Annual billing saves you two months compared to monthly.", "Data can be hosted in the EU or the US, your choice.",
    "Our SLA guarantees {pct} uptime.", "I'll loop in our solutions engineer.",
    "Many teams start with a small pilot and expand later.", "Let me know what questions your CFO has.",
    "We work with several companies in {city} already.", "Non-profits get {pct} off the list price.",
    "A data processing agreement is part of our standard contract.", "I can hold this pricing until the end of the quarter.",
    "That's a great question, let me check with the product team.", "Sounds good! 🚀",
]

NOTES_PII = [
    "Callback requested on {phone}; email {email}.", "Refund of {price} approved, IBAN {iban}.",
    "Fraud review: card {card} used from {ip}.", "Identity verified via SSN {ssn} and DOB {date}.",
    "Device MAC {mac} got lease {ip}.", "Escalated to tier 2, see {url}.", "Follow up by {date}.",
    "Duplicate charge on {date}, amount {price}.", "Customer prefers contact via {email}.",
    "Kunde bittet um Rückruf: {phone}.", "Client joignable au {phone}.", "客户 {name} 请联系我：{email}",
]
NOTES = [
    "Ticket {ticket}: customer {name} from {city} called about {issue}.", "Order {order} reshipped, tracking {tracking}.",
    "Customer reports {http} on {version}.", "Invoice {invoice} corrected.", "Build {hash} deployed at epoch {epoch}.",
    "Replaced {sku} x2, {qty}.", "Account {uuid} locked after {issue}.", "Note: {badcard} was rejected (checksum).",
    "Customer was polite, issue resolved in {duration}. 👍", "No further action needed.",
    "Agent reminded the customer not to share card details in chat.", "Waiting on warehouse confirmation.",
    "Customer will call back after checking with their bank.", "Known issue, linked to incident {ticket}.",
    "Customer is on the {plan} plan and has been with us since {year}.", "Offered a {pct} goodwill discount.",
    "Second contact about {issue} this month.", "Customer sounded frustrated but calmed down.",
    "Issue reproduced on {device}.", "Closed as duplicate of {ticket}.", "Kunde war sehr freundlich.",
    "Client satisfait de la réponse.", "客户很满意。",
]

# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}

US_AREAS = ["212", "415", "646", "312", "206", "512", "617", "303", "305", "408", "702", "917"]
CA_AREAS = ["416", "604", "514", "403", "613", "905"]
UK_BANKS = ["WEST", "NWBK", "BARC", "LOYD", "MIDL", "HBUK"]
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO"]
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PII_SLOTS = {"email", "phone", "card", "iban", "ip", "url", "ssn", "date", "mac"}
# Slots whose values are --gold spans: person names (full, first-only, native-script) and cities.
# Countries appear only in "meta", which Veil does not scan; names inside e-mail local parts are
# part of the EMAIL value, not a name the text mentions, so they are not PERSON spans.
GOLD_LABELS = {"name": "PERSON", "first": "PERSON", "city": "LOCATION"}
# Place names written into the templates themselves: "the US" is a LOCATION; "the EU" is left
# unlabeled (a political union, ORGANIZATION by the usual NER convention, outside --gold's labels).
GOLD_LITERALS = re.compile(r"\b(US)\b")
_literal_spans = {}


def literal_spans(lit):
    """--gold spans of the place names in one literal template part (cached)."""
    spans = _literal_spans.get(lit)
    if spans is None:
        spans = _literal_spans[lit] = [(m.start(1), m.end(1), "LOCATION") for m in GOLD_LITERALS.finditer(lit)]
    return spans


class Spanned(str):
    """A str that carries its --gold spans: [(start, end, label)] in code points."""
    __slots__ = ("spans",)

    def __new__(cls, text, spans):
        self = str.__new__(cls, text)
        self.spans = spans
        return self


def luhn_check_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = ord(ch) - 48
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def compile_template(t):
    """'a {x} b' -> (['a ', ' b'], ['x'])"""
    lits, names = [], []
    rest = t
    while True:
        i = rest.find("{")
        if i < 0:
            lits.append(rest)
            break
        j = rest.index("}", i)
        lits.append(rest[:i])
        names.append(rest[i + 1:j])
        rest = rest[j + 1:]
    return lits, names


def compile_pool(pool):
    return [compile_template(t) for t in pool]


class Gen:
    def __init__(self, seed, gold=False):
        self.r = random.Random(seed)
        self.gold = gold  # track label spans; never draws random numbers, so the output is unchanged
        self.pii_count = 0
        self.ctx_first = "there"
        self.ctx_country = "US"
        self.ctx_city = "New York"
        self.ctx_person = None
        self.ctx_cur = "$"
        self.slots = {
            "email": self.email, "phone": self.phone, "card": self.card, "iban": self.iban, "ip": self.ip,
            "url": self.url, "ssn": self.ssn, "date": self.date, "mac": self.mac,
            "name": self.name, "first": lambda: self.ctx_first, "city": self.city,
            "company": lambda: self.r.choice(COMPANIES), "product": lambda: self.r.choice(PRODUCTS),
            "device": lambda: self.r.choice(DEVICES), "feature": lambda: self.r.choice(FEATURES),
            "issue": lambda: self.r.choice(ISSUES), "timeword": lambda: self.r.choice(TIME_WORDS),
            "order": self.order, "invoice": self.invoice, "ticket": self.ticket, "tracking": self.tracking,
            "sku": self.sku, "price": self.price, "version": self.version, "uuid": self.uuid,
            "hash": self.githash, "epoch": self.epoch, "pct": self.pct, "duration": self.duration,
            "badcard": self.badcard, "http": self.http, "model": self.model, "qty": self.qty,
            "plan": lambda: self.r.choice(PLANS), "year": lambda: str(self.r.randrange(2012, 2024)),
        }
        p = compile_pool
        self.T = {
            "system": p(SYSTEM), "greet": p(GREETINGS), "user_pii": p(USER_PII), "user_follow": p(USER_FOLLOW),
            "user_close": p(USER_CLOSE), "ack": p(AGENT_ACK), "body": p(AGENT_BODY), "agent_pii": p(AGENT_PII),
            "list": p(AGENT_LIST), "close": p(AGENT_CLOSE), "sales_h": p(SALES_HUMAN), "sales_g": p(SALES_GPT),
            "sales_h_pii": p(SALES_HUMAN_PII), "sales_g_pii": p(SALES_GPT_PII), "notes": p(NOTES),
            "notes_pii": p(NOTES_PII),
        }
        self.problems = {k: p(v) for k, v in USER_PROBLEM.items()}
        self.topics = sorted(self.problems)

    # -- template filling ---------------------------------------------------
    def fill(self, tpl):
        lits, names = tpl
        if self.gold:
            return self.fill_gold(lits, names)
        if not names:
            return lits[0]
        slots = self.slots
        out = [lits[0]]
        for k, name in enumerate(names):
            if name in PII_SLOTS:
                self.pii_count += 1
            out.append(slots[name]())
            out.append(lits[k + 1])
        return "".join(out)

    def fill_gold(self, lits, names):
        """fill(), also returning the --gold spans: same slot calls in the same order, so the
        same random numbers are drawn and the text is the same."""
        out, spans, pos = [], [], 0
        for k, lit in enumerate(lits):
            if k:
                name = names[k - 1]
                if name in PII_SLOTS:
                    self.pii_count += 1
                v = self.slots[name]()
                label = GOLD_LABELS.get(name)
                if label:
                    spans.append((pos, pos + len(v), label))
                out.append(v)
                pos += len(v)
            spans.extend((a + pos, b + pos, label) for a, b, label in literal_spans(lit))
            out.append(lit)
            pos += len(lit)
        text = "".join(out)
        return Spanned(text, spans) if spans else text

    def join(self, parts):
        """Joins parts with spaces, carrying their --gold spans along."""
        text = " ".join(parts)
        if not self.gold:
            return text
        spans, pos = [], 0
        for part in parts:
            spans.extend((a + pos, b + pos, label) for a, b, label in getattr(part, "spans", ()))
            pos += len(part) + 1
        return Spanned(text, spans) if spans else text

    def pick(self, pool):
        return self.fill(self.r.choice(self.T[pool]))

    # -- context ----------------------------------------------------------------
    def new_context(self):
        r = self.r
        c = r.choices(COUNTRIES, cum_weights=COUNTRY_CUM)[0]
        self.ctx_country, cities, self.ctx_lang, self.ctx_cur = c
        self.ctx_city = r.choice(cities)
        f = r.choice(FIRST_NAMES)
        l = r.choice(LAST_NAMES)
        self.ctx_first = f[0]
        self.ctx_person = (f, l)

    # -- people & places ----------------------------------------------------------
    def name(self):
        r = self.r
        x = r.random()
        if x < 0.5 and self.ctx_person:
            f, l = self.ctx_person
            return f[0] + " " + l[0]
        if x < 0.9:
            return r.choice(FIRST_NAMES)[0] + " " + r.choice(LAST_NAMES)[0]
        return r.choice(NATIVE_NAMES)

    def city(self):
        r = self.r
        if r.random() < 0.5:
            return self.ctx_city
        return r.choice(r.choice(COUNTRIES)[1])

    # -- structured PII -------------------------------------------------------------
    def email(self):
        r = self.r
        if self.ctx_person and r.random() < 0.6:
            f, l = self.ctx_person
            f, l = f[1], l[1]
        else:
            f, l = r.choice(FIRST_NAMES)[1], r.choice(LAST_NAMES)[1]
        x = r.randrange(7)
        if x == 0:
            local = f + "." + l
        elif x == 1:
            local = f[0] + l
        elif x == 2:
            local = f + "_" + l + str(r.randrange(10, 99))
        elif x == 3:
            local = f + "." + l + "+" + r.choice(["billing", "shop", "news", "work"])
        elif x == 4:
            local = f + str(r.randrange(1970, 2006))
        elif x == 5:
            local = l + "." + f[0]
        else:
            local = r.choice(["support", "billing", "sales", "info", "admin", "hello"])
        return local + "@" + r.choice(DOMAINS)

    def _d(self, n):
        return "%0*d" % (n, self.r.randrange(10 ** n))

    def phone(self):
        r = self.r
        c = self.ctx_country if r.random() < 0.6 else r.choice(PHONE_COUNTRIES)
        d = self._d
        x = r.randrange(6)
        if c in ("US", "CA"):
            a = r.choice(US_AREAS if c == "US" else CA_AREAS)
            if r.random() < 0.6:
                mid, last = "555", "01" + d(2)
            else:  # realistic-looking invented number
                mid, last = str(r.randrange(2, 10)) + d(2), d(4)
            s = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1%s%s%s", "1-%s-%s-%s"][x] % (a, mid, last)
            if r.random() < 0.08:
                s += " ext. " + str(r.randrange(100, 999))
            return s
        if c == "GB":
            return ["+44 20 7946 0%s" % d(3), "020 7946 0%s" % d(3), "07700 900%s" % d(3),
                    "+44 7700 900%s" % d(3), "+447700900%s" % d(3), "0161 496 0%s" % d(3)][x]
        if c == "DE":
            return ["+49 30 %s" % d(8), "030 %s" % d(7), "+49 151 %s" % d(8), "0151 %s" % d(8),
                    "+49 89 %s" % d(7), "+4917%s" % d(9)][x]
        if c == "FR":
            p = lambda: d(2)
            return ["+33 1 %s %s %s %s" % (p(), p(), p(), p()), "01 %s %s %s %s" % (p(), p(), p(), p()),
                    "06 %s %s %s %s" % (p(), p(), p(), p()), "+33 6 %s %s %s %s" % (p(), p(), p(), p()),
                    "+336%s" % d(8), "07 %s %s %s %s" % (p(), p(), p(), p())][x]
        if c == "IN":
            return ["+91 9%s %s" % (d(4), d(5)), "+91-80-%s-%s" % (d(4), d(4)), "09%s %s" % (d(4), d(5)),
                    "+919%s" % d(9), "+91 22 %s %s" % (d(4), d(4)), "98%s %s" % (d(3), d(5))][x]
        if c == "AU":
            return ["+61 2 %s %s" % (d(4), d(4)), "(02) %s %s" % (d(4), d(4)), "04%s %s %s" % (d(2), d(3), d(3)),
                    "+61 4%s %s %s" % (d(2), d(3), d(3)), "0491 570 %s" % d(3), "+61491570%s" % d(3)][x]
        if c == "BR":
            return ["+55 11 9%s-%s" % (d(4), d(4)), "(11) 9%s-%s" % (d(4), d(4)), "(21) 9%s-%s" % (d(4), d(4)),
                    "+55 21 9%s-%s" % (d(4), d(4)), "+55119%s" % d(8), "(31) 3%s-%s" % (d(3), d(4))][x]
        if c == "ES":
            return "+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2)) if x < 3 else "6%s %s %s" % (d(2), d(3), d(3))
        if c == "JP":
            return "+81 90-%s-%s" % (d(4), d(4)) if x < 3 else "03-%s-%s" % (d(4), d(4))
        if c == "CN":
            return "+86 139 %s %s" % (d(4), d(4)) if x < 3 else "139%s" % d(8)
        # NL
        return "+31 20 %s %s" % (d(3), d(4)) if x < 3 else "06-%s" % d(8)

    def _card_digits(self):
        r = self.r
        x = r.random()
        if x < 0.4:
            pre, n = "4", 16
        elif x < 0.65:
            pre, n = str(r.randrange(51, 56)), 16
        elif x < 0.8:
            pre, n = r.choice(["34", "37"]), 15
        elif x < 0.9:
            pre, n = "6011", 16
        elif x < 0.96:
            pre, n = "35" + str(r.randrange(28, 90)), 16
        else:
            pre, n = "36", 14
        payload = pre + self._d(n - 1 - len(pre))
        return payload + luhn_check_digit(payload)

    def _fmt_card(self, s):
        r = self.r
        sep = r.choice([" ", " ", "-", ""])
        if len(s) == 15:
            return sep.join((s[:4], s[4:10], s[10:]))
        if len(s) == 14:
            return sep.join((s[:4], s[4:10], s[10:]))
        return sep.join((s[:4], s[4:8], s[8:12], s[12:]))

    def card(self):
        r = self.r
        if r.random() < 0.1:
            return r.choice(TEST_CARDS)
        return self._fmt_card(self._card_digits())

    def badcard(self):
        s = self._card_digits()
        s = s[:-1] + str((int(s[-1]) + 1 + self.r.randrange(9)) % 10)
        return self._fmt_card(s)

    def iban(self):
        r = self.r
        d = self._d
        c = r.choice(["GB", "GB", "DE", "DE", "FR", "NL", "ES", "IT", "BE", "CH"])
        if c == "GB":
            bban = r.choice(UK_BANKS) + d(14)
        elif c == "DE":
            bban = d(18)
        elif c == "FR":
            bban = d(10) + "".join(r.choice(ALNUM) for _ in range(2)) + d(9) + d(2)
        elif c == "NL":
            bban = r.choice(NL_BANKS) + d(10)
        elif c == "ES":
            bban = d(20)
        elif c == "IT":
            bban = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + d(10) + d(12)
        elif c == "BE":
            bban = d(12)
        else:
            bban = d(5) + d(12)
        s = c + iban_check(c, bban) + bban
        if r.random() < 0.5:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ip(self):
        r = self.r
        x = r.random()
        b = lambda: r.randrange(1, 255)
        if x < 0.25:
            return "203.0.113.%d" % b()
        if x < 0.45:
            return "198.51.100.%d" % b()
        if x < 0.55:
            return "192.0.2.%d" % b()
        if x < 0.65:
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), b())
        if x < 0.72:
            return "192.168.%d.%d" % (r.randrange(256), b())
        if x < 0.78:
            return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), b())
        if x < 0.9:
            return "2001:db8:%x:%x::%x" % (r.randrange(65536), r.randrange(65536), r.randrange(1, 65536))
        if x < 0.95:
            return "2001:db8::%x:%x:%x" % (r.randrange(65536), r.randrange(65536), r.randrange(65536))
        return "fe80::%x:%xff:fe%02x:%x" % (r.randrange(4096), r.randrange(256), r.randrange(256), r.randrange(65536))

    def url(self):
        r = self.r
        x = r.random()
        host = r.choice(URL_HOSTS)
        if x < 0.7:
            pre = "https://"
        elif x < 0.85:
            pre = "http://"
        else:
            pre = "www."
            host = host.split(".", 1)[1] if host.count(".") > 1 else host
        path = "/".join(r.choice(URL_WORDS) for _ in range(r.randrange(1, 4)))
        s = pre + host + "/" + path
        y = r.random()
        if y < 0.3:
            s += "?id=%d&ref=%s" % (r.randrange(1000, 999999), r.choice(WORDS))
        elif y < 0.4:
            s += "/%d" % r.randrange(100, 99999)
        elif y < 0.45:
            s += "#" + r.choice(WORDS)
        return s

    def ssn(self):
        r = self.r
        a = r.randrange(1, 899)
        if a == 666:
            a = 667
        s = (a, r.randrange(1, 100), r.randrange(1, 10000))
        x = r.random()
        if x < 0.8:
            return "%03d-%02d-%04d" % s
        if x < 0.9:
            return "%03d %02d %04d" % s
        return "%03d%02d%04d" % s

    def date(self):
        r = self.r
        y, m, dd = r.randrange(2019, 2026), r.randrange(1, 13), r.randrange(1, 29)
        x = r.randrange(9)
        if x == 0:
            return "%d-%02d-%02d" % (y, m, dd)
        if x == 1:
            return "%02d/%02d/%d" % (dd, m, y)
        if x == 2:
            return "%02d/%02d/%d" % (m, dd, y)
        if x == 3:
            return "%s %d, %d" % (MONTHS[m - 1], dd, y)
        if x == 4:
            return "%d %s %d" % (dd, MONTHS[m - 1], y)
        if x == 5:
            return "%s %d%s" % (MON3[m - 1], dd, ORD.get(dd, "th"))
        if x == 6:
            return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, dd, r.randrange(24), r.randrange(60), r.randrange(60))
        if x == 7:
            return "%d-%02d-%02d %02d:%02d" % (y, m, dd, r.randrange(24), r.randrange(60))
        return "%s %d, %d" % (MON3[m - 1], dd, y)

    def mac(self):
        r = self.r
        b = ["%02x" % r.randrange(256) for _ in range(6)]
        x = r.randrange(4)
        if x == 0:
            return ":".join(b).upper()
        if x == 1:
            return ":".join(b)
        if x == 2:
            return "-".join(b).upper()
        return ".".join((b[0] + b[1], b[2] + b[3], b[4] + b[5]))

    # -- look-alikes --------------------------------------------------------------
    def order(self):
        r = self.r
        if r.random() < 0.6:
            return "ORD-%d%02d%02d-%04d" % (r.randrange(2019, 2026), r.randrange(1, 13), r.randrange(1, 29),
                                            r.randrange(10000))
        return "#%d" % r.randrange(10000000, 99999999)

    def invoice(self):
        return "INV-%d-%05d" % (self.r.randrange(2019, 2026), self.r.randrange(100000))

    def ticket(self):
        return "#%d" % self.r.randrange(10000, 99999)

    def tracking(self):
        r = self.r
        return "1Z" + "".join(r.choice(ALNUM) for _ in range(6)) + self._d(10)

    def sku(self):
        return "SKU-%04d-%s" % (self.r.randrange(10000), self.r.choice(["XS", "S", "M", "L", "XL", "BLK", "WHT"]))

    def price(self):
        r = self.r
        cur = self.ctx_cur if r.random() < 0.7 else r.choice(["$", "€", "£"])
        v = r.randrange(100, 250000)
        if v >= 100000:
            return "%s%d,%03d.%02d" % (cur, v // 100000, (v // 100) % 1000, v % 100)
        if cur == "€" and r.random() < 0.3:
            return "%d,%02d €" % (v // 100, v % 100)
        return "%s%d.%02d" % (cur, v // 100, v % 100)

    def version(self):
        r = self.r
        return "%s%d.%d.%d" % (r.choice(["v", "v", ""]), r.randrange(1, 20), r.randrange(0, 30), r.randrange(0, 20))

    def uuid(self):
        r = self.r
        return "%08x-%04x-4%03x-%x%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                                 8 + r.randrange(4), r.getrandbits(12), r.getrandbits(48))

    def githash(self):
        r = self.r
        return "%040x" % r.getrandbits(160) if r.random() < 0.5 else "%07x" % r.getrandbits(28)

    def epoch(self):
        return str(self.r.randrange(1577836800, 1767225600))

    def pct(self):
        r = self.r
        return "%d%%" % r.randrange(1, 100) if r.random() < 0.7 else "%d.%d%%" % (r.randrange(0, 100), r.randrange(10))

    def duration(self):
        r = self.r
        x = r.randrange(5)
        if x == 0:
            return "%dh %dm" % (r.randrange(1, 12), r.randrange(1, 60))
        if x == 1:
            return "%d min" % r.randrange(2, 90)
        if x == 2:
            return "%d business days" % r.randrange(2, 10)
        if x == 3:
            return "%d hours" % r.randrange(2, 72)
        return "%d days" % r.randrange(2, 31)

    def http(self):
        return "HTTP %d" % self.r.choice([400, 401, 403, 404, 409, 429, 500, 502, 503, 504])

    def model(self):
        return self.r.choice(["XPS-9520", "RT-AX88U", "SM-G991B", "WH-1000XM5", "MX-3000", "TP-4410", "EX-220"])

    def qty(self):
        r = self.r
        x = r.randrange(3)
        if x == 0:
            return "%d units" % r.randrange(2, 500)
        if x == 1:
            return "%d seats" % r.randrange(5, 2000)
        return "%d x %d ml" % (r.randrange(2, 12), r.choice([250, 330, 500, 750]))

    # -- records ------------------------------------------------------------------
    def meta(self):
        r = self.r
        t = r.randrange(1672531200, 1735689600)  # 2023-01-01 .. 2025-01-01
        tm = time.gmtime(t)
        return {
            "country": self.ctx_country, "city": self.ctx_city, "age": r.randrange(18, 80),
            "plan": r.choice(PLANS), "device": r.choice(DEVICES),
            "created_at": "%04d-%02d-%02dT%02d:%02d:%02dZ" % tm[:6],
        }

    def sentences(self, pools_and_probs, n):
        """n sentences; each picks the first pool whose probability hits, else the last pool."""
        r = self.r
        T = self.T
        out = []
        used = []
        for _ in range(n):
            x = r.random()
            for pool, p in pools_and_probs:
                if x < p:
                    break
                x -= p
            tpl = r.choice(T[pool])
            if tpl in used:  # avoid repeating a sentence inside one message (one retry)
                tpl = r.choice(T[pool])
            used.append(tpl)
            out.append(self.fill(tpl))
        return self.join(out)

    def openai(self, idx):
        r = self.r
        self.new_context()
        msgs = []
        if r.random() < 0.7:
            msgs.append({"role": "system", "content": self.pick("system")})
        topic = r.choice(self.topics)
        first = []
        if r.random() < 0.6:
            first.append(self.pick("greet"))
        first.append(self.fill(r.choice(self.problems[topic])))
        if r.random() < P_FIRST_PII:
            first.append(self.pick("user_pii"))
        if r.random() < 0.2:
            first.append(r.choice(EMOJI))
        msgs.append({"role": "user", "content": self.join(first)})
        turns = r.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6))
        for t in range(turns):
            parts = [self.pick("ack")] if r.random() < 0.7 else []
            if r.random() < 0.08:
                parts.append(self.pick("list"))
            else:
                parts.append(self.sentences([("agent_pii", P_AGENT), ("body", 1.0)], r.randrange(1, 4)))
            if t == turns - 1 and r.random() < 0.6:
                parts.append(self.pick("close"))
            msgs.append({"role": "assistant", "content": self.join(parts)})
            if t < turns - 1:
                n = r.randrange(1, 4)
                msgs.append({"role": "user", "content": self.sentences(
                    [("user_pii", P_USER), ("user_follow", 1.0)], n)})
        if r.random() < 0.5:
            msgs.append({"role": "user", "content": self.pick("user_close")})
        return {"id": "conv-%08d" % idx, "messages": msgs, "meta": self.meta()}

    def sharegpt(self, idx):
        r = self.r
        self.new_context()
        conv = []
        for t in range(r.randrange(1, 6)):
            conv.append({"from": "human", "value": self.sentences([("sales_h_pii", P_SALES_H), ("sales_h", 1.0)], r.randrange(1, 4))})
            conv.append({"from": "gpt", "value": self.sentences([("sales_g_pii", P_SALES_G), ("sales_g", 1.0)], r.randrange(1, 5))})
        return {"id": idx, "conversations": conv, "source": r.choice(SOURCES)}

    def note(self):
        r = self.r
        self.new_context()
        text = self.sentences([("notes_pii", P_NOTES), ("notes", 1.0)], r.randrange(2, 8))
        if r.random() < 0.15:
            spans = getattr(text, "spans", None)
            text = text.replace(". ", ".\n", 1)  # same length: spans stay put
            if spans:
                text = Spanned(text, spans)
        lang = "en" if r.random() < 0.9 else self.ctx_lang
        return {"text": text, "lang": lang}

    def record(self, counters):
        x = self.r.random()
        if x < 0.7:
            counters[0] += 1
            return self.openai(counters[0])
        if x < 0.9:
            counters[1] += 1
            return self.sharegpt(counters[1])
        return self.note()


# Probability that a sentence is drawn from a PII-bearing pool (tunes PII density).
P_FIRST_PII = 0.3
P_AGENT = 0.08
P_USER = 0.15
P_SALES_H = 0.15
P_SALES_G = 0.08
P_NOTES = 0.1

COUNTRY_CUM = []
_acc = 0
for _w in COUNTRY_WEIGHTS:
    _acc += _w
    COUNTRY_CUM.append(_acc)
PHONE_COUNTRIES = ["US", "US", "CA", "GB", "DE", "FR", "IN", "AU", "BR", "ES", "JP", "CN", "NL"]
SOURCES = ["crm", "crm", "crm", "web-chat", "email-import"]
TEST_CARDS = ["4111 1111 1111 1111", "4111111111111111", "5555-5555-5555-4444", "5555555555554444",
              "378282246310005", "3782 822463 10005", "6011111111111117", "6011 1111 1111 1117",
              "4012888888881881", "5105105105105100", "4242 4242 4242 4242", "3530111333300000"]


def gold_units(rec, line_index):
    """(id, text, spans) for each text unit of rec, with the id `veil scan` gives that unit:
    `<id>:<message index>` for messages and conversations, the 0-based line index for text records."""
    if "messages" in rec:
        for i, m in enumerate(rec["messages"]):
            yield "%s:%d" % (rec["id"], i), m["content"], getattr(m["content"], "spans", ())
    elif "conversations" in rec:
        for i, m in enumerate(rec["conversations"]):
            yield "%s:%d" % (rec["id"], i), m["value"], getattr(m["value"], "spans", ())
    else:
        yield str(line_index), rec["text"], getattr(rec["text"], "spans", ())


def main():
    ap = argparse.ArgumentParser(description="Generate a deterministic synthetic chat JSONL corpus.")
    ap.add_argument("--size-mb", type=float, default=10.0, help="approximate output size (1 MB = 1,000,000 bytes)")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    ap.add_argument("--out", default="-", help="output file, or - for stdout (default)")
    ap.add_argument("--gold", metavar="FILE",
                    help="also write a labeled corpus (inserted person names and cities) for scripts/evaluate")
    ap.add_argument("--verbose", action="store_true", help="progress and statistics on stderr")
    a = ap.parse_args()

    target = int(a.size_mb * 1_000_000)
    gen = Gen(a.seed, gold=bool(a.gold))
    r = gen.r
    out = sys.stdout.buffer if a.out == "-" else open(a.out, "wb")
    gold = open(a.gold, "w", encoding="utf-8", newline="\n") if a.gold else None
    gold_chunk = []
    dumps_u = json.JSONEncoder(ensure_ascii=False).encode
    dumps_a = json.JSONEncoder(ensure_ascii=True).encode
    counters = [0, 0]
    written = 0
    records = 0
    text_bytes = 0
    chunk, chunk_len = [], 0
    t0 = time.time()
    next_report = 50_000_000
    try:
        while written < target:
            rec = gen.record(counters)
            x = r.random()
            if x < 0.05:
                line = dumps_a(rec)
            else:
                line = dumps_u(rec)
                if x < 0.08:
                    line = line.replace("/", "\\/")
            b = (line + "\n").encode("utf-8")
            if gold:
                for uid, text, spans in gold_units(rec, records):
                    gold_chunk.append(dumps_u({"id": uid, "text": str(text), "spans": [
                        {"start": s, "end": e, "label": label} for s, e, label in spans]}) + "\n")
            chunk.append(b)
            chunk_len += len(b)
            written += len(b)
            records += 1
            if a.verbose:
                if "messages" in rec:
                    text_bytes += sum(len(m["content"].encode("utf-8")) for m in rec["messages"])
                elif "conversations" in rec:
                    text_bytes += sum(len(m["value"].encode("utf-8")) for m in rec["conversations"])
                else:
                    text_bytes += len(rec["text"].encode("utf-8"))
            if chunk_len >= 4_000_000:
                out.write(b"".join(chunk))
                chunk, chunk_len = [], 0
                if gold:
                    gold.write("".join(gold_chunk))
                    gold_chunk = []
                if a.verbose and written >= next_report:
                    next_report += 50_000_000
                    print("%.0f MB, %d records, %.1fs" % (written / 1e6, records, time.time() - t0), file=sys.stderr)
        out.write(b"".join(chunk))
        out.flush()
        if gold:
            gold.write("".join(gold_chunk))
    except BrokenPipeError:
        # e.g. `| head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        if out is not sys.stdout.buffer:
            out.close()
        if gold:
            gold.close()
    if a.verbose:
        dt = time.time() - t0
        print("done: %d bytes, %d records (%d openai, %d sharegpt, %d text) in %.1fs" % (
            written, records, counters[0], counters[1], records - counters[0] - counters[1], dt), file=sys.stderr)
        print("text bytes %d, structured PII values %d, one per %.0f text bytes" % (
            text_bytes, gen.pii_count, text_bytes / max(1, gen.pii_count)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
