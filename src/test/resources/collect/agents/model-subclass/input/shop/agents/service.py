from langchain.agents import create_agent
from langchain_openai import AzureChatOpenAI
from langchain_anthropic import ChatAnthropic

from shop.agents.llm import ShopLLM, TunedLLM, WrappedLLM


class ReviewLLM(ChatAnthropic):
    def __init__(self, **kwargs):
        super().__init__(model="claude-sonnet-4-5-20250929", **kwargs)


def lookup_order(order_id: str) -> str:
    """Look an order up."""
    return order_id


def build_agents():
    model = ShopLLM()
    orders = create_agent(model, tools=[lookup_order], name="orders")
    reviews = create_agent(ReviewLLM(), tools=[lookup_order], name="reviews")
    # look-alikes: no model set in __init__, a base class of the repository's own, a library class
    tuned = create_agent(TunedLLM(), tools=[lookup_order], name="tuned")
    wrapped = create_agent(WrappedLLM(), tools=[lookup_order], name="wrapped")
    azure = create_agent(AzureChatOpenAI(), tools=[lookup_order], name="azure")
    return orders, reviews, tuned, wrapped, azure
