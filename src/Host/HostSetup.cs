using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Email;
using ToanDan.Awards.Host.Features;
using ToanDan.Awards.Host.Features.Auth;
using ToanDan.Awards.Host.Features.Disclosure;
using ToanDan.Awards.Host.Features.Decisions;
using ToanDan.Awards.Host.Features.Documents;
using ToanDan.Awards.Host.Features.Rounds;
using ToanDan.Awards.Host.Features.Statistics;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Workflow;

namespace ToanDan.Awards.Host;

public static class HostSetup
{
    public static WebApplicationBuilder AddAwardsHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        Demo.DemoMode.RefuseInProduction(builder.Environment, configuration);

        services.AddAwardsDatabase(configuration, builder.Environment);
        services.AddSharedKeyRing();
        services.AddAwardsIdentity();
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<Access>();
        services.AddSingleton<AccountCache>();
        services.AddSingleton<CriteriaCache>();
        services.AddSingleton<WatchingCache>(sp => sp.GetRequiredService<AccountCache>());
        services.AddSingleton<WatchingCache>(sp => sp.GetRequiredService<CriteriaCache>());
        services.AddScoped<Compensations>();
        // Unreadable JSON or a bad route value goes through ProblemMapping: a Vietnamese ProblemDetails, not a bare 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddScoped<TokenIssuer>();
        services.AddSingleton<WorkflowCatalog>();
        services.AddSingleton<CalendarProvider>();
        services.AddScoped<Notifier>();
        services.AddScoped<DecisionIssuer>();
        services.AddScoped<WorkflowRunner>();
        services.AddScoped<AttachmentStore>();
        services.Configure<Documents.DocumentOptions>(configuration.GetSection("Documents"));
        services.AddSingleton<Documents.PdfPrinter>();
        services.AddScoped<Features.Documents.DecisionDocumentBuilder>();
        services.Configure<AttachmentOptions>(configuration.GetSection("Attachments"));
        services.Configure<Infrastructure.Backup.BackupOptions>(configuration.GetSection("Backup"));
        services.AddScoped<Infrastructure.Backup.BackupFolder>();
        services.Configure<TimerOptions>(configuration.GetSection("Timers"));
        services.AddHostedService<TimerService>();
        services.AddSingleton<StatisticsWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<StatisticsWorker>());
        services.AddAwardsEmail(configuration);
        services.AddFeedbackProtection(configuration);
        services.AddLoginProtection(configuration);
        services.AddSecurityHeaders(configuration);
        services.AddAwardsHealth();
        services.AddAwardsTelemetry(configuration);
        // Behind the TLS reverse proxy the request is HTTPS (forwarded headers), so these cookies are Secure there.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        services.AddMediatorWithHandlers(typeof(HostSetup).Assembly);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            (c.ProblemDetails.Title, c.ProblemDetails.Detail) = c.ProblemDetails.Status switch
            {
                401 when c.ProblemDetails.Detail is null => (StatusWords.NotLoggedIn, "Cần đăng nhập (mã truy cập Bearer) để dùng chức năng này."),
                403 when c.ProblemDetails.Detail is null && AdminOnly.Guards(c.HttpContext) => (StatusWords.Forbidden, AdminOnly.Refusal),
                403 when c.ProblemDetails.Detail is null => (StatusWords.Forbidden, ForbiddenException.Default),
                404 when c.ProblemDetails.Detail is null => (StatusWords.NotFound, "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu."),
                405 when c.ProblemDetails.Detail is null => (StatusWords.MethodNotAllowed, "Địa chỉ này không nhận phương thức gửi lên."),
                429 when c.ProblemDetails.Detail is null && Features.Auth.LoginProtection.Serves(c.HttpContext.Request.Path) =>
                    (StatusWords.TooManyLogins, Features.Auth.LoginProtection.TooMany),
                429 when c.ProblemDetails.Detail is null => (StatusWords.TooManySends, FeedbackProtection.TooMany),
                415 when c.ProblemDetails.Detail is null => (StatusWords.UnsupportedType,
                    "Địa chỉ này không nhận kiểu dữ liệu đã gửi (Content-Type): xem định dạng cần gửi trong tài liệu API /openapi/v1.json."),
                _ => (c.ProblemDetails.Title, c.ProblemDetails.Detail),
            };
        });
        // Vietnamese text is written as is in pages, not as HTML entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddExceptionHandler<ProblemMapping>();
        services.AddOpenApi();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AuthorizeFolder("/QuanTri", AdminOnly.Policy);
            o.Conventions.AllowAnonymousToPage("/DangNhap");
            o.Conventions.AllowAnonymousToPage("/KhongCoQuyen");
            // The public disclosure (công khai) of rounds: anyone reads the list and comments, rate-limited.
            o.Conventions.AllowAnonymousToFolder("/CongKhai");
            o.Conventions.AddPageApplicationModelConvention("/DangNhap",
                m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(Features.Auth.LoginProtection.Policy)));
            o.Conventions.AddPageApplicationModelConvention("/CongKhai/ChiTiet",
                m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(FeedbackProtection.Policy)));
        });
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        return builder;
    }

    public static async Task<WebApplication> UseAwardsHostAsync(this WebApplication app)
    {
        await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration);
        app.UseSecurityHeaders();
        // The API gets ProblemDetails (ProblemMapping); a page gets the Vietnamese error page with the right status.
        app.UseWhen(IsApi, api => api.UseExceptionHandler());
        app.UseWhen(c => !IsApi(c), pages => pages.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/loi/500",
            StatusCodeSelector = e => ProblemMapping.Map(e).Status ?? StatusCodes.Status500InternalServerError,
        }));
        // The API answers with ProblemDetails, people get a Vietnamese page.
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages.UseStatusCodePagesWithReExecute("/loi/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapAwardsHealth();
        app.MapAwardsTelemetry();
        app.MapOpenApi();
        app.MapApiReference();
        app.MapAwardsApi();
        app.MapDocumentPages();
        app.MapRoundPages();
        app.MapSignedCopyPages();
        app.MapStatisticsPages();
        app.MapRazorPages();
        return app;
    }

    private static void AddAwardsDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connection = configuration.GetConnectionString("Awards");
        services.AddSingleton<CommittedChangesInterceptor>();
        if (UsesPostgres(configuration))
        {
            services.AddDbContextPool<AwardsDbContext, PostgresAwardsDbContext>((sp, options) =>
                options.UseNpgsql(WithPreparedStatements(connection ?? throw new InvalidOperationException("ConnectionStrings:Awards is required for PostgreSQL.")))
                    .AddInterceptors(sp.GetRequiredService<CommittedChangesInterceptor>()).QuietAboutFailuresItsCallerHandles());
            return;
        }
        // Pooled: a request takes a context already built (its services, change tracker, state manager) instead of
        // building one, which cost allocations and GC on every request. The options are built once, from the root
        // services: the interceptors are singletons that key what they hold by connection, transaction or context, and
        // the one flag a request sets on the context (WritesDeferred) is cleared by TransactionBehavior in a finally.
        // Each pooled context keeps its connection open (KeptOpenSqliteConnection): the pool is bounded so that the open
        // connections (each with its page cache and compiled statements) are as many as the requests that run at once.
        services.AddDbContextPool<AwardsDbContext, SqliteAwardsDbContext>((sp, options) =>
            options.UseSqlite(SqliteConnectionString(configuration, environment)).KeepingConnectionsOpen()
                .AddInterceptors(SqliteWriteGate.Instance, sp.GetRequiredService<CommittedChangesInterceptor>()).QuietAboutFailuresItsCallerHandles(),
            poolSize: SqliteContextPoolSize);
    }

    /// <summary>How many SQLite contexts (and so open connections) the pool keeps; more at once are made and closed per request.</summary>
    private const int SqliteContextPoolSize = 128;

    /// <summary>
    /// The statements a step repeats are prepared once per connection, not planned again on every request: EF's SQL is the
    /// same text each time, so Npgsql's automatic preparation serves it. A connection string that sets its own
    /// "Max Auto Prepare" keeps it (0 behind a pooler that cannot hold prepared statements).
    /// </summary>
    internal static string WithPreparedStatements(string connection)
    {
        // Npgsql's builder answers ContainsKey for every keyword it knows: what was written is read from the text itself.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        if (written.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
            return connection;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        builder.MaxAutoPrepare = 200;
        builder.AutoPrepareMinUsages = 2;
        return builder.ConnectionString;
    }

    /// <summary>
    /// A failed statement or save reaches its caller as an exception, and is logged where it ends: a 500 by
    /// <c>ProblemMapping</c>, a worker's failure by its loop. EF's own error lines would log it twice, and would log as errors
    /// the failures a step expects and answers (two people taking one task: the save finds the mail's key taken, 409).
    /// </summary>
    private static DbContextOptionsBuilder QuietAboutFailuresItsCallerHandles(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log(
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.OptimisticConcurrencyException, LogLevel.Debug)));

    /// <summary>The SQLite database the host uses (the backup command reads the same one).</summary>
    internal static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetConnectionString("Awards") ?? $"Data Source={Path.Combine(environment.ContentRootPath, "App_Data", "awards.db")}";

    internal static bool UsesPostgres(IConfiguration configuration) =>
        (configuration["Database:Provider"] ?? "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase);

    private static void AddAwardsIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "cookie-or-bearer";
                o.DefaultChallengeScheme = "cookie-or-bearer";
            })
            .AddPolicyScheme("cookie-or-bearer", null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenIssuer.Scheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(TokenIssuer.Scheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(8);
                o.Events.OnMessageReceived = RevokedTokens.RefuseRevokedAsync;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/dang-nhap";
                o.AccessDeniedPath = "/khong-co-quyen";
                o.Cookie.Name = "toandan.auth";
                o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
                o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
            }));
        // A locked or edited account's cookie stops working within a minute (Identity's default is 30).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization(o => o.AddPolicy(AdminOnly.Policy, p => p.RequireRole(Roles.Admin)));
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AwardsDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ClaimsFactory>()
            .AddDefaultTokenProviders();
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api") && !ApiReference.Serves(context);

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        // The API reference is a page: an anonymous visitor logs in through the form, a non-administrator is refused there.
        if (IsApi(context.HttpContext) || (ApiReference.Serves(context.HttpContext) && status == StatusCodes.Status403Forbidden))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
