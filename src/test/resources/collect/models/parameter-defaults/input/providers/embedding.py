from openai import OpenAI

SUMMARY_MODEL = "gpt-4o-mini"


class HostedEmbedding:
    def __init__(self, key, model_name="text-embedding-3-small", base_url=None):
        self.client = OpenAI(api_key=key, base_url=base_url)
        self.model_name = model_name

    def encode(self, texts):
        batch = self.client.embeddings.create(input=texts, model=self.model_name)
        return [item.embedding for item in batch.data]

    def encode_query(self, text):
        return self.client.embeddings.create(input=[text], model=self.model_name).data[0].embedding


class GatewayEmbedding:
    def __init__(self, key, model_name, base_url):
        self.client = OpenAI(api_key=key, base_url=base_url)
        self.model_name = model_name

    def encode(self, texts):
        return self.client.embeddings.create(input=texts, model=self.model_name)


def summarize(text, model="gpt-4.1-mini"):
    first = OpenAI().responses.create(model=model, input=text)
    return OpenAI().responses.create(model=model, input=first.output_text)


def title(text):
    return OpenAI().responses.create(model=SUMMARY_MODEL, input=text)


def keywords(text):
    return OpenAI().responses.create(model=SUMMARY_MODEL, input=text)
