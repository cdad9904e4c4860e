from .settings import load_prompt


class PromptStore:
    def get_prompt(self, name, version=None):
        return open(f"prompts/{name}.txt").read()


store = PromptStore()
greeting = store.get_prompt("greeting", version=2)
system = load_prompt("prompts:/system/1")
