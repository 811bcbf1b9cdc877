using ToanDan.Awards.Host;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAwardsHost();

var app = builder.Build();
app.MapAwardsHost();
app.Run();

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
