"""Look-alikes: the commit of a pulled prompt that is only logged, and run metadata built from
something else. Neither tells a trace which prompt version was used."""

import logging

from langchain_core.runnables import RunnableLambda
from langsmith import Client

from support.utils.run_metadata_static import static_metadata

logger = logging.getLogger(__name__)


def load_moderation_prompt():
    template = Client().pull_prompt("moderation:prod")
    logger.info("moderation prompt at %s", (template.metadata or {}).get("lc_hub_commit_hash"))
    return template


def moderation_label() -> dict[str, str]:
    load_moderation_prompt()
    return {"step": "moderation"}


def moderation_prompt_label() -> dict[str, str]:
    template = load_moderation_prompt()
    return {"step": "moderation", "prompt": template.__class__.__name__}


moderate = RunnableLambda(lambda text: text).with_config(metadata=static_metadata())
flag = RunnableLambda(lambda text: text).with_config(metadata=moderation_label())
score = RunnableLambda(lambda text: text).with_config(metadata=moderation_prompt_label())
