using System.Net;
using System.Net.Http.Json;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Workflows.Definitions;

namespace ToanDan.Awards.Host.Tests.Features.Security;

/// <summary>
/// Every endpoint and page handler the application maps, called as anonymous and as every demo account. The table says,
/// from the code's intent, who may call each; a refused caller gets 401/403/404 (the API) or the login page, the
/// access-denied page or 404 (pages), no data, and a refused write changes nothing in the database. Allowed callers are
/// not refused; writes are sent by allowed callers only with bodies that cannot change the demo state. Nobody gets a 5xx.
/// The dossier-by-dossier visibility rule itself is <see cref="AuthorizationMatrixTests"/>.
/// </summary>
public class EndpointAuthorizationTests(EndpointMatrix matrix) : IClassFixture<EndpointMatrix>
{
    public static TheoryData<string> Callers => [.. EndpointMatrix.CallerNames];

    [Fact]
    public void Every_endpoint_has_a_row_in_the_table()
    {
        var missing = matrix.Endpoints().Except(Table.Select(r => r.Key)).ToList();
        var stale = Table.Select(r => r.Key).Except(matrix.Endpoints()).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a row in EndpointAuthorizationTests.Table (say who may call them):\n" + string.Join('\n', missing));
        Assert.True(stale.Count == 0, "Rows for endpoints the application no longer maps:\n" + string.Join('\n', stale));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_endpoint_answers_only_those_the_table_allows(string name)
    {
        var caller = matrix.Caller(name);
        var failures = new List<string>();
        matrix.Remember();
        foreach (var row in Table)
        {
            if (row.Rule.Scope is { } scope)
            {
                var (mine, other) = matrix.Places(caller, scope);
                if (mine is null && other is null) failures.Add($"{row.Key} as {caller}: the demo province has no {scope} to probe it with");
                if (mine is not null) await ProbeAsync(row, caller, mine, row.Rule.Allows(caller), failures, scope);
                if (other is not null) await ProbeAsync(row, caller, other, false, failures, scope);
            }
            else
                await ProbeAsync(row, caller, matrix.Base, row.Rule.Allows(caller), failures, null);
        }
        Assert.True(failures.Count == 0, $"{name}:\n" + string.Join('\n', failures));
    }

    private async Task ProbeAsync(Row row, Caller caller, Place place, bool allowed, List<string> failures, Resource? scope)
    {
        var body = allowed ? row.Allowed : row.Refused;
        if (row.IsWrite && allowed && body is null) return; // an allowed write would change the demo state: not sent
        var url = row.Url(place) + (row.Handler is { } handler ? (row.Url(place).Contains('?') ? "&" : "?") + "handler=" + handler : "");
        var page = !url.StartsWith("/api/", StringComparison.Ordinal) || url.StartsWith("/api/docs", StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(row.Method), url) { Content = body?.Invoke(place, page ? caller.FormToken : null) };
        if (page && row.IsWrite && request.Content is null)
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = caller.FormToken });
        var response = await (page ? caller.Browser : caller.Api).SendAsync(request);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        var what = $"{row.Key} as {caller} on {url}: {status}{(location.Length > 0 ? " → " + location : "")}";
        var looksRefused = status is 401 or 403
            || (status is 302 && (location.Contains("/dang-nhap", StringComparison.Ordinal) || location.Contains("/khong-co-quyen", StringComparison.Ordinal)));
        if (status >= 500)
            failures.Add($"{what}: server error {await response.Content.ReadAsStringAsync()}");
        else if (allowed && looksRefused)
            failures.Add($"{what}: refused, but the table allows {row.Rule.Says}");
        else if (!allowed)
        {
            // A page that re-renders with the refusal shows only what the caller may read anyway.
            var shownWithRefusal = page && row.IsWrite && status == 200 && scope is { } s && matrix.Reads(caller, s, place);
            var refusedRightly = !caller.SignedIn
                ? page ? status == 302 && location.Contains("/dang-nhap", StringComparison.Ordinal) : status == 401
                : looksRefused || status == 404 || shownWithRefusal;
            var media = response.Content.Headers.ContentType?.MediaType;
            if (!refusedRightly)
                failures.Add($"{what}: answered, but the table allows only {row.Rule.Says}");
            else if (!shownWithRefusal && media is not (null or "application/problem+json" or "text/html" or "text/plain"))
                failures.Add($"{what}: refused, but sent {media}");
        }
        if (row.IsWrite && !allowed && matrix.Changes() is { Count: > 0 } changed)
            failures.Add($"{what}: refused, but changed {string.Join(", ", changed)}");
        else if (allowed)
            matrix.Remember();
    }

    /// <summary>Who may call an endpoint; a scoped rule asks the resource's own rule, and <see cref="Allows"/> says who may act on one they may use.</summary>
    public sealed record Rule(string Says, Func<Caller, bool> Allows, Resource? Scope = null);

    private static readonly Rule Anyone = new("anyone, without login", _ => true);
    private static readonly Rule SignedIn = new("any signed-in account", c => c.SignedIn);
    private static readonly Rule Admin = new("administrators", c => c.IsAdmin);

    /// <summary>
    /// Who files the report forms of the matrix's issuer (the first, Công an tỉnh Thanh Hóa, of the province's unit):
    /// administrators and the reviewers of that unit (<see cref="Access.MayReportFor"/>).
    /// </summary>
    private static readonly Rule Reporters = new("administrators and the reviewers of the issuer's unit", c => c.IsAdmin
        || DemoData.Accounts.Any(a => a.UserName == c.Name && a.Unit == DemoData.Issuers[0].Unit && Roles.Reviewers.Contains(a.Role)));

    /// <summary>Who files the reports of some issuer (any of the demo's): administrators and the reviewers of an issuer's unit.</summary>
    private static readonly Rule AnyReporters = new("administrators and the reviewers of an issuer's unit", c => c.IsAdmin
        || DemoData.Accounts.Any(a => a.UserName == c.Name && DemoData.Issuers.Any(i => i.Unit == a.Unit) && Roles.Reviewers.Contains(a.Role)));

    private static Rule Holders(params string[] roles) => new($"holders of {string.Join(", ", roles)}", c => roles.Any(c.Roles.Contains));

    private static Rule Scoped(Resource resource) => new($"those the rule of a {resource} lets in", c => c.SignedIn, resource);

    private static Rule Scoped(Resource resource, string who, Func<Caller, bool> acts) => new($"{who}, on a {resource} of theirs", acts, resource);

    private static readonly string[] RoundWorkers = [Roles.Admin, .. Roles.RoundWorkers];

    /// <summary>A body: JSON or a form (a page's form gets the caller's antiforgery token).</summary>
    public delegate HttpContent Body(Place place, string? formToken);

    private static Body Json(object value) => (_, _) => JsonContent.Create(value);

    private static Body Json(Func<Place, object> value) => (p, _) => JsonContent.Create(value(p));

    private static Body Raw(string text, string type) => (_, _) => new StringContent(text, System.Text.Encoding.UTF8, type);

    private static Body Form(params (string Name, string Value)[] fields) => (_, token) =>
        new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Concat(token is null ? [] : [KeyValuePair.Create("__RequestVerificationToken", token)]));

    private static Body Upload(string field, string fileName, string type, params (string Name, string Value)[] fields) => (_, token) =>
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF"u8.ToArray());
        file.Headers.ContentType = new(type);
        content.Add(file, field, fileName);
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        if (token is not null) content.Add(new StringContent(token), "__RequestVerificationToken");
        return content;
    };

    /// <summary>A form with nothing in it but the token: the handler refuses it for what is missing.</summary>
    private static readonly Body EmptyForm = Form();

    private static readonly Body EmptyJson = Json(new { });

    private static readonly string TooLong = new('x', 2_001);

    private static object ValidDossier(Place _) => new
    {
        awardTypeCode = "GK-GDCAT", submissionNumber = "99/TTr-THU",
        nominees = new[] { new { kind = "individual", name = "Người Thử Quyền", achievements = "Thử phân quyền.", dateOfBirth = "1980-01-01", sex = "male" } },
    };

    public sealed record Row(string Key, Rule Rule, Func<Place, string> Url, Body? Refused = null, Body? Allowed = null)
    {
        public string Method => Key.Split(' ')[0] is "ANY" ? "GET" : Key.Split(' ')[0];
        public bool IsWrite => Method != "GET";
        public string? Handler => Key.Split("?handler=") is [_, var name] ? name : null;
    }

    private static Row R(string key, Rule rule, Func<Place, string> url, Body? refused = null, Body? allowed = null) => new(key, rule, url, refused, allowed);

    /// <summary>
    /// The expectation table: route pattern and method → who may call it. For writes, the body sent by refused callers
    /// (valid, so that only authorisation stops it) and by allowed ones (one the handler refuses, or none: not sent).
    /// </summary>
    private static readonly Row[] Table =
    [
        // Open to everyone.
        R("ANY /health", Anyone, _ => "/health"),
        // Read by address, not by login: loopback and Metrics:AllowedNetworks (the test host's requests have no address: local).
        R("GET /metrics", Anyone, _ => "/metrics"),
        R("GET /openapi/{documentName}.json", Anyone, _ => "/openapi/v1.json"),
        R("POST /api/auth/login", Anyone, _ => "/api/auth/login", EmptyJson, EmptyJson),
        R("GET /api/public/rounds", Anyone, _ => "/api/public/rounds"),
        R("GET /api/public/rounds/{id:int}", Anyone, p => $"/api/public/rounds/{p.DisclosedRound}"),
        R("POST /api/public/rounds/{id:int}/feedback", Anyone, p => $"/api/public/rounds/{p.DisclosedRound}/feedback", EmptyJson, EmptyJson),
        R("GET /cong-khai", Anyone, _ => "/cong-khai"),
        R("GET /cong-khai/{roundId:int}", Anyone, p => $"/cong-khai/{p.DisclosedRound}"),
        R("POST /cong-khai/{roundId:int}", Anyone, p => $"/cong-khai/{p.DisclosedRound}", EmptyForm, EmptyForm),
        R("GET /dang-nhap", Anyone, _ => "/dang-nhap"),
        R("POST /dang-nhap", Anyone, _ => "/dang-nhap", EmptyForm, EmptyForm),
        R("GET /khong-co-quyen", Anyone, _ => "/khong-co-quyen"),
        // The Scalar package's own script and icon for the API reference: no data, the reference itself is for administrators.
        R("GET /api/docs/scalar.js", Anyone, _ => "/api/docs/scalar.js"),
        R("GET /api/docs/scalar.aspnetcore.js", Anyone, _ => "/api/docs/scalar.aspnetcore.js"),
        R("GET /api/docs/favicon.svg", Anyone, _ => "/api/docs/favicon.svg"),
        R("GET /loi/{code:int}", Anyone, _ => "/loi/404"),
        R("POST /loi/{code:int}", Anyone, _ => "/loi/404", EmptyForm, EmptyForm),

        // Any signed-in account: their own things, and lists filtered by the visibility rule.
        R("GET /", SignedIn, _ => "/"),
        R("GET /dang-xuat", SignedIn, _ => "/dang-xuat"),
        R("POST /dang-xuat", SignedIn, _ => "/dang-xuat", EmptyForm), // signing out an allowed caller would end the matrix's session
        R("GET /doi-mat-khau", SignedIn, _ => "/doi-mat-khau"),
        R("POST /doi-mat-khau", SignedIn, _ => "/doi-mat-khau", EmptyForm, EmptyForm),
        R("GET /tai-khoan", SignedIn, _ => "/tai-khoan"),
        R("POST /tai-khoan", SignedIn, _ => "/tai-khoan", Form(("ReceivesReminders", "false"))),
        R("GET /api/me", SignedIn, _ => "/api/me"),
        R("GET /api/me/substitutions", SignedIn, _ => "/api/me/substitutions"),
        R("GET /uy-quyen", SignedIn, _ => "/uy-quyen"),
        R("POST /uy-quyen", SignedIn, _ => "/uy-quyen", EmptyForm, EmptyForm),
        R("POST /uy-quyen?handler=End", SignedIn, _ => "/uy-quyen", Form(("id", "999999")), Form(("id", "999999"))),
        // Only an approver names a deputy (NameDeputy); ending one is for who gave it (an unknown one is 404 to everybody).
        R("POST /api/me/substitutions", Holders([.. Roles.Reviewers]), _ => "/api/me/substitutions",
            Json(new { deputy = "admin", from = "2026-11-02", to = "2026-11-03", reason = "thử quyền" }), EmptyJson),
        R("DELETE /api/me/substitutions/{id:int}", SignedIn, _ => "/api/me/substitutions/999999"),
        R("PUT /api/me/preferences", SignedIn, _ => "/api/me/preferences", Json(new { receivesReminders = false }), Raw("not json", "application/json")),
        R("GET /api/award-types", SignedIn, _ => "/api/award-types"),
        R("GET /api/nominations", SignedIn, _ => "/api/nominations"),
        R("GET /ho-so", SignedIn, _ => "/ho-so"),
        R("GET /api/tasks", SignedIn, _ => "/api/tasks"),
        R("GET /api/tasks/office", SignedIn, _ => "/api/tasks/office"),
        R("GET /nhiem-vu", SignedIn, _ => "/nhiem-vu"),
        R("GET /api/decisions", SignedIn, _ => "/api/decisions"),
        R("GET /quyet-dinh", SignedIn, _ => "/quyet-dinh"),
        R("GET /api/statistics", SignedIn, _ => "/api/statistics"),
        R("GET /api/statistics/export.xlsx", SignedIn, _ => "/api/statistics/export.xlsx"),
        R("GET /thong-ke", SignedIn, _ => "/thong-ke"),
        R("GET /thong-ke/xuat-excel", SignedIn, _ => "/thong-ke/xuat-excel"),
        R("GET /api/statistics/forms", SignedIn, _ => "/api/statistics/forms"),
        R("GET /api/statistics/forms/{form}.xlsx", Reporters, p => $"/api/statistics/forms/0603.xlsx?year=2026&issuerId={p.Issuer}"),
        R("GET /thong-ke/bieu-mau/{form}.xlsx", Reporters, p => $"/thong-ke/bieu-mau/0603.xlsx?nam=2026&coQuan={p.Issuer}"),
        // The movements: the issuer in the body (or of the movement) decides, refused with 404 (ReportFormRowsTests).
        R("GET /api/statistics/movements", SignedIn, _ => "/api/statistics/movements"),
        R("POST /api/statistics/movements", SignedIn, _ => "/api/statistics/movements", EmptyJson, EmptyJson),
        R("PUT /api/statistics/movements/{id:int}", SignedIn, _ => "/api/statistics/movements/999999", EmptyJson, EmptyJson),
        R("DELETE /api/statistics/movements/{id:int}", SignedIn, _ => "/api/statistics/movements/999999"),
        R("GET /thong-ke/phong-trao-thi-dua", AnyReporters, _ => "/thong-ke/phong-trao-thi-dua"),
        R("POST /thong-ke/phong-trao-thi-dua", AnyReporters, _ => "/thong-ke/phong-trao-thi-dua", EmptyForm, EmptyForm),
        R("POST /thong-ke/phong-trao-thi-dua?handler=Remove", AnyReporters, _ => "/thong-ke/phong-trao-thi-dua", Form(("movementId", "999999"))),
        R("POST /api/awards/lookup", SignedIn, _ => "/api/awards/lookup", Json(new { name = "Nguyễn" }), Json(new { name = "Nguyễn" })),
        R("GET /tra-cuu", SignedIn, _ => "/tra-cuu"),
        R("POST /tra-cuu", SignedIn, _ => "/tra-cuu", Form(("Name", "Nguyễn")), Form(("Name", "Nguyễn"))),
        // The blank Excel template of the dossier form: no data in it.
        R("GET /ho-so/{id:int}/sua?handler=MauExcel", SignedIn, p => $"/ho-so/{p.Dossier}/sua"),

        // A unit's clerk opens dossiers (CreateNomination; the form's page for every handler).
        R("POST /api/nominations", Holders(Roles.UnitClerk), _ => "/api/nominations", Json(ValidDossier), EmptyJson),
        R("GET /ho-so/tao-moi", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi"),
        R("GET /ho-so/tao-moi?handler=MauExcel", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi"),
        R("POST /ho-so/tao-moi?handler=Them", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi", EmptyForm, EmptyForm),
        R("POST /ho-so/tao-moi?handler=Xoa", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi", Form(("index", "0")), Form(("index", "0"))),
        R("POST /ho-so/tao-moi?handler=ThemGiaiDoan", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi", Form(("index", "0")), Form(("index", "0"))),
        R("POST /ho-so/tao-moi?handler=XoaGiaiDoan", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi", Form(("index", "0"), ("row", "0")), Form(("index", "0"), ("row", "0"))),
        R("POST /ho-so/tao-moi?handler=ThemKhenThuong", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi", Form(("index", "0")), Form(("index", "0"))),
        R("POST /ho-so/tao-moi?handler=XoaKhenThuong", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi", Form(("index", "0"), ("row", "0")), Form(("index", "0"), ("row", "0"))),
        R("POST /ho-so/tao-moi?handler=Nhap", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi", EmptyForm, EmptyForm),
        R("POST /ho-so/tao-moi?handler=Luu", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi", EmptyForm, EmptyForm),
        R("POST /ho-so/tao-moi?handler=Gui", Holders(Roles.UnitClerk), _ => "/ho-so/tao-moi", EmptyForm, EmptyForm),

        // A dossier: read by those the visibility rule lets in; changed by its unit's clerk only.
        R("GET /api/nominations/{id:int}", Scoped(Resource.Dossier), p => $"/api/nominations/{p.Dossier}"),
        R("GET /api/nominations/{id:int}/eligibility", Scoped(Resource.Dossier), p => $"/api/nominations/{p.Dossier}/eligibility"),
        // What arrived from outside is recorded by the emulation office (Access.MayDeliverMessages).
        R("POST /api/nominations/{id:int}/messages", Scoped(Resource.Dossier, "the emulation office",
                c => c.IsAdmin || c.Roles.Contains(Roles.Pv05Reviewer) || c.Roles.Contains(Roles.V05Reviewer)),
            p => $"/api/nominations/{p.Dossier}/messages", Json(new { message = "ho-so-bo-sung-da-nhan" }), Json(new { message = "" })),
        R("POST /ho-so/{id:int}?handler=ThongDiep", Scoped(Resource.Dossier, "the emulation office",
                c => c.IsAdmin || c.Roles.Contains(Roles.Pv05Reviewer) || c.Roles.Contains(Roles.V05Reviewer)),
            p => $"/ho-so/{p.Dossier}", Form(("message", "ho-so-bo-sung-da-nhan")), Form(("message", ""))),
        R("GET /api/nominations/{id:int}/attachments/{attachmentId:int}", Scoped(Resource.Dossier), p => $"/api/nominations/{p.Dossier}/attachments/{p.Attachment}"),
        R("GET /ho-so/{id:int}", Scoped(Resource.Dossier), p => $"/ho-so/{p.Dossier}"),
        R("GET /ho-so/{id:int}/so-do", Scoped(Resource.Dossier), p => $"/ho-so/{p.Dossier}/so-do"),
        R("GET /ho-so/{id:int}/tep/{attachmentId:int}", Scoped(Resource.Dossier), p => $"/ho-so/{p.Dossier}/tep/{p.Attachment}"),
        R("GET /ho-so/{id:int}/sua", Scoped(Resource.Dossier), p => $"/ho-so/{p.Dossier}/sua"),
        R("POST /ho-so/{id:int}/sua?handler=Them", Scoped(Resource.Dossier), p => $"/ho-so/{p.Dossier}/sua", EmptyForm, EmptyForm),
        R("POST /ho-so/{id:int}/sua?handler=Xoa", Scoped(Resource.Dossier), p => $"/ho-so/{p.Dossier}/sua", Form(("index", "0")), Form(("index", "0"))),
        R("POST /ho-so/{id:int}/sua?handler=ThemGiaiDoan", Scoped(Resource.Dossier), p => $"/ho-so/{p.Dossier}/sua", Form(("index", "0")), Form(("index", "0"))),
        R("POST /ho-so/{id:int}/sua?handler=XoaGiaiDoan", Scoped(Resource.Dossier), p => $"/ho-so/{p.Dossier}/sua", Form(("index", "0"), ("row", "0")), Form(("index", "0"), ("row", "0"))),
        R("POST /ho-so/{id:int}/sua?handler=ThemKhenThuong", Scoped(Resource.Dossier), p => $"/ho-so/{p.Dossier}/sua", Form(("index", "0")), Form(("index", "0"))),
        R("POST /ho-so/{id:int}/sua?handler=XoaKhenThuong", Scoped(Resource.Dossier), p => $"/ho-so/{p.Dossier}/sua", Form(("index", "0"), ("row", "0")), Form(("index", "0"), ("row", "0"))),
        R("POST /ho-so/{id:int}/sua?handler=Nhap", Scoped(Resource.OwnDossier), p => $"/ho-so/{p.Dossier}/sua", EmptyForm, EmptyForm),
        R("POST /ho-so/{id:int}/sua?handler=Luu", Scoped(Resource.OwnDossier), p => $"/ho-so/{p.Dossier}/sua", EmptyForm, EmptyForm),
        R("POST /ho-so/{id:int}/sua?handler=Gui", Scoped(Resource.OwnDossier), p => $"/ho-so/{p.Dossier}/sua", EmptyForm, EmptyForm),
        R("PUT /api/nominations/{id:int}", Scoped(Resource.OwnDossier), p => $"/api/nominations/{p.Dossier}", Json(ValidDossier), EmptyJson),
        R("POST /api/nominations/{id:int}/attachments", Scoped(Resource.OwnDossier), p => $"/api/nominations/{p.Dossier}/attachments",
            Upload("file", "thu-quyen.pdf", "application/pdf", ("kind", "other")), (_, _) => new MultipartFormDataContent { { new StringContent("x"), "kind" } }),
        R("POST /api/nominations/{id:int}/submit", Scoped(Resource.OwnDossier), p => $"/api/nominations/{p.Dossier}/submit"),
        R("POST /api/nominations/{id:int}/withdraw", Scoped(Resource.OwnDossier), p => $"/api/nominations/{p.Dossier}/withdraw",
            Json(new { reason = "thử quyền" }), Json(new { reason = TooLong })),
        R("POST /ho-so/{id:int}?handler=Gui", Scoped(Resource.OwnDossier), p => $"/ho-so/{p.Dossier}", EmptyForm),
        R("POST /ho-so/{id:int}?handler=Rut", Scoped(Resource.OwnDossier), p => $"/ho-so/{p.Dossier}", Form(("reason", "thử quyền")), Form(("reason", TooLong))),
        R("POST /ho-so/{id:int}?handler=DinhKem", Scoped(Resource.OwnDossier), p => $"/ho-so/{p.Dossier}",
            Upload("file", "thu-quyen.pdf", "application/pdf"), EmptyForm),

        // A postponed nominee is resumed by PV05 of the dossier's province (ResumeNominee).
        R("POST /api/nominations/{id:int}/nominees/{nomineeId:int}/resume", Scoped(Resource.PostponedNominee, "PV05", c => c.SignedIn),
            p => $"/api/nominations/{p.Dossier}/nominees/{p.Nominee}/resume", Json(new { reason = "thử quyền" }), Json(new { reason = TooLong })),
        R("POST /dot-khen-thuong/{id:int}?handler=Resume", Scoped(Resource.PostponedNominee, "PV05", c => c.SignedIn),
            p => $"/dot-khen-thuong/{p.Round}", (p, t) => Form(("Resume.NominationId", $"{p.Dossier}"), ("Resume.NomineeId", $"{p.Nominee}"), ("Resume.Reason", "thử quyền"))(p, t),
            (p, t) => Form(("Resume.NominationId", $"{p.Dossier}"), ("Resume.NomineeId", $"{p.Nominee}"), ("Resume.Reason", TooLong))(p, t)),

        // A step: its page for those who may read its dossier; completed by the role it is routed to, in its unit.
        R("GET /nhiem-vu/{id:guid}", Scoped(Resource.Step), p => $"/nhiem-vu/{p.Task}"),
        R("GET /api/tasks/{id:guid}", Scoped(Resource.Step), p => $"/api/tasks/{p.Task}"),
        // Taking a shared step changes who may complete it: allowed callers are not sent (the matrix completes steps too).
        R("POST /api/tasks/{id:guid}/claim", Scoped(Resource.MyStep), p => $"/api/tasks/{p.Task}/claim"),
        R("POST /api/tasks/{id:guid}/release", Scoped(Resource.MyStep), p => $"/api/tasks/{p.Task}/release"),
        // A criterion to verify is confirmed by a reviewer holding an open step of the dossier (ConfirmCriterion), never its unit.
        R("POST /api/nominations/{id:int}/nominees/{nomineeId:int}/eligibility/confirm",
            Scoped(Resource.MyStep, "reviewers", c => !c.Roles.Contains(Roles.UnitClerk)),
            p => $"/api/nominations/{p.Dossier}/nominees/{p.Nominee}/eligibility/confirm",
            Json(new { ruleId = 0, reason = "thử quyền" }), Json(new { ruleId = 0, reason = TooLong })),
        R("POST /nhiem-vu/{id:guid}?handler=Confirm", Scoped(Resource.MyStep, "reviewers", c => !c.Roles.Contains(Roles.UnitClerk)),
            p => $"/nhiem-vu/{p.Task}", (p, t) => Form(("nomineeId", $"{p.Nominee}"), ("ruleId", "0"), ("reason", "thử quyền"))(p, t),
            (p, t) => Form(("nomineeId", $"{p.Nominee}"), ("ruleId", "0"), ("reason", TooLong))(p, t)),
        R("POST /nhiem-vu/{id:guid}?handler=Claim", Scoped(Resource.MyStep), p => $"/nhiem-vu/{p.Task}", EmptyForm),
        R("POST /nhiem-vu/{id:guid}?handler=Release", Scoped(Resource.MyStep), p => $"/nhiem-vu/{p.Task}", EmptyForm),
        R("GET /nhiem-vu/{id:guid}/so-do", Scoped(Resource.Step), p => $"/nhiem-vu/{p.Task}/so-do"),
        R("GET /nhiem-vu/{id:guid}/tep/{attachmentId:int}", Scoped(Resource.Step), p => $"/nhiem-vu/{p.Task}/tep/{p.Attachment}"),
        R("POST /api/tasks/{id:guid}/complete", Scoped(Resource.MyStep), p => $"/api/tasks/{p.Task}/complete",
            Json(new { outcome = "approve", comment = "thử quyền" }), Json(new { outcome = "khong-co-ket-qua-nay" })),
        R("POST /nhiem-vu/{id:guid}", Scoped(Resource.MyStep), p => $"/nhiem-vu/{p.Task}", Form(("Outcome", "approve"), ("Comment", "thử quyền")), Form(("Outcome", "khong-co-ket-qua-nay"))),
        // A unit never postpones its own dossier (PostponeNomination).
        R("POST /api/tasks/{id:guid}/postpone", Scoped(Resource.MyStep, "reviewers", c => !c.Roles.Contains(Roles.UnitClerk)), p => $"/api/tasks/{p.Task}/postpone",
            Json(new { reason = "thử quyền" }), Json(new { reason = TooLong })),
        R("POST /nhiem-vu/{id:guid}?handler=Postpone", Scoped(Resource.MyStep, "reviewers", c => !c.Roles.Contains(Roles.UnitClerk)), p => $"/nhiem-vu/{p.Task}",
            Form(("reason", "thử quyền")), Form(("reason", TooLong))),

        // A decision: read by those it may show to; signed at its issuer; its draft edited and its signed copy uploaded by its office.
        R("GET /api/decisions/{id:int}", Scoped(Resource.Decision), p => $"/api/decisions/{p.Decision}"),
        R("GET /api/decisions/{id:int}/document.docx", Scoped(Resource.Decision), p => $"/api/decisions/{p.Decision}/document.docx"),
        R("GET /api/decisions/{id:int}/document.pdf", Scoped(Resource.Decision), p => $"/api/decisions/{p.Decision}/document.pdf"),
        R("GET /api/decisions/{id:int}/certificates.pdf", Scoped(Resource.Decision), p => $"/api/decisions/{p.Decision}/certificates.pdf"),
        R("GET /api/decisions/{id:int}/signed-copy", Scoped(Resource.Decision), p => $"/api/decisions/{p.Decision}/signed-copy"),
        R("GET /api/decisions/{id:int}/signed-copies/{copyId:int}", Scoped(Resource.Decision), p => $"/api/decisions/{p.Decision}/signed-copies/{p.SignedCopy}"),
        R("GET /quyet-dinh/{id:int}", Scoped(Resource.Decision), p => $"/quyet-dinh/{p.Decision}"),
        R("GET /quyet-dinh/{id:int}/tai-ve.docx", Scoped(Resource.Decision), p => $"/quyet-dinh/{p.Decision}/tai-ve.docx"),
        R("GET /quyet-dinh/{id:int}/tai-ve.pdf", Scoped(Resource.Decision), p => $"/quyet-dinh/{p.Decision}/tai-ve.pdf"),
        R("GET /quyet-dinh/{id:int}/giay-chung-nhan.pdf", Scoped(Resource.Decision), p => $"/quyet-dinh/{p.Decision}/giay-chung-nhan.pdf"),
        R("GET /quyet-dinh/{id:int}/ban-da-ky.pdf", Scoped(Resource.Decision), p => $"/quyet-dinh/{p.Decision}/ban-da-ky.pdf"),
        R("GET /quyet-dinh/{id:int}/ban-da-ky/{copyId:int}.pdf", Scoped(Resource.Decision), p => $"/quyet-dinh/{p.Decision}/ban-da-ky/{p.SignedCopy}.pdf"),
        R("POST /api/decisions/{id:int}/sign", Scoped(Resource.SignersDecision), p => $"/api/decisions/{p.Decision}/sign", EmptyJson),
        R("POST /quyet-dinh/{id:int}?handler=Sign", Scoped(Resource.SignersDecision), p => $"/quyet-dinh/{p.Decision}", EmptyForm),
        R("POST /api/decisions/{id:int}/leave-out", Scoped(Resource.OfficesDecision), p => $"/api/decisions/{p.Decision}/leave-out",
            Json(p => new { nomineeId = p.Nominee, reason = "thử quyền" }), Json(new { nomineeId = 0, reason = TooLong })),
        R("POST /quyet-dinh/{id:int}?handler=LeaveOut", Scoped(Resource.OfficesDecision), p => $"/quyet-dinh/{p.Decision}",
            (p, t) => Form(("nomineeId", $"{p.Nominee}"), ("reason", "thử quyền"))(p, t), Form(("nomineeId", "0"), ("reason", TooLong))),
        R("DELETE /api/decisions/{id:int}", Scoped(Resource.OfficesDecision), p => $"/api/decisions/{p.Decision}"),
        R("POST /quyet-dinh/{id:int}?handler=Discard", Scoped(Resource.OfficesDecision), p => $"/quyet-dinh/{p.Decision}", EmptyForm),
        R("POST /api/decisions/{id:int}/signed-copy", Scoped(Resource.OfficesDecision), p => $"/api/decisions/{p.Decision}/signed-copy",
            Upload("file", "ban-da-ky.pdf", "application/pdf"), (_, _) => new MultipartFormDataContent { { new StringContent("x"), "note" } }),
        R("POST /quyet-dinh/{id:int}?handler=BanDaKy", Scoped(Resource.OfficesDecision), p => $"/quyet-dinh/{p.Decision}",
            Upload("file", "ban-da-ky.pdf", "application/pdf"), EmptyForm),
        R("POST /api/decisions/{id:int}/revoke", Admin, p => $"/api/decisions/{p.Decision}/revoke", Json(new { reason = "thử quyền" }), Json(new { reason = "" })),

        // Rounds as a whole: the emulation offices and the deciders' side (RoundAccess); consolidated by PV05.
        R("GET /api/rounds", Holders(RoundWorkers), _ => "/api/rounds"),
        R("GET /dot-khen-thuong", Holders(RoundWorkers), _ => "/dot-khen-thuong"),
        R("GET /api/rounds/{id:int}", Scoped(Resource.Round), p => $"/api/rounds/{p.Round}"),
        // The council's view of a round: the council, PV05 (its secretariat) and administrators of the province (RoundAccess.CouncilOfAsync).
        R("GET /api/rounds/{id:int}/council", Holders(Roles.Admin, Roles.Council, Roles.Pv05Reviewer), p => $"/api/rounds/{p.Round}/council"),
        R("POST /api/rounds/{id:int}/council/votes", Holders(Roles.Admin, Roles.Council, Roles.Pv05Reviewer), p => $"/api/rounds/{p.Round}/council/votes",
            Json(p => new { votes = new[] { new { nomineeId = p.Nominee, votes = 1 } } }), Json(new { votes = Array.Empty<object>() })),
        R("GET /hoi-dong/{id:int?}", Holders(Roles.Admin, Roles.Council, Roles.Pv05Reviewer), p => $"/hoi-dong/{p.Round}"),
        R("POST /hoi-dong/{id:int?}?handler=Votes", Holders(Roles.Admin, Roles.Council, Roles.Pv05Reviewer), p => $"/hoi-dong/{p.Round}",
            Form(("Votes[0].NomineeId", "1"), ("Votes[0].Votes", "1")), EmptyForm),
        R("GET /api/rounds/{id:int}/proposal.docx", Scoped(Resource.ProposalRound), p => $"/api/rounds/{p.Round}/proposal.docx"),
        R("GET /api/rounds/{id:int}/proposal.pdf", Scoped(Resource.ProposalRound), p => $"/api/rounds/{p.Round}/proposal.pdf"),
        R("GET /api/rounds/{id:int}/medal-list.docx", Scoped(Resource.ProposalRound), p => $"/api/rounds/{p.Round}/medal-list.docx"),
        R("GET /api/rounds/{id:int}/medal-list.pdf", Scoped(Resource.ProposalRound), p => $"/api/rounds/{p.Round}/medal-list.pdf"),
        R("GET /dot-khen-thuong/{id:int}", Scoped(Resource.Round), p => $"/dot-khen-thuong/{p.Round}"),
        R("GET /dot-khen-thuong/{id:int}/to-trinh.docx", Scoped(Resource.ProposalRound), p => $"/dot-khen-thuong/{p.Round}/to-trinh.docx"),
        R("GET /dot-khen-thuong/{id:int}/to-trinh.pdf", Scoped(Resource.ProposalRound), p => $"/dot-khen-thuong/{p.Round}/to-trinh.pdf"),
        R("GET /dot-khen-thuong/{id:int}/danh-sach-trich-ngang.docx", Scoped(Resource.ProposalRound), p => $"/dot-khen-thuong/{p.Round}/danh-sach-trich-ngang.docx"),
        R("GET /dot-khen-thuong/{id:int}/danh-sach-trich-ngang.pdf", Scoped(Resource.ProposalRound), p => $"/dot-khen-thuong/{p.Round}/danh-sach-trich-ngang.pdf"),
        R("POST /api/rounds/{id:int}/consolidate", Scoped(Resource.Round, "PV05", c => c.IsAdmin || c.Roles.Contains(Roles.Pv05Reviewer)),
            p => $"/api/rounds/{p.Round}/consolidate"),
        R("POST /dot-khen-thuong/{id:int}?handler=Consolidate", Scoped(Resource.Round, "PV05", c => c.IsAdmin || c.Roles.Contains(Roles.Pv05Reviewer)),
            p => $"/dot-khen-thuong/{p.Round}", EmptyForm),
        // The public's comments on a round: PV05, the director, V05 (ListRoundFeedback).
        R("GET /api/rounds/{id:int}/feedback", Holders(Roles.Admin, Roles.Pv05Reviewer, Roles.Director, Roles.V05Reviewer), p => $"/api/rounds/{p.Round}/feedback"),

        // Administrators only (the AdminOnly policy, the /QuanTri folder, and the handlers' own check).
        R("GET /api/docs/{documentName?}", Admin, _ => "/api/docs/v1"),

        R("GET /api/workflows", Admin, _ => "/api/workflows"),
        R("POST /api/workflows", Admin, _ => "/api/workflows", EmptyJson, EmptyJson),
        R("GET /api/workflows/{key}/versions/{version:int}", Admin, p => $"/api/workflows/{p.Workflow}/versions/{p.Version}"),
        R("POST /api/workflows/{key}/versions", Admin, p => $"/api/workflows/{p.Workflow}/versions", Raw("<definitions/>", "application/xml"), Raw("not xml", "application/xml")),
        R("PUT /api/workflows/{key}/versions/{version:int}", Admin, p => $"/api/workflows/{p.Workflow}/versions/{p.Version}", Raw("<definitions/>", "application/xml"), Raw("<definitions/>", "application/xml")),
        R("DELETE /api/workflows/{key}/versions/{version:int}", Admin, p => $"/api/workflows/{p.Workflow}/versions/{p.Version}", null, (_, _) => new StringContent("")),
        R("GET /api/workflows/{key}/compare", Admin, p => $"/api/workflows/{p.Workflow}/compare?from=1&to=2"),
        R("GET /api/workflows/{key}/versions/{version:int}/heat", Admin, p => $"/api/workflows/{p.Workflow}/versions/{p.Version}/heat"),
        R("GET /api/workflows/dossiers/{nominationId:int}", Admin, p => $"/api/workflows/dossiers/{p.Dossier}"),
        R("POST /api/workflows/{key}/versions/{version:int}/publish", Admin, p => $"/api/workflows/{p.Workflow}/versions/{p.Version}/publish"),
        R("GET /api/email-templates", Admin, _ => "/api/email-templates"),
        R("GET /api/email-templates/{key}", Admin, p => $"/api/email-templates/{p.Template}"),
        R("PUT /api/email-templates/{key}", Admin, p => $"/api/email-templates/{p.Template}", EmptyJson, EmptyJson),
        R("POST /api/email-templates/{key}/preview", Admin, p => $"/api/email-templates/{p.Template}/preview", EmptyJson, EmptyJson),
        R("GET /api/outbox", Admin, _ => "/api/outbox"),
        R("POST /api/outbox/{id:long}/retry", Admin, _ => "/api/outbox/999999/retry", null, (_, _) => new StringContent("")),
        R("GET /api/admin/timers", Admin, _ => "/api/admin/timers"),
        R("GET /api/admin/backups", Admin, _ => "/api/admin/backups"),
        // The eligibility criteria per award type, and the units designated as difficult areas.
        R("GET /api/admin/award-types/{id:int}/eligibility", Admin, p => $"/api/admin/award-types/{p.AwardType}/eligibility"),
        R("POST /api/admin/award-types/{id:int}/eligibility/groups", Admin, p => $"/api/admin/award-types/{p.AwardType}/eligibility/groups", EmptyJson, EmptyJson),
        R("POST /api/admin/award-types/{id:int}/eligibility/rules", Admin, p => $"/api/admin/award-types/{p.AwardType}/eligibility/rules", EmptyJson, EmptyJson),
        R("PUT /api/admin/award-types/{id:int}/eligibility/rules/{ruleId:int}", Admin, p => $"/api/admin/award-types/{p.AwardType}/eligibility/rules/999999", EmptyJson, EmptyJson),
        R("DELETE /api/admin/award-types/{id:int}/eligibility/rules/{ruleId:int}", Admin, p => $"/api/admin/award-types/{p.AwardType}/eligibility/rules/999999"),
        R("GET /api/admin/area-designations", Admin, _ => "/api/admin/area-designations"),
        R("POST /api/admin/area-designations", Admin, _ => "/api/admin/area-designations", EmptyJson, EmptyJson),
        R("DELETE /api/admin/area-designations/{areaId:int}", Admin, _ => "/api/admin/area-designations/999999"),
        // Past awards (decisions made before the system) are imported by administrators only.
        R("GET /api/past-awards", Admin, _ => "/api/past-awards"),
        R("GET /api/past-awards/template.xlsx", Admin, _ => "/api/past-awards/template.xlsx"),
        R("POST /api/past-awards/import", Admin, _ => "/api/past-awards/import",
            Upload("file", "lich-su.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        R("GET /api/admin/backups/{name}", Admin, _ => "/api/admin/backups/khong-co.zip"),
        R("POST /api/admin/backups", Admin, _ => "/api/admin/backups"),
        R("POST /api/admin/timers/{id:int}/retry", Admin, p => $"/api/admin/timers/{p.Timer}/retry"),
        R("POST /api/admin/timers/{id:int}/cancel", Admin, p => $"/api/admin/timers/{p.Timer}/cancel"),
        R("GET /api/admin/units", Admin, _ => "/api/admin/units"),
        R("GET /api/admin/units/{id:int}", Admin, p => $"/api/admin/units/{p.Unit}"),
        R("POST /api/admin/units", Admin, _ => "/api/admin/units", EmptyJson, EmptyJson),
        R("POST /api/admin/units/{id:int}/rename", Admin, p => $"/api/admin/units/{p.Unit}/rename", Json(new { name = "Đã đổi tên" }), EmptyJson),
        R("POST /api/admin/units/{id:int}/retire", Admin, p => $"/api/admin/units/{p.Unit}/retire", Json(new { reason = "thử quyền" })),
        R("DELETE /api/admin/units/{id:int}", Admin, p => $"/api/admin/units/{p.Unit}"),
        R("GET /api/admin/accounts", Admin, _ => "/api/admin/accounts"),
        R("GET /api/admin/accounts/{id}", Admin, p => $"/api/admin/accounts/{p.Account}"),
        R("POST /api/admin/accounts", Admin, _ => "/api/admin/accounts", EmptyJson, EmptyJson),
        R("PUT /api/admin/accounts/{id}", Admin, p => $"/api/admin/accounts/{p.Account}", EmptyJson, EmptyJson),
        R("POST /api/admin/accounts/{id}/lock", Admin, p => $"/api/admin/accounts/{p.Account}/lock"),
        R("POST /api/admin/accounts/{id}/unlock", Admin, p => $"/api/admin/accounts/{p.Account}/unlock"),
        R("POST /api/admin/accounts/{id}/reset-password", Admin, p => $"/api/admin/accounts/{p.Account}/reset-password", Json(new { password = "Khac@2026" }), EmptyJson),
        R("GET /api/admin/award-types", Admin, _ => "/api/admin/award-types"),
        R("PUT /api/admin/award-types/{id:int}", Admin, p => $"/api/admin/award-types/{p.AwardType}", EmptyJson, EmptyJson),
        R("POST /api/admin/award-types", Admin, _ => "/api/admin/award-types", EmptyJson, EmptyJson),
        R("GET /api/admin/award-types/{id:int}/parts", Admin, p => $"/api/admin/award-types/{p.AwardType}/parts"),
        R("POST /api/admin/award-types/{id:int}/parts", Admin, p => $"/api/admin/award-types/{p.AwardType}/parts", EmptyJson, EmptyJson),
        R("PUT /api/admin/award-types/{id:int}/parts/{partId:int}", Admin, p => $"/api/admin/award-types/{p.AwardType}/parts/{p.Part}", EmptyJson, EmptyJson),
        R("PUT /api/admin/award-types/{id:int}/parts/order", Admin, p => $"/api/admin/award-types/{p.AwardType}/parts/order", EmptyJson, EmptyJson),
        R("DELETE /api/admin/award-types/{id:int}/parts/{partId:int}", Admin, p => $"/api/admin/award-types/{p.AwardType}/parts/{p.Part}"),
        R("GET /api/admin/award-types/{id:int}/certificate-layout", Admin, p => $"/api/admin/award-types/{p.AwardType}/certificate-layout"),
        R("PUT /api/admin/award-types/{id:int}/certificate-layout", Admin, p => $"/api/admin/award-types/{p.AwardType}/certificate-layout", EmptyJson, Raw("not json", "application/json")),
        R("DELETE /api/admin/award-types/{id:int}/certificate-layout", Admin, p => $"/api/admin/award-types/{p.AwardType}/certificate-layout"),
        R("GET /api/admin/certificate-layout", Admin, _ => "/api/admin/certificate-layout"),
        R("PUT /api/admin/certificate-layout", Admin, _ => "/api/admin/certificate-layout", EmptyJson, Raw("not json", "application/json")),
        R("DELETE /api/admin/certificate-layout", Admin, _ => "/api/admin/certificate-layout"),
        R("GET /api/admin/report-columns", Admin, _ => "/api/admin/report-columns"),
        R("PUT /api/admin/report-columns/{awardTypeId:int}", Admin, p => $"/api/admin/report-columns/{p.AwardType}", EmptyJson, EmptyJson),
        R("GET /api/admin/issuers", Admin, _ => "/api/admin/issuers"),
        R("POST /api/admin/issuers", Admin, _ => "/api/admin/issuers", EmptyJson, EmptyJson),
        R("PUT /api/admin/issuers/{id:int}", Admin, p => $"/api/admin/issuers/{p.Issuer}", EmptyJson, EmptyJson),
        R("GET /api/admin/rounds", Admin, _ => "/api/admin/rounds"),
        R("POST /api/admin/rounds", Admin, _ => "/api/admin/rounds", EmptyJson, EmptyJson),
        R("PUT /api/admin/rounds/{id:int}", Admin, p => $"/api/admin/rounds/{p.Round}", EmptyJson, EmptyJson),
        R("POST /api/admin/rounds/{id:int}/close", Admin, p => $"/api/admin/rounds/{p.Round}/close"),
        R("POST /api/admin/rounds/{id:int}/reopen", Admin, p => $"/api/admin/rounds/{p.Round}/reopen", Json(new { until = "2026-12-31", reason = "thử quyền" }), EmptyJson),
        R("GET /api/admin/holidays", Admin, _ => "/api/admin/holidays?year=2026"),
        R("POST /api/admin/holidays", Admin, _ => "/api/admin/holidays", Json(new { date = "2026-12-30", name = "Thử quyền" }), EmptyJson),
        R("DELETE /api/admin/holidays/{id:int}", Admin, p => $"/api/admin/holidays/{p.Holiday}"),
        R("POST /api/admin/statistics/rebuild", Admin, _ => "/api/admin/statistics/rebuild"),
        R("GET /api/admin/audit", Admin, _ => "/api/admin/audit"),
        R("POST /api/admin/decisions/{id:int}/revoke", Admin, p => $"/api/admin/decisions/{p.Decision}/revoke", Json(new { reason = "thử quyền" }), Json(new { reason = "" })),

        R("GET /quan-tri", Admin, _ => "/quan-tri"),
        R("GET /quan-tri/co-quan-ban-hanh", Admin, _ => "/quan-tri/co-quan-ban-hanh"),
        R("POST /quan-tri/co-quan-ban-hanh", Admin, _ => "/quan-tri/co-quan-ban-hanh", EmptyForm),
        R("GET /quan-tri/don-vi", Admin, _ => "/quan-tri/don-vi"),
        R("POST /quan-tri/don-vi", Admin, _ => "/quan-tri/don-vi", EmptyForm),
        R("GET /quan-tri/don-vi/{id:int}", Admin, p => $"/quan-tri/don-vi/{p.Unit}"),
        R("POST /quan-tri/don-vi/{id:int}?handler=Rename", Admin, p => $"/quan-tri/don-vi/{p.Unit}", Form(("Name", "Đã đổi tên"))),
        R("POST /quan-tri/don-vi/{id:int}?handler=Retire", Admin, p => $"/quan-tri/don-vi/{p.Unit}", Form(("Reason", "thử quyền"))),
        R("POST /quan-tri/don-vi/{id:int}?handler=Delete", Admin, p => $"/quan-tri/don-vi/{p.Unit}", EmptyForm),
        R("GET /quan-tri/dot-khen-thuong", Admin, _ => "/quan-tri/dot-khen-thuong"),
        R("POST /quan-tri/dot-khen-thuong", Admin, _ => "/quan-tri/dot-khen-thuong", EmptyForm),
        R("POST /quan-tri/dot-khen-thuong?handler=Reopen", Admin, p => "/quan-tri/dot-khen-thuong", (p, t) => Form(("id", $"{p.Round}"), ("until", "31/12/2026"), ("reason", "thử quyền"))(p, t)),
        R("POST /quan-tri/dot-khen-thuong?handler=Close", Admin, p => "/quan-tri/dot-khen-thuong", (p, t) => Form(("id", $"{p.Round}"))(p, t)),
        R("GET /quan-tri/giay-chung-nhan", Admin, _ => "/quan-tri/giay-chung-nhan"),
        R("GET /quan-tri/giay-chung-nhan?handler=XemThu", Admin, p => $"/quan-tri/giay-chung-nhan?loai={p.AwardType}"),
        R("POST /quan-tri/giay-chung-nhan?handler=XemThu", Admin, p => $"/quan-tri/giay-chung-nhan", EmptyForm),
        R("POST /quan-tri/giay-chung-nhan?handler=Luu", Admin, p => $"/quan-tri/giay-chung-nhan", EmptyForm),
        R("POST /quan-tri/giay-chung-nhan?handler=KhoiPhuc", Admin, p => $"/quan-tri/giay-chung-nhan", (p, t) => Form(("loai", $"{p.AwardType}"))(p, t)),
        R("GET /quan-tri/hen-gio", Admin, _ => "/quan-tri/hen-gio"),
        R("GET /quan-tri/sao-luu", Admin, _ => "/quan-tri/sao-luu"),
        R("GET /quan-tri/loai-khen-thuong/{id:int}/tieu-chuan", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}/tieu-chuan"),
        R("POST /quan-tri/loai-khen-thuong/{id:int}/tieu-chuan?handler=Group", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}/tieu-chuan", EmptyForm),
        R("POST /quan-tri/loai-khen-thuong/{id:int}/tieu-chuan?handler=Remove", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}/tieu-chuan", EmptyForm),
        R("POST /quan-tri/loai-khen-thuong/{id:int}/tieu-chuan?handler=Save", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}/tieu-chuan", EmptyForm),
        R("GET /quan-tri/lich-su-khen-thuong", Admin, _ => "/quan-tri/lich-su-khen-thuong"),
        R("GET /quan-tri/lich-su-khen-thuong?handler=Mau", Admin, _ => "/quan-tri/lich-su-khen-thuong"),
        R("POST /quan-tri/lich-su-khen-thuong", Admin, _ => "/quan-tri/lich-su-khen-thuong", EmptyForm),
        R("GET /quan-tri/sao-luu?handler=Download", Admin, _ => "/quan-tri/sao-luu?name=khong-co.zip"),
        R("POST /quan-tri/sao-luu", Admin, _ => "/quan-tri/sao-luu", EmptyForm),
        R("POST /quan-tri/hen-gio?handler=Retry", Admin, _ => "/quan-tri/hen-gio", (p, t) => Form(("id", $"{p.Timer}"))(p, t)),
        R("POST /quan-tri/hen-gio?handler=Cancel", Admin, _ => "/quan-tri/hen-gio", (p, t) => Form(("id", $"{p.Timer}"))(p, t)),
        R("GET /quan-tri/cot-bieu-mau", Admin, _ => "/quan-tri/cot-bieu-mau"),
        R("POST /quan-tri/cot-bieu-mau", Admin, _ => "/quan-tri/cot-bieu-mau", EmptyForm, EmptyForm),
        R("GET /quan-tri/lich-nghi", Admin, _ => "/quan-tri/lich-nghi"),
        R("POST /quan-tri/lich-nghi", Admin, _ => "/quan-tri/lich-nghi", Form(("Date", "30/12/2026"), ("Name", "Thử quyền"))),
        R("POST /quan-tri/lich-nghi?handler=Remove", Admin, _ => "/quan-tri/lich-nghi", (p, t) => Form(("id", $"{p.Holiday}"))(p, t)),
        R("GET /quan-tri/loai-khen-thuong", Admin, _ => "/quan-tri/loai-khen-thuong"),
        R("GET /quan-tri/loai-khen-thuong/{id:int}", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}"),
        R("POST /quan-tri/loai-khen-thuong/{id:int}", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}", EmptyForm),
        R("GET /quan-tri/loai-khen-thuong/tao-moi", Admin, _ => "/quan-tri/loai-khen-thuong/tao-moi"),
        R("POST /quan-tri/loai-khen-thuong/tao-moi", Admin, _ => "/quan-tri/loai-khen-thuong/tao-moi",
            Form(("Input.Code", "THU-QUYEN"), ("Input.Name", "Thử quyền"), ("Input.Decider", "Thử quyền"), ("Input.IssuerKind", IssuerKinds.ProvincePolice),
                ("Input.AllowsIndividuals", "true"), ("Input.WorkflowKey", DefaultWorkflows.GiayKhen)), EmptyForm),
        R("GET /quan-tri/loai-khen-thuong/{id:int}/thanh-phan", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}/thanh-phan"),
        R("POST /quan-tri/loai-khen-thuong/{id:int}/thanh-phan?handler=Add", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}/thanh-phan", Form(("Name", "Thử quyền"))),
        R("POST /quan-tri/loai-khen-thuong/{id:int}/thanh-phan?handler=Rename", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}/thanh-phan", (p, t) => Form(("partId", $"{p.Part}"), ("name", "Thử quyền"))(p, t)),
        R("POST /quan-tri/loai-khen-thuong/{id:int}/thanh-phan?handler=Move", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}/thanh-phan", (p, t) => Form(("partId", $"{p.Part}"), ("up", "false"))(p, t)),
        R("POST /quan-tri/loai-khen-thuong/{id:int}/thanh-phan?handler=Remove", Admin, p => $"/quan-tri/loai-khen-thuong/{p.AwardType}/thanh-phan", (p, t) => Form(("partId", $"{p.Part}"))(p, t)),
        R("GET /quan-tri/mau-thu/{key?}", Admin, p => $"/quan-tri/mau-thu/{p.Template}"),
        R("POST /quan-tri/mau-thu/{key?}?handler=Preview", Admin, p => $"/quan-tri/mau-thu/{p.Template}", EmptyForm),
        R("POST /quan-tri/mau-thu/{key?}?handler=Save", Admin, p => $"/quan-tri/mau-thu/{p.Template}", EmptyForm),
        R("GET /quan-tri/nhat-ky", Admin, _ => "/quan-tri/nhat-ky"),
        R("GET /quan-tri/quy-trinh", Admin, _ => "/quan-tri/quy-trinh"),
        R("POST /quan-tri/quy-trinh?handler=Create", Admin, _ => "/quan-tri/quy-trinh", Form(("Name", "Thử quyền"), ("Key", "thu-quyen"))),
        R("POST /quan-tri/quy-trinh?handler=NewDraft", Admin, p => "/quan-tri/quy-trinh", (p, t) => Form(("key", p.Workflow), ("version", $"{p.Version}"))(p, t)),
        R("POST /quan-tri/quy-trinh?handler=Upload", Admin, p => "/quan-tri/quy-trinh", Upload("file", "thu.bpmn", "application/xml", ("key", "giay-khen-cat"))),
        R("POST /quan-tri/quy-trinh?handler=Publish", Admin, p => "/quan-tri/quy-trinh", (p, t) => Form(("key", p.Workflow), ("version", $"{p.Version}"))(p, t)),
        R("GET /quan-tri/quy-trinh/ho-so/{nominationId:int}", Admin, p => $"/quan-tri/quy-trinh/ho-so/{p.Dossier}"),
        R("GET /quan-tri/quy-trinh/{key}/{version:int}/nhiet", Admin, p => $"/quan-tri/quy-trinh/{p.Workflow}/{p.Version}/nhiet"),
        R("GET /quan-tri/quy-trinh/{key}/so-sanh", Admin, p => $"/quan-tri/quy-trinh/{p.Workflow}/so-sanh?tu=1&den=2"),
        R("GET /quan-tri/quy-trinh/{key}/{version:int}", Admin, p => $"/quan-tri/quy-trinh/{p.Workflow}/{p.Version}"),
        R("GET /quan-tri/quy-trinh/{key}/{version:int}?handler=Xml", Admin, p => $"/quan-tri/quy-trinh/{p.Workflow}/{p.Version}"),
        R("GET /quan-tri/quy-trinh/{key}/{version:int}?handler=Download", Admin, p => $"/quan-tri/quy-trinh/{p.Workflow}/{p.Version}"),
        R("POST /quan-tri/quy-trinh/{key}/{version:int}?handler=Save", Admin, p => $"/quan-tri/quy-trinh/{p.Workflow}/{p.Version}", Raw("<definitions/>", "application/xml")),
        R("POST /quan-tri/quy-trinh/{key}/{version:int}?handler=Discard", Admin, p => $"/quan-tri/quy-trinh/{p.Workflow}/{p.Version}", EmptyForm),
        R("POST /quan-tri/quy-trinh/{key}/{version:int}?handler=Publish", Admin, p => $"/quan-tri/quy-trinh/{p.Workflow}/{p.Version}", EmptyForm),
        R("GET /quan-tri/quyet-dinh", Admin, _ => "/quan-tri/quyet-dinh"),
        R("GET /quan-tri/quyet-dinh/{id:int}/thu-hoi", Admin, p => $"/quan-tri/quyet-dinh/{p.Decision}/thu-hoi"),
        R("POST /quan-tri/quyet-dinh/{id:int}/thu-hoi", Admin, p => $"/quan-tri/quyet-dinh/{p.Decision}/thu-hoi", Form(("Reason", "thử quyền"))),
        R("GET /quan-tri/tai-khoan", Admin, _ => "/quan-tri/tai-khoan"),
        R("GET /quan-tri/tai-khoan/{id}", Admin, p => $"/quan-tri/tai-khoan/{p.Account}"),
        R("POST /quan-tri/tai-khoan/{id}", Admin, p => $"/quan-tri/tai-khoan/{p.Account}", EmptyForm),
        R("POST /quan-tri/tai-khoan/{id}?handler=Lock", Admin, p => $"/quan-tri/tai-khoan/{p.Account}", EmptyForm),
        R("POST /quan-tri/tai-khoan/{id}?handler=Unlock", Admin, p => $"/quan-tri/tai-khoan/{p.Account}", EmptyForm),
        R("POST /quan-tri/tai-khoan/{id}?handler=Password", Admin, p => $"/quan-tri/tai-khoan/{p.Account}", Form(("NewPassword", "Khac@2026"))),
        R("GET /quan-tri/tai-khoan/tao-moi", Admin, _ => "/quan-tri/tai-khoan/tao-moi"),
        R("POST /quan-tri/tai-khoan/tao-moi", Admin, _ => "/quan-tri/tai-khoan/tao-moi", EmptyForm),
        R("GET /quan-tri/thu-gui", Admin, _ => "/quan-tri/thu-gui"),
        R("POST /quan-tri/thu-gui?handler=Retry", Admin, _ => "/quan-tri/thu-gui", (p, t) => Form(("id", $"{p.Outbox}"))(p, t)),
    ];
}
