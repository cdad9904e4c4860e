using Microsoft.ApplicationInsights.Extensibility;

var builder = WebApplication.CreateBuilder(args);

// requests, dependencies and logs go to the workspace named by the connection string
builder.Services
    .AddApplicationInsightsTelemetry(options => { options.ConnectionString = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]; })
    .AddLogging(logging => logging.AddApplicationInsights());

var app = builder.Build();
app.Run();
