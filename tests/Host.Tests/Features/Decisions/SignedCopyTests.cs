using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Documents;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Features.Decisions;

public class SignedCopyTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 2, 1, 15, 0, TimeSpan.Zero);

    /// <summary>A dossier of Xã Đông Tiến in a round of its own, taken along the Giấy khen path to the round's signed decision.</summary>
    internal static async Task<int> DecidedAsync(AwardsApp app, string unitCode = "TH-DONGTIEN")
    {
        var round = await TestRounds.NewAsync(app, GiayKhen);
        var id = await SubmitAsync(app, GiayKhen, unitCode, roundId: round);
        await ThroughRoundReviewAsync(app, id, unitCode.StartsWith("TH-HACTHANH", StringComparison.Ordinal) ? "congan.hacthanh" : "congan.dongtien");
        return await TestRounds.DecideAsync(app, round);
    }

    internal static MultipartFormDataContent Form(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private async Task<HttpResponseMessage> UploadAsync(string userName, int decisionId, byte[] pdf, string fileName = "QĐ 05 đã ký.pdf") =>
        await (await app.ClientForAsync(userName)).PostAsync($"/api/decisions/{decisionId}/signed-copy", Form(pdf, fileName));

    private static byte[] SignedDecision()
    {
        using var certificate = TestPdfs.Certificate();
        return TestPdfs.Sign(TestPdfs.Unsigned(), certificate, SignedAt);
    }

    private Task<int> StoredCopiesAsync(int decisionId) =>
        app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().SignedDecisionCopies.CountAsync(c => c.DecisionId == decisionId));

    private int FilesOnDisk() => Directory.Exists(app.AttachmentsFolder) ? Directory.GetFiles(app.AttachmentsFolder, "*", SearchOption.AllDirectories).Length : 0;

    [Fact]
    public async Task Pv05_uploads_the_digitally_signed_decision_and_it_becomes_the_official_file()
    {
        var id = await DecidedAsync(app);
        var pdf = SignedDecision();

        var response = await UploadAsync("pv05.thanhhoa", id, pdf);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/decisions/{id}/signed-copy", response.Headers.Location?.OriginalString);
        var decision = await (await app.ClientForAsync("thidua.dongtien")).GetFromJsonAsync<JsonElement>($"/api/decisions/{id}");
        var copy = decision.GetProperty("signedCopy");
        Assert.Equal("Nguyễn Văn Giám", copy.GetProperty("signer").GetString());
        Assert.Equal("Công an tỉnh Thanh Hóa", copy.GetProperty("organisation").GetString());
        Assert.Equal(SignedAt, copy.GetProperty("signingTime").GetDateTimeOffset());
        Assert.True(copy.GetProperty("valid").GetBoolean());
        Assert.True(copy.GetProperty("unchanged").GetBoolean());
        Assert.False(copy.GetProperty("trusted").GetBoolean());
        Assert.Equal(app.Clock.GetUtcNow(), copy.GetProperty("uploadedAt").GetDateTimeOffset());
        Assert.Equal("pv05.thanhhoa", copy.GetProperty("uploadedBy").GetString());
        Assert.Equal("QĐ 05 đã ký.pdf", copy.GetProperty("fileName").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), copy.GetProperty("sha256").GetString());
        Assert.Equal("Chữ ký số hợp lệ của Nguyễn Văn Giám (Công an tỉnh Thanh Hóa) lúc 02/11/2026 08:15; tài liệu không bị thay đổi sau khi ký.",
            copy.GetProperty("verification").GetString());
        Assert.Contains("chưa xác minh được tổ chức cấp", copy.GetProperty("trustNotes")[0].GetString());
        Assert.False(decision.GetProperty("mayUploadSignedCopy").GetBoolean());

        var download = await (await app.ClientForAsync("thidua.dongtien")).GetAsync($"/api/decisions/{id}/signed-copy");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("QĐ 05 đã ký.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        var audit = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "UploadSignedCopy.Command" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("pv05.thanhhoa", entry.UserName);
        Assert.Equal("Decisions", entry.EntityType);
        Assert.Contains("QĐ 05 đã ký.pdf", entry.Details);
    }

    [Fact]
    public async Task A_scan_is_accepted_as_a_copy_without_digital_signature()
    {
        var id = await DecidedAsync(app);

        var response = await UploadAsync("admin", id, TestPdfs.Unsigned(), "scan quyết định");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copy = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(copy.GetProperty("digitallySigned").GetBoolean());
        Assert.Equal(JsonValueKind.Null, copy.GetProperty("valid").ValueKind);
        Assert.Equal(JsonValueKind.Null, copy.GetProperty("signer").ValueKind);
        Assert.Equal("Bản quét, không có chữ ký số.", copy.GetProperty("verification").GetString());
        Assert.Equal("scan quyết định.pdf", copy.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task A_tampered_signed_pdf_is_refused_and_nothing_is_kept()
    {
        var id = await DecidedAsync(app);
        var files = FilesOnDisk();

        var response = await UploadAsync("pv05.thanhhoa", id, TestPdfs.Tampered(SignedDecision()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Chữ ký số KHÔNG hợp lệ: tài liệu đã bị sửa sau khi ký. Tệp này không được nhận làm bản chính thức: hãy tải lên đúng tệp đã ký.",
            problem.GetProperty("detail").GetString());
        Assert.Equal(0, await StoredCopiesAsync(id));
        Assert.Equal(files, FilesOnDisk());
    }

    [Fact]
    public async Task A_signed_pdf_edited_after_signing_is_refused_as_changed_after_signing()
    {
        var id = await DecidedAsync(app);

        var response = await UploadAsync("pv05.thanhhoa", id, TestPdfs.EditedAfterSigning(SignedDecision()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.StartsWith("Chữ ký số hợp lệ của Nguyễn Văn Giám (Công an tỉnh Thanh Hóa) lúc 02/11/2026 08:15, nhưng tài liệu đã bị thay đổi sau khi ký", detail);
        Assert.Equal(0, await StoredCopiesAsync(id));
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_or_too_big_is_refused_in_vietnamese()
    {
        var id = await DecidedAsync(app);

        var word = await UploadAsync("pv05.thanhhoa", id, Encoding.ASCII.GetBytes("PK\u0003\u0004word/document.xml"), "quyết định.pdf");
        var big = new byte[20 * 1024 * 1024 + 1];
        "%PDF-1.7\n"u8.CopyTo(big);
        var oversized = await UploadAsync("pv05.thanhhoa", id, big);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, word.StatusCode);
        Assert.Equal("Tệp không phải là PDF (nội dung không bắt đầu bằng “%PDF-”).",
            (await word.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, oversized.StatusCode);
        Assert.Equal("Tệp vượt quá 20 MB.", (await oversized.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, await StoredCopiesAsync(id));
    }

    [Fact]
    public async Task Uploading_again_replaces_the_official_copy_and_keeps_the_history()
    {
        var id = await DecidedAsync(app);
        var scan = TestPdfs.Unsigned();
        var signed = SignedDecision();

        var first = await (await UploadAsync("pv05.thanhhoa", id, scan, "ban-quet.pdf")).Content.ReadFromJsonAsync<JsonElement>();
        app.Clock.Advance(TimeSpan.FromHours(2));
        await UploadAsync("pv05.thanhhoa", id, signed, "ban-ky-so.pdf");

        var client = await app.ClientForAsync("giamdoc.thanhhoa");
        var decision = await client.GetFromJsonAsync<JsonElement>($"/api/decisions/{id}");
        Assert.Equal("ban-ky-so.pdf", decision.GetProperty("signedCopy").GetProperty("fileName").GetString());
        Assert.Equal(["ban-ky-so.pdf", "ban-quet.pdf"], decision.GetProperty("signedCopies").EnumerateArray().Select(c => c.GetProperty("fileName").GetString()));
        Assert.Equal(signed, await client.GetByteArrayAsync($"/api/decisions/{id}/signed-copy"));
        Assert.Equal(scan, await client.GetByteArrayAsync($"/api/decisions/{id}/signed-copies/{first.GetProperty("id").GetInt32()}"));
        Assert.Equal(2, await StoredCopiesAsync(id));
    }

    [Fact]
    public async Task Only_administrators_and_pv05_of_the_province_upload_while_every_reader_downloads()
    {
        var id = await DecidedAsync(app);
        var pdf = SignedDecision();

        foreach (var reader in new[] { "thidua.dongtien", "congan.dongtien", "hoidong.thanhhoa", "giamdoc.thanhhoa" })
        {
            var refused = await UploadAsync(reader, id, pdf);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{reader}: {(int)refused.StatusCode}");
            Assert.Contains("Chỉ quản trị viên và cán bộ Phòng PV05", await refused.Content.ReadAsStringAsync());
        }
        foreach (var stranger in new[] { "thidua.hacthanh", "congan.hacthanh", "v05.bca" })
            Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(stranger, id, pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync("admin")).GetAsync($"/api/decisions/{id}/signed-copy")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await UploadAsync("admin", id, pdf)).StatusCode);
        foreach (var reader in new[] { "thidua.dongtien", "congan.dongtien", "hoidong.thanhhoa", "giamdoc.thanhhoa", "pv05.thanhhoa" })
            Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(reader)).GetAsync($"/api/decisions/{id}/signed-copy")).StatusCode);
        foreach (var stranger in new[] { "thidua.hacthanh", "congan.hacthanh" })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync(stranger)).GetAsync($"/api/decisions/{id}/signed-copy")).StatusCode);
        var admin = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>($"/api/decisions/{id}");
        Assert.True(admin.GetProperty("mayUploadSignedCopy").GetBoolean());
    }

    [Fact]
    public async Task A_revoked_decision_takes_no_signed_copy()
    {
        var id = await DecidedAsync(app);
        await (await app.ClientForAsync("admin")).PostAsJsonAsync($"/api/decisions/{id}/revoke", new { reason = "Hồ sơ khai không đúng sự thật." });

        var response = await UploadAsync("pv05.thanhhoa", id, SignedDecision());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("đã bị thu hồi", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_upload_without_a_file_is_told_what_to_send()
    {
        var id = await DecidedAsync(app);
        var client = await app.ClientForAsync("pv05.thanhhoa");

        var json = await client.PostAsJsonAsync($"/api/decisions/{id}/signed-copy", new { file = "x" });
        var empty = await client.PostAsync($"/api/decisions/{id}/signed-copy", new MultipartFormDataContent { { new StringContent("x"), "other" } });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.StartsWith("Địa chỉ này không nhận kiểu dữ liệu đã gửi", (await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Chưa chọn tệp bản đã ký", await empty.Content.ReadAsStringAsync());
    }
}
