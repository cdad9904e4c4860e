from autogen_agentchat.agents import AssistantAgent
from autogen_ext.models.openai import OpenAIChatCompletionClient
from semantic_kernel.agents import ChatCompletionAgent
from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion

client = OpenAIChatCompletionClient(model="gpt-4o")
planner = AssistantAgent("planner", model_client=client, tools=[get_schedule], system_message=PLANNER_PROMPT)

reviewer = ChatCompletionAgent(
    service=AzureChatCompletion(deployment_name="reviewer-deployment"),
    name="Reviewer",
    instructions="Review the posting before it goes to SAP.",
    plugins=[PostingPlugin()],
)
