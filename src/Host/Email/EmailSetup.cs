namespace ToanDan.Awards.Host.Email;

public static class EmailSetup
{
    /// <summary>Options, the sender, the renderer and the outbox worker (also resolvable itself, for tests and tools).</summary>
    public static IServiceCollection AddAwardsEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection("Email"))
            .Configure<IConfiguration>((o, c) => o.BaseUrl = c["App:BaseUrl"] ?? o.BaseUrl);
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection("Email:Outbox"));
        services.AddSingleton<EmailRenderer>();
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        return services;
    }
}
