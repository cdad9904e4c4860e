import os

from langfuse import Langfuse, observe
from langfuse.langchain import CallbackHandler

client = Langfuse(
    public_key=os.environ["LANGFUSE_PUBLIC_KEY"],
    secret_key=os.environ["LANGFUSE_SECRET_KEY"],
    host="https://langfuse.example.internal",
)
handler = CallbackHandler()


@observe(name="answer")
def answer(question: str) -> str:
    return chain.invoke({"question": question}, config={"callbacks": [handler]})
