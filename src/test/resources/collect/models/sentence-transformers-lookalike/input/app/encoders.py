"""Encoders of the ranking service.

A SentenceTransformer("all-mpnet-base-v2") was tried here and dropped; see the design notes.
"""
from torch import nn
from transformers import AutoTokenizer


class SentenceTransformer(nn.Module):
    """The project's own pooling module, not the library's class of the same name."""

    def __init__(self, pooling: str):
        super().__init__()
        self.pooling = pooling


class CrossEncoder(nn.Module):
    def __init__(self, layers: int):
        super().__init__()
        self.layers = layers


def build(tokenizer_path, encoder_path):
    # encoder = SentenceTransformer("all-MiniLM-L6-v2")
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_path)
    return tokenizer, SentenceTransformer("mean-pooling"), CrossEncoder(4), SentenceTransformer(encoder_path)
