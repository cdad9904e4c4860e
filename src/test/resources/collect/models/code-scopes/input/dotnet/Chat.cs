using Microsoft.Extensions.Configuration;
using Microsoft.SemanticKernel;

public class Chat
{
    public Kernel Build(IConfiguration configuration)
    {
        var deployment = Environment.GetEnvironmentVariable("AZURE_OPENAI_DEPLOYMENT") ?? "chat-4o";
        return Kernel.CreateBuilder()
            .AddAzureOpenAIChatCompletion(deploymentName: deployment, endpoint: configuration["AZURE_OPENAI_ENDPOINT"], apiKey: "k")
            .AddAzureOpenAITextEmbeddingGeneration(deploymentName: configuration["EMBEDDING_DEPLOYMENT"], endpoint: "https://x", apiKey: "k")
            .Build();
    }
}
