# Uploads documents, but the variable naming the embedding deployment is given two different
# values in the file: which one made the stored vectors is not knowable from the code.
import os

from azure.search.documents import SearchClient
from azure.search.documents.indexes.models import SearchField, SearchFieldDataType, SearchIndex
from openai import AzureOpenAI

fields = [
    SearchField(
        name="noteVector",
        type=SearchFieldDataType.Collection(SearchFieldDataType.Single),
        vector_search_dimensions=1536,
        vector_search_profile_name="note-profile",
    ),
]
index = SearchIndex(name="notes", fields=fields)
deployment = "text-embedding-ada-002"
if os.environ.get("LARGE_VECTORS"):
    deployment = "text-embedding-3-large"
client = AzureOpenAI(api_version="2024-10-21", azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])
vector = client.embeddings.create(input="a note", model=deployment).data[0].embedding
SearchClient(os.environ["AZURE_SEARCH_ENDPOINT"], "notes", None).upload_documents([{"id": "1", "noteVector": vector}])
