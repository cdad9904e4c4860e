def static_metadata() -> dict[str, str]:
    return {"step": "moderation", "prompt": "moderation:prod"}
