using ToanDan.Awards.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddAwardsHost();

var app = builder.Build();
await app.UseAwardsHostAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
