#!/usr/bin/env python3
"""Recall per value type on Faker-made sentences: one planted value per sentence, ten locales.

Needs the faker package (a development tool, not a dependency of Veil):

    python3 -m venv /tmp/fakervenv && /tmp/fakervenv/bin/pip install faker
    /tmp/fakervenv/bin/python scripts/check-value-types.py [--veil .build/release/veil] [--n 600]

Prints, per type, the share of planted values that findings cover whole (commas between the parts of an
address, which Veil reports as street, town and postal code, aside), and the first misses.
The sentences are generated afresh (seeded), so the check is not tuned to a fixed file.
"""
import argparse, collections, json, os, random, subprocess, sys, tempfile
from faker import Faker

locs = ['en_US','en_GB','de_DE','fr_FR','es_ES','it_IT','nl_NL','pt_BR','en_IN','en_AU']
def generate(n):
  rows=[]
  random.seed(3)
  for i in range(n):
      f = Faker(random.choice(locs)); f.seed_instance(i)
      kind = random.choice(['email','phone','ssn','iban','ipv4','ipv6','mac','card','date','url','user','addr','name','company','dob','passport','plate','lat'])
      if kind=='email': v=f.email(); t=f"Please reach me at {v} for the follow-up."
      elif kind=='phone': v=f.phone_number(); t=f"You can call me on {v} after 5pm."
      elif kind=='ssn':
          try: v=f.ssn()
          except Exception: v=Faker('en_US').ssn()
          t=f"My social security number is {v}."
      elif kind=='iban': v=f.iban(); t=f"Send the refund to IBAN {v} please."
      elif kind=='ipv4': v=f.ipv4_public(); t=f"The login came from {v} yesterday."
      elif kind=='ipv6': v=f.ipv6(); t=f"Our server address is {v}."
      elif kind=='mac': v=f.mac_address(); t=f"The device MAC is {v}."
      elif kind=='card': v=f.credit_card_number(); t=f"I paid with card {v} last week."
      elif kind=='date': v=f.date(pattern=random.choice(['%d/%m/%Y','%B %d, %Y','%Y-%m-%d','%d %B %Y','%m/%d/%Y'])); t=f"The appointment was on {v}."
      elif kind=='url': v=f.url()+f.uri_path(); t=f"See my profile at {v} for details."
      elif kind=='user': v=f.user_name(); t=f"My username is {v} on the forum."
      elif kind=='addr': v=f.address().replace('\n', ', '); t=f"Ship it to {v}."
      elif kind=='name': v=f.name(); t=f"Hi, this is {v} from accounting."
      elif kind=='company': v=f.company(); t=f"I work at {v} as an analyst."
      elif kind=='dob': v=f.date_of_birth().strftime(random.choice(['%d/%m/%Y','%Y-%m-%d','%B %d, %Y'])); t=f"Date of birth: {v}"
      elif kind=='passport': v=f.bothify('?########').upper(); t=f"Passport number: {v}"
      elif kind=='plate': v=f.license_plate(); t=f"My license plate is {v}."
      elif kind=='lat': la,lo=f.latlng(); v=f"{float(la):.5f}, {float(lo):.5f}"; t=f"My location is {v} right now."
      s=t.index(v)
      rows.append({"id":str(i),"text":t,"spans":[{"start":s,"end":s+len(v),"label":kind}]})
  return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--veil", default=os.path.join(root, ".build", "release", "veil"))
    parser.add_argument("--n", type=int, default=600)
    args = parser.parse_args()
    rows = generate(args.n)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        for row in rows:
            handle.write(json.dumps({"text": row["text"]}, ensure_ascii=False) + "\n")
    out = subprocess.run([args.veil, "scan", "--offsets", "codepoints", handle.name], capture_output=True, text=True)
    os.unlink(handle.name)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    total, whole, misses = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for row, line in zip(rows, out.stdout.splitlines()):
        span = row["spans"][0]
        kind, text = span["label"], row["text"]
        total[kind] += 1
        covered = set()
        for found in json.loads(line)["spans"]:
            if found["start"] < span["end"] and span["start"] < found["end"]:
                covered.update(range(found["start"], found["end"]))
        if all(i in covered for i in range(span["start"], span["end"]) if not text[i].isspace() and text[i] not in ",;"):
            whole[kind] += 1
        else:
            misses[kind].append(text[span["start"]:span["end"]])
    for kind in sorted(total):
        print(f"{kind:10} {total[kind]:4}  found whole {whole[kind] / total[kind]:.2f}  misses: {misses[kind][:4]}")


if __name__ == "__main__":
    main()
