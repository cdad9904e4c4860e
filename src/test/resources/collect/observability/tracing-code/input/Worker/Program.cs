using Microsoft.ApplicationInsights.Extensibility;

var builder = WebApplication.CreateBuilder(args);
// Add AppInsights telemetry
builder.Services
    .AddApplicationInsightsTelemetry(options => { options.ConnectionString = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]; })
    .AddLogging(logBuilder => logBuilder.AddApplicationInsights());
var app = builder.Build();
app.Run();
