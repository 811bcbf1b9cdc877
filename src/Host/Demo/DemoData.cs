namespace ToanDan.Awards.Host.Demo;

/// <summary>The demo province: units, one account per role and unit, nominations in different states.</summary>
public static class DemoData
{
    public static Task SeedAsync(IServiceProvider services) => Task.CompletedTask;
}
