from typing import Optional

from transformers import PreTrainedModel


class Loader:
    # model="gpt-4o-2024-08-06" was the old default
    model: "PreTrainedModel"
    model_name: Optional[str] = None

    def load(self, model: "PreTrainedModel", model_id: str):
        """Loads a model.

        Example:
            loader.load(model="gpt-4o-2024-08-06")
            {"role": "system", "content": "You are a loader that only speaks in riddles and rhymes."}
        """
        return model
