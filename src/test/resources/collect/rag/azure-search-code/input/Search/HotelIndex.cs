using Azure.Search.Documents.Indexes;
using Azure.Search.Documents.Indexes.Models;
using Azure.Search.Documents.Models;

public static class HotelIndex
{
    public static SearchIndex Create()
    {
        return new SearchIndex("hotels")
        {
            Fields =
            {
                new SimpleField("HotelId", SearchFieldDataType.String) { IsKey = true },
                new VectorSearchField("DescriptionVector", 1536, "hotel-profile"),
            },
            VectorSearch = new()
            {
                Profiles = { new VectorSearchProfile("hotel-profile", "hotel-hnsw") },
                Algorithms = { new HnswAlgorithmConfiguration("hotel-hnsw") { Parameters = new HnswParameters { Metric = VectorSearchAlgorithmMetric.DotProduct, M = 4 } } },
            },
        };
    }

    public static VectorizedQuery Query(ReadOnlyMemory<float> vector)
    {
        return new VectorizedQuery(vector) { KNearestNeighborsCount = 3, Fields = { "DescriptionVector" } };
    }
}
