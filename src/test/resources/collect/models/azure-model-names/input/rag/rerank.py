import cohere
import requests


class CohereRerank:
    def __init__(self, key, model_name="rerank-multilingual-v3.0"):
        self.client = cohere.Client(api_key=key)
        self.model_name = model_name


class JinaEmbed:
    def __init__(self, key, model_name="jina-embeddings-v4"):
        self.key = key
        self.model_name = model_name


class DeepSeekChat:
    # a generation number, not a release: the vendor refreshed these weights under the same name
    def __init__(self, key, model_name="deepseek-v3"):
        self.key = key
        self.model_name = model_name
