from langchain_community.vectorstores import FAISS, Chroma
from langchain_huggingface import HuggingFaceEmbeddings
from langchain_openai import OpenAIEmbeddings

small = OpenAIEmbeddings(model="text-embedding-3-small")
docs = Chroma(collection_name="docs", embedding_function=small)

local = HuggingFaceEmbeddings(model_name="BAAI/bge-small-en-v1.5")
faq = Chroma(collection_name="faq", embedding_function=local)

archive = FAISS.from_texts(["a", "b"], OpenAIEmbeddings(model="text-embedding-3-large"))

# built elsewhere: the store takes the file's embedding
tickets = Chroma(collection_name="tickets", embedding_function=make_embedder())
