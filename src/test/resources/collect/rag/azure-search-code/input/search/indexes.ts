import { SearchIndex, SearchIndexClient } from "@azure/search-documents";

export async function createManualsIndex(client: SearchIndexClient): Promise<void> {
  const index: SearchIndex = {
    name: "manuals",
    fields: [
      { name: "id", type: "Edm.String", key: true },
      {
        name: "chunkVector",
        type: "Collection(Edm.Single)",
        searchable: true,
        vectorSearchDimensions: 1536,
        vectorSearchProfileName: "manuals-profile",
      },
    ],
    vectorSearch: {
      algorithms: [{ name: "manuals-hnsw", kind: "hnsw", parameters: { metric: "cosine", m: 4, efConstruction: 400 } }],
      profiles: [{ name: "manuals-profile", algorithmConfigurationName: "manuals-hnsw", vectorizerName: "manuals-openai" }],
      vectorizers: [
        {
          vectorizerName: "manuals-openai",
          kind: "azureOpenAI",
          parameters: { deploymentId: "embeddings", modelName: "text-embedding-ada-002" },
        },
      ],
    },
  };
  await client.createOrUpdateIndex(index);
}

export function vectorOptions(vector: number[]) {
  return { vectorSearchOptions: { queries: [{ kind: "vector", vector, kNearestNeighborsCount: 7, fields: ["chunkVector"] }] } };
}
