SYSTEM_PROMPT = """You are an assistant whose prompt string never ends because the file was cut
