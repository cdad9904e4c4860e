from langchain_openai import ChatOpenAI
from langgraph.graph import StateGraph, MessagesState
from langgraph.prebuilt import create_react_agent

from .tools import search_procedures, post_to_sap


def build():
    model = ChatOpenAI(model="gpt-4o-mini")
    tools = [search_procedures, post_to_sap]
    bookkeeper = create_react_agent(model, tools, prompt="You are a careful bookkeeper.")
    workflow = StateGraph(MessagesState)
    workflow.add_node("bookkeeper", bookkeeper)
    return workflow.compile()
