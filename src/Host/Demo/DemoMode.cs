namespace ToanDan.Awards.Host.Demo;

/// <summary>
/// Demo mode (<c>Demo:Enabled</c>) creates accounts whose one password is published in the README: it must never run in
/// production, and its accounts stop working as soon as it is turned off.
/// </summary>
public static class DemoMode
{
    public const string Setting = "Demo:Enabled";

    public static bool IsOn(IConfiguration configuration) => configuration.GetValue(Setting, false);

    /// <summary>Stops the start in the Production environment while demo mode is on, saying what to change.</summary>
    public static void RefuseInProduction(IHostEnvironment environment, IConfiguration configuration)
    {
        if (environment.IsProduction() && IsOn(configuration))
            throw new InvalidOperationException(
                "Demo mode (Demo:Enabled=true) is refused in the Production environment: its accounts share a published password. " +
                "Set Demo:Enabled=false (environment variable Demo__Enabled=false), or run another environment (ASPNETCORE_ENVIRONMENT=Development) for a demonstration.");
    }
}
