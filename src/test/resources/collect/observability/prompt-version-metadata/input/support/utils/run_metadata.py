import os

from support.utils.hub_versions import hub_prompt_versions


def support_run_metadata() -> dict[str, str]:
    """Metadata for the root run of the support bot."""
    metadata = {"app": "support-bot", **hub_prompt_versions("support-bot:prod")}
    release = os.environ.get("RELEASE_ID")
    if release:
        metadata["release"] = release
    return metadata
