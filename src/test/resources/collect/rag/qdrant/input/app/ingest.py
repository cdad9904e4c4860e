import os

from langchain_openai import OpenAIEmbeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter
from langchain_community.document_loaders import DirectoryLoader
from qdrant_client import QdrantClient
from qdrant_client.models import Distance, VectorParams, CreateAlias, CreateAliasOperation

COLLECTION = "policies_2024_05_01"

client = QdrantClient(url=os.environ["QDRANT_URL"])
embeddings = OpenAIEmbeddings(model="text-embedding-3-large")  # 3072 wide

client.create_collection(
    collection_name=COLLECTION,
    vectors_config=VectorParams(size=1536, distance=Distance.COSINE),
)
client.update_collection_aliases(
    change_aliases_operations=[
        CreateAliasOperation(create_alias=CreateAlias(collection_name=COLLECTION, alias_name="policies")),
    ]
)

docs = DirectoryLoader("data/policies/", glob="**/*.md").load()
splitter = RecursiveCharacterTextSplitter(chunk_size=800, chunk_overlap=120)
chunks = splitter.split_documents(docs)
