using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Trace;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenTelemetry()
    .WithTracing(tracing => tracing.AddSource("Microsoft.SemanticKernel*"))
    .UseAzureMonitor();
var app = builder.Build();
app.Run();
