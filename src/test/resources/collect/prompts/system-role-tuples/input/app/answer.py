from openai import OpenAI

client = OpenAI()


def answer(question, history=()):
    try:
        messages = [{"role": "system", "content": "You answer questions about invoices, citing the invoice number."}]
    except (ValueError, KeyError):
        messages = []
    pair = (question, "system")
    messages.append({"role": "user", "content": question})
    return client.chat.completions.create(model="gpt-4o-mini-2024-07-18", messages=messages)


def rephrase(question):
    chat = [("system", "Rewrite the question as a standalone search query."), ("human", question)]
    return chat
