from sentence_transformers import SentenceTransformer


def load(model_path):
    # the model comes from the caller: no default, so nothing names it here
    return SentenceTransformer(model_path)
