namespace ToanDan.Awards.Host.Demo;

/// <summary>Demo nominations in different states, made through the same use cases people use.</summary>
internal static class DemoNominations
{
    public static Task SeedAsync(IServiceProvider services) => Task.CompletedTask;
}
