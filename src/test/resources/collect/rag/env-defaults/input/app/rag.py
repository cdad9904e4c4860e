import os

from langchain_community.vectorstores import Chroma
from langchain_openai import OpenAIEmbeddings

# the default is what runs wherever EMBED_MODEL is unset
EMBED_MODEL = os.getenv("EMBED_MODEL", "text-embedding-3-large")
embeddings = OpenAIEmbeddings(model=EMBED_MODEL)
store = Chroma(collection_name="docs", embedding_function=embeddings)

# no default: known only at run time
archive = Chroma(collection_name=os.environ["ARCHIVE_COLLECTION"], embedding_function=embeddings)
