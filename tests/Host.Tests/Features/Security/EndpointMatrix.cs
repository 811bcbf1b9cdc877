using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Rounds;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Features.Security;

/// <summary>The ids a probe fills a route with; each scoped probe replaces the ones its resource decides.</summary>
public sealed record Place(
    int Dossier, int Attachment, int Nominee, Guid Task, int Decision, int SignedCopy, int Round, int DisclosedRound,
    int Unit, string Account, int AwardType, int Part, int Issuer, int Holiday, int Timer, long Outbox,
    string Workflow, int Version, string Template);

/// <summary>The kinds of thing whose rule decides per resource who may use it (<see cref="Access"/>, <see cref="RoundAccess"/>).</summary>
public enum Resource
{
    /// <summary>A dossier the caller may read (<see cref="Access.VisibleNominations"/>), with a file.</summary>
    Dossier,
    /// <summary>A dossier the caller may change: their own unit's, as its clerk (<see cref="Access.OwnNominationAsync"/>).</summary>
    OwnDossier,
    /// <summary>A postponed nominee of a dossier of the province the caller's PV05 resumes.</summary>
    PostponedNominee,
    /// <summary>A step page of a dossier the caller may read.</summary>
    Step,
    /// <summary>An open step routed to the caller (<see cref="Access.MyOpenTasks"/>).</summary>
    MyStep,
    /// <summary>A decision the caller may read (<see cref="Access.VisibleDecisions"/>).</summary>
    Decision,
    /// <summary>A decision the caller signs: the issuer's signer role in its unit.</summary>
    SignersDecision,
    /// <summary>A decision the caller's office consolidated (PV05 of the province).</summary>
    OfficesDecision,
    /// <summary>A round the caller works on as a whole (<see cref="RoundAccess.OfficeRounds"/>).</summary>
    Round,
    /// <summary>A round whose upward proposal the caller prints: its office and deciders, and the director who signs the tờ trình.</summary>
    ProposalRound,
}

/// <summary>One caller of the matrix: anonymous, or a demo account with its API token and its browser cookie.</summary>
public sealed class Caller
{
    public required string Name { get; init; }
    public required IReadOnlySet<string> Roles { get; init; }
    public required HttpClient Api { get; init; }
    public required HttpClient Browser { get; init; }
    public required string FormToken { get; init; }
    public required Access? Access { get; init; }
    public bool SignedIn => Access is not null;
    public bool IsAdmin => Roles.Contains(Domain.Roles.Admin);
    public override string ToString() => Name;
}

/// <summary>
/// The demo province on one host for the whole endpoint matrix: every endpoint the application maps, the demo's ids,
/// and for each caller a resource it may use and one it may not, chosen by the application's own visibility rules.
/// </summary>
public sealed partial class EndpointMatrix : IAsyncLifetime
{
    public const string Anonymous = "anonymous";

    private readonly Dictionary<string, Caller> _callers = [];
    private readonly Dictionary<(string, Resource), (Place? Mine, Place? Other)> _places = [];
    private readonly Dictionary<string, HashSet<int>> _officeRounds = [];
    private SqliteConnection _watch = null!;

    public AwardsApp App { get; } = new()
    {
        // Every caller posts the public form: its limit per address is tested elsewhere.
        Settings = { ["PublicFeedback:PermitLimit"] = "1000000" },
    };

    public Place Base { get; private set; } = null!;

    public static IEnumerable<string> CallerNames => [Anonymous, .. DemoData.Accounts.Select(a => a.UserName)];

