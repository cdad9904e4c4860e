from langchain_community.document_loaders import S3DirectoryLoader
from langchain_openai import OpenAIEmbeddings
from langchain_postgres import PGVector
from langchain_text_splitters import RecursiveCharacterTextSplitter

EMBED_MODEL = "text-embedding-3-small"

embeddings = OpenAIEmbeddings(model=EMBED_MODEL, dimensions=512)
loader = S3DirectoryLoader("acme-contracts", prefix="2024/")
splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
store = PGVector(
    embeddings=embeddings,
    collection_name="contracts",
    connection="postgresql+psycopg://app@db/rag",
)
retriever = store.as_retriever(search_type="mmr", search_kwargs={"k": 6})
