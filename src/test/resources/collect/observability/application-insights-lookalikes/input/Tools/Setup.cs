namespace Tools;

/// <summary>Prints set-up hints; it sets nothing up itself.</summary>
public static class Setup
{
    // services.AddApplicationInsightsTelemetry() belongs in the web host, not here
    public static string Hint() => "Call AddApplicationInsightsTelemetry in Program.cs to send telemetry";

    public static IServiceCollection AddApplicationInsightsTelemetryDefaults(this IServiceCollection services) => services;

    // a method of this project whose name starts like the SDK's
    public static void Configure(IServiceCollection services) => services.AddApplicationInsightsTelemetryDefaults();
}
