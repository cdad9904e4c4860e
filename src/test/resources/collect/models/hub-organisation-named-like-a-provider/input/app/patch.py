from litellm import completion
from transformers import AutoConfig, AutoModelForCausalLM


def load_btlm(model_name="cerebras/btlm-3b-8k-base"):
    # a hub loader: cerebras is the organisation on the hub
    config = AutoConfig.from_pretrained(model_name, trust_remote_code=True)
    return config, AutoModelForCausalLM.from_pretrained("cerebras/Cerebras-GPT-111M", revision="main")


def ask(question):
    # LiteLLM: cerebras/ is the provider that serves the model
    return completion(model="cerebras/llama3.1-8b", messages=[{"role": "user", "content": question}])
