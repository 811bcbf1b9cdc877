using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using static ToanDan.Awards.Host.Tests.Features.Nominations.Dossiers;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public class AttachmentTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    internal static readonly byte[] Pdf = RequiredFiles.Pdf;

    internal static MultipartFormDataContent Form(byte[] bytes, string fileName, string? kind = "achievementReport")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (kind is not null) form.Add(new StringContent(kind), "kind");
        return form;
    }

    [Fact]
    public async Task An_uploaded_pdf_downloads_back_byte_identical_as_an_attachment()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, GiayKhen, Individual());

        var upload = await clerk.PostAsync($"/api/nominations/{id}/attachments", Form(Pdf, "Báo cáo thành tích.pdf"));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var stored = await upload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Báo cáo thành tích.pdf", stored.GetProperty("fileName").GetString());
        Assert.Equal(Pdf.Length, stored.GetProperty("size").GetInt64());
        var attachmentId = stored.GetProperty("id").GetInt32();

        var download = await clerk.GetAsync($"/api/nominations/{id}/attachments/{attachmentId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Báo cáo thành tích.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var listed = Assert.Single((await GetAsync(clerk, id)).GetProperty("attachments").EnumerateArray());
        Assert.Equal("achievementReport", listed.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Only_those_who_may_see_the_dossier_download_its_files()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, GiayKhen, Individual());
        var upload = await clerk.PostAsync($"/api/nominations/{id}/attachments", Form(Pdf, "to-trinh.pdf", "coverSubmission"));
        var url = $"/api/nominations/{id}/attachments/{(await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32()}";
        var police = await app.ClientForAsync("congan.dongtien");

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync("thidua.hacthanh")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync(url)).StatusCode);
        await AttachRequiredPartsAsync(clerk, id);
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsync($"/api/nominations/{id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/nominations/{id}/attachments/999999")).StatusCode);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 })]
    [InlineData(new byte[] { (byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0 })]
    public async Task A_pdf_name_on_other_content_is_refused(byte[] content)
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, GiayKhen, Individual());

        var response = await clerk.PostAsync($"/api/nominations/{id}/attachments", Form(content, "bao-cao.pdf"));

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Nội dung tệp 'bao-cao.pdf' không đúng là tệp PDF.", problem.GetProperty("detail").GetString());
        Assert.Empty((await GetAsync(clerk, id)).GetProperty("attachments").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_attachment_kind_is_a_validation_problem()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, GiayKhen, Individual());

        var response = await clerk.PostAsync($"/api/nominations/{id}/attachments", Form(Pdf, "a.pdf", "poster"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("achievementReport", problem.GetProperty("errors").GetProperty("kind")[0].GetString());
    }

    [Fact]
    public async Task A_clerk_of_another_unit_cannot_attach_files()
    {
        var id = await CreateAsync(await app.ClientForAsync("thidua.dongtien"), GiayKhen, Individual());

        var response = await (await app.ClientForAsync("thidua.hacthanh")).PostAsync($"/api/nominations/{id}/attachments", Form(Pdf, "a.pdf"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The application with a 2 KB attachment limit.</summary>
public sealed class SmallAttachmentsApp : AwardsApp
{
    public const int MaxBytes = 2048;

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.UseSetting("Attachments:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public class OversizedAttachmentTests(SmallAttachmentsApp app) : IClassFixture<SmallAttachmentsApp>
{
    [Fact]
    public async Task An_oversized_file_is_refused_and_nothing_is_kept()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, GiayKhen, Individual());
        var big = AttachmentTests.Pdf.Concat(new byte[SmallAttachmentsApp.MaxBytes]).ToArray();
        var filesBefore = StoredFiles();

        var response = await clerk.PostAsync($"/api/nominations/{id}/attachments", AttachmentTests.Form(big, "scan.pdf"));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnprocessableEntity });
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains(response.StatusCode == HttpStatusCode.UnprocessableEntity ? "vượt quá 2 KB" : "vượt quá", detail);
        Assert.Empty((await GetAsync(clerk, id)).GetProperty("attachments").EnumerateArray());
        Assert.Equal(filesBefore, StoredFiles());
    }

    [Fact]
    public async Task A_file_within_the_limit_is_accepted()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var id = await CreateAsync(clerk, GiayKhen, Individual());

        var response = await clerk.PostAsync($"/api/nominations/{id}/attachments", AttachmentTests.Form(AttachmentTests.Pdf, "nho.pdf"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private string[] StoredFiles() =>
        Directory.Exists(app.AttachmentsFolder) ? [.. Directory.GetFiles(app.AttachmentsFolder, "*", SearchOption.AllDirectories).Order()] : [];
}