    public async Task InitializeAsync()
    {
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
            var awardType = await db.AwardTypes.OrderBy(a => a.Id).FirstAsync();
            Base = new Place(
                Dossier: await db.Nominations.Where(n => n.Attachments.Any()).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync(),
                Attachment: 0, Nominee: 0, Task: Guid.Empty, Decision: await db.Decisions.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync(),
                SignedCopy: 1, Round: await db.Rounds.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
                DisclosedRound: await db.Rounds.OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync(),
                Unit: await db.Units.Where(u => u.Name == "Xã Đông Tiến").Select(u => u.Id).SingleAsync(),
                Account: await db.Users.Where(u => u.UserName == "thidua.dongtien").Select(u => u.Id).SingleAsync(),
                AwardType: awardType.Id, Part: await db.RequiredParts.Where(p => p.AwardTypeId == awardType.Id).Select(p => p.Id).FirstAsync(),
                Issuer: await db.Issuers.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
                Holiday: await db.Holidays.OrderBy(h => h.Id).Select(h => h.Id).FirstOrDefaultAsync() is var h and > 0 ? h : 1,
                Timer: await db.ScheduledTimers.OrderBy(t => t.Id).Select(t => t.Id).FirstOrDefaultAsync() is var t and > 0 ? t : 1,
                Outbox: await db.Outbox.OrderBy(o => o.Id).Select(o => o.Id).FirstOrDefaultAsync() is var o and > 0 ? o : 1,
                Workflow: "giay-khen-cat", Version: 1,
                Template: await db.EmailTemplates.OrderBy(e => e.Id).Select(e => e.Key).FirstAsync());
            Base = await WithDossierAsync(db, Base, Base.Dossier);
            Base = Base with { Task = await db.WorkItems.Where(w => w.ClosedAt == null).OrderBy(w => w.OpenedAt).Select(w => w.Id).FirstAsync() };
        }

        foreach (var name in CallerNames)
            _callers[name] = await LogInAsync(name);
        foreach (var caller in _callers.Values)
            foreach (var resource in Enum.GetValues<Resource>())
                _places[(caller.Name, resource)] = await ChooseAsync(caller, resource);

