using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Agents;

namespace Invoices.Agents;

public static class Reviewer
{
    public static ChatCompletionAgent Create(Kernel kernel) =>
        new ChatCompletionAgent
        {
            Name = "PostingReviewer",
            Instructions = "Check each posting before it is sent to SAP.",
            Kernel = kernel,
        };
}
