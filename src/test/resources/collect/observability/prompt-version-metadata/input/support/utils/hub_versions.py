import logging
from functools import lru_cache

logger = logging.getLogger(__name__)


def _client():
    from langsmith import Client

    return Client()


@lru_cache(maxsize=8)
def _pulled_commit(name: str) -> str | None:
    try:
        template = _client().pull_prompt(name)
    except Exception as exc:
        logger.warning("could not pull %s: %s", name, exc)
        return None
    return (template.metadata or {}).get("lc_hub_commit_hash")


def hub_prompt_versions(name: str) -> dict[str, str]:
    commit = _pulled_commit(name)
    return {"prompt": f"hub:{name}", "prompt_commit": commit} if commit else {"prompt": f"hub:{name}"}
