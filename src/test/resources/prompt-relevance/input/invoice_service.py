import json

GREETING_MODEL = "gpt-4o-mini-2024-07-18"
BASE_RULES = "Answer only from the invoice text. Say 'unknown' when a field is missing."


def normalise(amount, limit=100):
    """Rounds the amount to the ledger's precision."""
    amount = round(amount, 2)  # ledger keeps cents
    return min(amount, limit)


@cached
def vendor_key(name):
    return name.strip().lower()


def settings_factory():
    class Settings:
        MODEL = "gpt-4.1-2025-04-14"
    return Settings


def build_instructions():
    invoice_prompt = "You extract vendor, amount and due date from invoices, as JSON with those three keys."
    return invoice_prompt


def extract(client, text):
    return client.chat \
        .completions \
        .create(model=GREETING_MODEL, temperature=0,
                messages=[{"role": "system", "content": BASE_RULES}, {"role": "user", "content": text}])


def review(client, text):
    return client.chat.completions.create(model=settings_factory().MODEL, messages=[("developer", "Check the totals.")])


def summarise(rows):
    return json.dumps([normalise(r) for r in rows])
