using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ToanDan.Awards.Host.Tests;

/// <summary>
/// One of several hosts on one database, as if each ran on a machine of its own: its own install folder (content
/// root) and its own home folder. Data Protection keeps its keys in the home folder of a host that does not say
/// otherwise; the test process has one HOME for every host in it, so this host is given its own.
/// </summary>
public class HostOnItsOwnMachine(string provider, string connectionString) : AwardsApp
{
    private string Machine => Path.Combine(Path.GetDirectoryName(DatabaseFile)!, "machine");

    /// <summary>Where Data Protection would keep this host's keys by itself: <c>$HOME/.aspnet/DataProtection-Keys</c>.</summary>
    public string HomeKeyFolder => Path.Combine(Machine, "home", ".aspnet", "DataProtection-Keys");

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        var install = Path.Combine(Machine, "opt", "toandan");
        Directory.CreateDirectory(install);
        builder.UseContentRoot(install);
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Awards", connectionString);
        builder.ConfigureServices(services => services.AddOptions<KeyManagementOptions>().PostConfigure<ILoggerFactory>((o, logs) =>
            // Only what Data Protection falls back to when the application names no repository of its own.
            o.XmlRepository ??= new FileSystemXmlRepository(new DirectoryInfo(HomeKeyFolder), logs)));
    }
}
