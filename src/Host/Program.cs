using ToanDan.Awards.Host;
using ToanDan.Awards.Host.Infrastructure.Backup;

if (await BackupCommandLine.RunBackupCommandAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddAwardsHost();

var app = builder.Build();
await app.UseAwardsHostAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
