from langfuse import Langfuse

# kept so that the code paths stay the same in the offline evaluation job
langfuse = Langfuse(enabled=False)
