import os

from langchain_openai import ChatOpenAI

from shop.agents.helpers import CachedClient


class ShopLLM(ChatOpenAI):
    """The shop's chat model: the deployment picks it through SHOP_MODEL."""

    def __init__(self, **options):
        chosen = os.getenv("SHOP_MODEL", "gpt-4o-mini")
        options.setdefault("model", chosen)
        options.setdefault("temperature", 0)
        super().__init__(**options)


class TunedLLM(ChatOpenAI):
    def __init__(self, **options):
        options.setdefault("temperature", 0.2)
        super().__init__(**options)


class WrappedLLM(CachedClient):
    def __init__(self, **options):
        options.setdefault("model", "gpt-4o-2024-08-06")
        super().__init__(**options)
