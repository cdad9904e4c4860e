using Microsoft.SemanticKernel;

public class Summary
{
    public async Task<string> Run(Kernel kernel, string text)
    {
        var builder = Kernel.CreateBuilder().AddAzureOpenAIChatCompletion(deploymentName: "summary-4o", endpoint: "https://x", apiKey: "k");
        var result = await kernel.InvokePromptAsync(@"Summarize the following text in two sentences: {{$input}}", new() { ["input"] = text });
        return result.ToString();
    }
}
