using Microsoft.ApplicationInsights;

// AddApplicationInsightsTelemetry() is left to the hosting team: this worker only names the package
var builder = Host.CreateApplicationBuilder(args);
var name = "AddApplicationInsightsTelemetry";
builder.Build().Run();