        _watch = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = App.DatabaseFile, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await _watch.OpenAsync();
        Remember();
    }

    public Caller Caller(string name) => _callers[name];

    /// <summary>The resource the caller may use and one it may not (null where the demo province has none).</summary>
    public (Place? Mine, Place? Other) Places(Caller caller, Resource resource) => _places[(caller.Name, resource)];

    /// <summary>Whether the caller may read what the place points at anyway (a page may then show it beside a refusal).</summary>
    public bool Reads(Caller caller, Resource resource, Place place) => caller.Access is { } access && resource switch
    {
        Resource.Decision or Resource.SignersDecision or Resource.OfficesDecision => access.VisibleDecisions().Any(d => d.Id == place.Decision),
        Resource.Round or Resource.ProposalRound => _officeRounds.GetValueOrDefault(caller.Name, []).Contains(place.Round),
        Resource.PostponedNominee => access.VisibleNominations().Any(n => n.Id == place.Dossier) || _officeRounds.GetValueOrDefault(caller.Name, []).Contains(place.Round),
        _ => access.VisibleNominations().Any(n => n.Id == place.Dossier),
    };

    /// <summary>Every endpoint the application maps, as "METHOD /route" and, for a page handler, "?handler=Name".</summary>
    public IReadOnlyList<string> Endpoints()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var loader = App.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/'); // a group's "" route ends in a slash
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? loader.LoadAsync(page, endpoint.Metadata).GetAwaiter().GetResult();
                if (compiled.HandlerMethods.Count == 0) keys.Add($"GET {route}");
                foreach (var handler in compiled.HandlerMethods)
                    keys.Add($"{handler.HttpMethod.ToUpperInvariant()} {route}{(handler.Name is null ? "" : $"?handler={handler.Name}")}");
                continue;
            }
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                keys.Add($"{method} {route}");
        }
        return [.. keys];
    }

    private long _lastVersion;
    private string _baseline = "";

    /// <summary>Takes what the database holds now as the state later requests are compared with.</summary>
    public void Remember()
    {
        _lastVersion = DataVersion();
        _baseline = Fingerprint();
    }

    /// <summary>
    /// The tables changed since <see cref="Remember"/> (none: empty), then remembers the new state. The audit trail may
    /// record a refusal; nothing else may change. SQLite's data_version tells cheaply whether anyone wrote at all.
    /// </summary>
    public IReadOnlyList<string> Changes()
    {
        if (DataVersion() == _lastVersion) return [];
        var before = _baseline.Split('\n').ToHashSet();
        Remember();
        return [.. _baseline.Split('\n').Where(line => !before.Contains(line)).Select(line => line.Split(' ')[0])];
    }

    /// <summary>A line per table: its name and a hash of all its rows, the audit trail left out.</summary>
    public string Fingerprint()
    {
        var tables = new List<string>();
        using (var list = _watch.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var lines = new List<string>();
        foreach (var table in tables.Where(t => t is not ("AuditEntries" or "DataProtectionKeys" or "__EFMigrationsHistory")))
        {
            using var select = _watch.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            while (reader.Read())
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "|"));
            lines.Add($"{table} {Convert.ToHexString(hash.GetHashAndReset())}");
        }
        return string.Join('\n', lines);
    }

    private long DataVersion()
    {
        using var command = _watch.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }

    private async Task<Caller> LogInAsync(string name)
    {
        var browser = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (name == Anonymous)
            return new Caller
            {
                Name = name, Roles = new HashSet<string>(), Api = App.CreateClient(), Browser = browser,
                FormToken = await FormTokenAsync(browser, "/dang-nhap"), Access = null,
            };
        var login = await browser.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = name, ["Input.Password"] = DemoData.Password, ["__RequestVerificationToken"] = await FormTokenAsync(browser, "/dang-nhap"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var scope = App.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(name);
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user!);
        // The caller as the application sees them, asked on a database context of the caller's own.
        var db = App.Services.CreateScope().ServiceProvider.GetRequiredService<AwardsDbContext>();
        var access = new Access(db, new CurrentUser(new CallerContext(new DefaultHttpContext { User = principal })), App.Services.GetRequiredService<TimeProvider>(), App.Services.GetRequiredService<AccountCache>());
        return new Caller
        {
            Name = name, Roles = principal.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            Api = await App.ClientForAsync(name), Browser = browser, FormToken = await FormTokenAsync(browser, "/doi-mat-khau"), Access = access,
        };
    }

    private static async Task<string> FormTokenAsync(HttpClient browser, string path) =>
        FormToken().Match(await browser.GetStringAsync(path)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    private async Task<(Place? Mine, Place? Other)> ChooseAsync(Caller caller, Resource resource)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
        if (caller.Access is not { } access) return (null, await AnyAsync(db, resource));
        var readable = await access.VisibleNominations().Select(n => n.Id).ToListAsync();
        var withFiles = await db.Nominations.Where(n => n.Attachments.Any() && n.SubmittedAt != null).OrderBy(n => n.Id).Select(n => new { n.Id, n.UnitId }).ToListAsync();
        async Task<Place?> Dossier(int? id) => id is int d ? await WithDossierAsync(db, Base, d) : null;
        async Task<Place?> StepOf(Guid? id) => id is Guid g
            ? await WithDossierAsync(db, Base, await db.WorkItems.Where(w => w.Id == g).Select(w => w.NominationId).SingleAsync()) with { Task = g }
            : null;
        Place? Decision(int? id) => id is int d ? Base with { Decision = d } : null;
        switch (resource)
        {
            case Resource.Dossier:
                return (await Dossier(withFiles.Where(n => readable.Contains(n.Id)).Select(n => (int?)n.Id).FirstOrDefault()),
                    await Dossier(withFiles.Where(n => !readable.Contains(n.Id)).Select(n => (int?)n.Id).FirstOrDefault()));
            case Resource.OwnDossier:
                var own = withFiles.Where(n => access.IsClerkOf(n.UnitId)).Select(n => (int?)n.Id).FirstOrDefault();
                var notOwn = withFiles.Where(n => !access.IsClerkOf(n.UnitId)).OrderByDescending(n => readable.Contains(n.Id)).Select(n => (int?)n.Id).FirstOrDefault();
                return (await Dossier(own), await Dossier(notOwn));
            case Resource.PostponedNominee:
                var postponed = await db.Nominees.Where(m => m.IsPostponed).Select(m => new { m.Id, m.NominationId }).FirstAsync();
                var place = await WithDossierAsync(db, Base, postponed.NominationId) with { Nominee = postponed.Id };
                // PV05 of the dossier's province resumes it (ResumeNominee): the office of the unit the dossier is in.
                var resumes = access.IsAdmin || (access.HasRole(Roles.Pv05Reviewer) && readable.Contains(postponed.NominationId));
                return resumes ? (place, null) : (null, place);
            case Resource.Step:
                var steps = await db.WorkItems.Where(w => w.Nomination!.Attachments.Any()).OrderBy(w => w.OpenedAt).Select(w => new { w.Id, w.NominationId }).ToListAsync();
                return (await StepOf(steps.Where(s => readable.Contains(s.NominationId)).Select(s => (Guid?)s.Id).FirstOrDefault()),
                    await StepOf(steps.Where(s => !readable.Contains(s.NominationId)).Select(s => (Guid?)s.Id).FirstOrDefault()));
            case Resource.MyStep:
                var mine = await access.MyOpenTasks().OrderBy(w => w.OpenedAt).Select(w => (Guid?)w.Id).FirstOrDefaultAsync();
                var others = await db.WorkItems.Where(w => w.ClosedAt == null).OrderBy(w => w.OpenedAt).Select(w => new { w.Id, w.NominationId, w.Role, w.UnitId }).ToListAsync();
                var notMine = others.Where(w => !caller.Roles.Contains(w.Role) || w.UnitId != access.OwnUnitId)
                    .OrderByDescending(w => readable.Contains(w.NominationId)).Select(w => (Guid?)w.Id).FirstOrDefault();
                return (await StepOf(mine), await StepOf(notMine));
            case Resource.Decision:
                var visible = await access.VisibleDecisions().Select(d => d.Id).ToListAsync();
                var decisions = await db.Decisions.OrderBy(d => d.Status != DecisionStatus.Signed).ThenBy(d => d.Id).Select(d => d.Id).ToListAsync();
                return (Decision(decisions.Where(visible.Contains).Select(d => (int?)d).FirstOrDefault()),
                    Decision(decisions.Where(d => !visible.Contains(d)).Select(d => (int?)d).FirstOrDefault()));
            case Resource.SignersDecision or Resource.OfficesDecision:
                var readableDecisions = await access.VisibleDecisions().Select(d => d.Id).ToListAsync();
                var all = await db.Decisions.Include(d => d.Issuer).OrderBy(d => d.Status != DecisionStatus.Signed).ThenBy(d => d.Id).ToListAsync();
                bool Acts(Domain.Decision d) => resource == Resource.SignersDecision ? access.IsAdmin || access.IsSignerOf(d.Issuer!) : access.IsOfficeOf(d.OfficeUnitId);
                return (Decision(all.Where(Acts).Select(d => (int?)d.Id).FirstOrDefault()),
                    Decision(all.Where(d => !Acts(d)).OrderByDescending(d => readableDecisions.Contains(d.Id)).Select(d => (int?)d.Id).FirstOrDefault()));
            case Resource.Round or Resource.ProposalRound:
                var rounds = await db.Rounds.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
                var office = await db.Units.SingleAsync(u => u.Id == access.OwnUnitId);
                var works = access.IsAdmin || Roles.RoundWorkers.Any(access.HasRole)
                    ? await RoundAccess.OfficeRounds(db, access, office).Select(r => r.Id).ToListAsync()
                    : [];
                _officeRounds[caller.Name] = [.. works];
                if (resource == Resource.ProposalRound)
                    works.AddRange(await db.Rounds.Include(r => r.Issuer).Where(r => office.Path.StartsWith(r.Issuer!.Unit!.Path)).ToListAsync() is var seen
                        ? seen.Where(r => UpwardProposal.SignsProposalOf(access, r)).Select(r => r.Id) : []);
                Place? Round(int? id) => id is int r ? Base with { Round = r } : null;
                return (Round(rounds.Where(works.Contains).Select(r => (int?)r).FirstOrDefault()), Round(rounds.Where(r => !works.Contains(r)).Select(r => (int?)r).FirstOrDefault()));
            default:
                throw new ArgumentOutOfRangeException(nameof(resource));
        }
    }

    /// <summary>For anonymous callers: any resource of the kind, which they may not use.</summary>
    private async Task<Place?> AnyAsync(AwardsDbContext db, Resource resource) => resource switch
    {
        Resource.Dossier or Resource.OwnDossier => Base,
        Resource.PostponedNominee => await db.Nominees.Where(m => m.IsPostponed).Select(m => new { m.Id, m.NominationId }).FirstAsync() is var p
            ? await WithDossierAsync(db, Base, p.NominationId) with { Nominee = p.Id } : null,
        _ => Base,
    };

    private static async Task<Place> WithDossierAsync(AwardsDbContext db, Place place, int dossier) => place with
    {
        Dossier = dossier,
        Attachment = await db.Attachments.Where(a => a.NominationId == dossier).OrderBy(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync(),
        Nominee = await db.Nominees.Where(m => m.NominationId == dossier).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(),
    };

    /// <summary>The caller's request, held for the matrix's life (HttpContextAccessor keeps it per async flow only).</summary>
    private sealed class CallerContext(HttpContext context) : IHttpContextAccessor
    {
        public HttpContext? HttpContext { get; set; } = context;
    }

    public Task DisposeAsync()
    {
        _watch.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }
}
