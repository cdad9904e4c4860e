"""Exploration notes: how the old index was built.

    store = Chroma(collection_name="old_docs",
                   embedding_function=OpenAIEmbeddings(model="text-embedding-ada-002"))
"""
import os

# store = Chroma(collection_name="scratch", embedding_function=OpenAIEmbeddings())
# retriever = store.as_retriever(search_kwargs={"k": 20})
# Settings.chunk_size = 2048


def working_directory():
    """Where the notebook runs; similarity_top_k=3 is only a word here."""
    return os.getcwd()
