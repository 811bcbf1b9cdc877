using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using ToanDan.Awards.Host.Tests.Features.Rounds;
using static ToanDan.Awards.Host.Tests.Documents.DocumentFiles;

namespace ToanDan.Awards.Host.Tests.Documents;

/// <summary>The province's proposal to the chairman or the minister, read back from the Word and PDF files it downloads as.</summary>
public partial class ProposalDocumentTests(AwardsApp app) : IClassFixture<AwardsApp>
{
    [Fact]
    public async Task The_bang_khen_proposal_is_the_directors_to_trinh_to_the_chairman_listing_every_kept_nominee_by_unit()
    {
        var round = await ProposalRounds.BangKhenAsync(app);
        var response = await (await app.ClientForAsync("pv05.thanhhoa")).GetAsync($"/api/rounds/{round.RoundId}/proposal.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"to-trinh-de-nghi-dot-{round.RoundId}.docx", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var docx = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(WordSchemaErrors(docx));
        var text = DocxText(docx);
        Assert.StartsWith("BỘ CÔNG AN\nCÔNG AN TỈNH THANH HÓA\n―――――\nSố:       /TTr-CAT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n", text);
        Assert.Contains("Thanh Hóa, ngày      tháng      năm      \n", text);
        Assert.Contains("\nTỜ TRÌNH\nVề việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh\n", text);
        Assert.Contains("\nKính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa\n", text);
        // The grounds the chairman decides on, then the units' own submissions with their dates in words.
        Assert.Contains("Căn cứ Luật Tổ chức chính quyền địa phương;\n", text);
        Assert.Matches(@"Xét đề nghị của các đơn vị: Xã Đông Tiến \(Tờ trình số 15/TTr-CAX ngày \d{2} tháng \d{1,2} năm 2026\), "
            + @"Phường Hạc Thành \(Tờ trình số 15/TTr-CAX ngày \d{2} tháng \d{1,2} năm 2026\) trong đợt Tổng kết phong trào năm 2026 \(thử\) "
            + "và kết quả xét duyệt của Hội đồng Thi đua - Khen thưởng Công an tỉnh Thanh Hóa,", text);
        Assert.Contains("Công an tỉnh Thanh Hóa kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa xem xét, tặng Bằng khen của Chủ tịch UBND tỉnh "
            + "cho 02 (hai) tập thể, 03 (ba) cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc.", text);
        Assert.Contains("Công an tỉnh Thanh Hóa kính trình Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa xem xét, quyết định./.", text);
        Assert.Contains("Nơi nhận:\n- Như trên;\n- Lưu: VT, PV05.\nGIÁM ĐỐC\n\nĐại tá Hoàng Văn Nam\n", text);
        Assert.DoesNotContain("KT.", text);
        Assert.DoesNotContain("(đã ký)", text);

        Assert.Contains("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH\n"
            + "(Kèm theo Tờ trình số       /TTr-CAT ngày      tháng      năm      của Công an tỉnh Thanh Hóa)\n", text);
        var collectives = text.IndexOf("I. TẬP THỂ (02 (hai) tập thể)", StringComparison.Ordinal);
        var individuals = text.IndexOf("II. CÁ NHÂN (03 (ba) cá nhân)", StringComparison.Ordinal);
        Assert.True(collectives > 0 && individuals > collectives);
        // Collectives then individuals; each unit's under its heading row, numbered throughout.
        Assert.True(collectives < text.IndexOf("Xã Đông Tiến\n1\nTổ an ninh trật tự thôn Phú Sơn\n", collectives, StringComparison.Ordinal));
        var second = text.IndexOf("Phường Hạc Thành\n2\nĐội dân phòng khu phố 5\n", collectives, StringComparison.Ordinal);
        Assert.True(second > collectives && second < individuals);
        var dongTien = text.IndexOf("Xã Đông Tiến\n1\nTrịnh Văn Quang\n1968\nTổ trưởng tổ bảo vệ ANTT\nThôn Phú Sơn, xã Đông Tiến\n2\nĐỗ Thị Huyền\n1979", individuals, StringComparison.Ordinal);
        var hacThanh = text.IndexOf("Phường Hạc Thành\n3\nVũ Đức Thịnh\n1982\nCông an viên\nPhường Hạc Thành", individuals, StringComparison.Ordinal);
        Assert.True(individuals < dongTien && dongTien < hacThanh, text[individuals..]);
        Assert.DoesNotContain(ProposalRounds.Postponed, text);
        Assert.DoesNotContain(ProposalRounds.LeftOut, text);
        Assert.DoesNotMatch(CitizenId(), text);
    }

    [Fact]
    public async Task A_deputy_signs_the_proposal_on_the_directors_behalf_and_the_director_is_told()
    {
        var round = await ProposalRounds.BangKhenAsync(app);
        var pv05 = await app.ClientForAsync("pv05.thanhhoa");

        var text = DocxText(await pv05.GetByteArrayAsync($"/api/rounds/{round.RoundId}/proposal.docx?deputy={Uri.EscapeDataString("Thượng tá Nguyễn Thị Hồng Vân")}"));
        var stranger = await pv05.GetAsync($"/api/rounds/{round.RoundId}/proposal.docx?deputy={Uri.EscapeDataString("Đại tá Không Có Tên")}");

        Assert.Contains("Nơi nhận:\n- Như trên;\n- Đồng chí Giám đốc (để báo cáo);\n- Lưu: VT, PV05.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nThượng tá Nguyễn Thị Hồng Vân\n", text);
        Assert.DoesNotContain("Đại tá Hoàng Văn Nam", text);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stranger.StatusCode);
        Assert.Contains("không có trong danh sách cấp phó được ký thay của Công an tỉnh Thanh Hóa", await stranger.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_proposal_pdf_has_the_same_content_and_page_one_is_rendered_for_a_look()
    {
        var round = await ProposalRounds.BangKhenAsync(app);
        var response = await (await app.ClientForAsync("giamdoc.thanhhoa")).GetAsync($"/api/rounds/{round.RoundId}/proposal.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfTextAsync(pdf);
        Assert.Contains("CÔNG AN TỈNH THANH HÓA", text);
        Assert.Contains("Số: /TTr-CAT", text);
        Assert.Contains("TỜ TRÌNH Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh", text);
        Assert.Contains("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa", text);
        Assert.Contains("02 (hai) tập thể, 03 (ba) cá nhân", text);
        Assert.Matches(@"Tờ trình số 15/TTr-CAX ngày \d{2} tháng \d{1,2} năm 2026", text);
        // The recipients' column sits beside the signature: pdftotext may interleave their lines.
        Assert.Matches(@"GIÁM ĐỐC .*Đại tá Hoàng Văn Nam", text);
        Assert.Contains("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", text);
        Assert.Matches(@"Xã Đông Tiến .*Tổ an ninh trật tự thôn Phú Sơn .*Phường Hạc Thành .*Đội dân phòng khu phố 5", text);
        Assert.Matches(@"CÁ NHÂN .*Trịnh Văn Quang .*Đỗ Thị Huyền .*Phường Hạc Thành .*Vũ Đức Thịnh", text);
        Assert.DoesNotContain(ProposalRounds.Postponed, text);
        Assert.DoesNotContain(ProposalRounds.LeftOut, text);
        Assert.True((await PdfInfoAsync(pdf)).Pages >= 2);
        Assert.True(File.Exists(await RenderFirstPageAsync(pdf, "30-round-proposal-pdf")));
    }

    [Fact]
    public async Task The_medal_proposal_goes_to_the_minister_through_v05_with_a_brief_list_of_each_kept_person()
    {
        var round = await ProposalRounds.MedalAsync(app);
        var pv05 = await app.ClientForAsync("pv05.thanhhoa");

        var proposal = DocxText(await pv05.GetByteArrayAsync($"/api/rounds/{round.RoundId}/proposal.docx"));
        Assert.Contains("\nKính gửi: Bộ trưởng Bộ Công an (qua Cục V05)\n", proposal);
        Assert.Contains("Về việc đề nghị tặng Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"", proposal);
        Assert.Contains("Căn cứ Thông tư số 20/2025/TT-BCA", proposal);
        Assert.Contains("Công an tỉnh Thanh Hóa kính đề nghị Bộ trưởng Bộ Công an xem xét, tặng Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\" cho 03 (ba) cá nhân "
            + "(có danh sách và danh sách trích ngang kèm theo)", proposal);
        Assert.Contains("DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG KỶ NIỆM CHƯƠNG \"BẢO VỆ AN NINH TỔ QUỐC\"\n", proposal);
        Assert.Contains("I. CÁ NHÂN (03 (ba) cá nhân)", proposal);
        Assert.DoesNotContain("TẬP THỂ (", proposal);

        var docx = await pv05.GetByteArrayAsync($"/api/rounds/{round.RoundId}/medal-list.docx");
        var brief = DocxText(docx);
        Assert.StartsWith("BỘ CÔNG AN\nCÔNG AN TỈNH THANH HÓA\n―――――\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", brief);
        Assert.Contains("DANH SÁCH TRÍCH NGANG\nCá nhân đề nghị tặng Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\"\n"
            + "(Kèm theo Tờ trình số       /TTr-CAT ngày      tháng      năm      của Công an tỉnh Thanh Hóa)\n", brief);
        Assert.Contains("STT\nHọ và tên\nNăm sinh\nNam/Nữ\nChức vụ, đơn vị công tác\nTóm tắt thành tích\n", brief);
        var dongTien = brief.IndexOf("Xã Đông Tiến\n1\nHoàng Văn Lực\n1960\nNam\nTrưởng thôn Phú Sơn, Xã Đông Tiến\n"
            + "Tham gia tổ bảo vệ an ninh trật tự 20 năm; vận động nhân dân giao nộp 5 khẩu súng tự chế.\n"
            + "2\nNguyễn Thị Lành\n1968\nNữ\nTổ viên tổ an ninh trật tự, Xã Đông Tiến\n", StringComparison.Ordinal);
        var hoangHoa = brief.IndexOf("Xã Hoằng Hóa\n3\nCao Văn Đạt\n1965\nNam\nCông an viên, Xã Hoằng Hóa\n16 năm làm công an viên; bắt giữ 3 đối tượng truy nã.\n",
            StringComparison.Ordinal);
        Assert.True(dongTien > 0 && hoangHoa > dongTien, brief);
        Assert.Contains("Tổng số: 03 (ba) cá nhân.\n", brief);
        Assert.Contains("\nGIÁM ĐỐC\n\nĐại tá Hoàng Văn Nam\n", brief);
        Assert.DoesNotContain(ProposalRounds.MedalPostponed, brief);
        Assert.DoesNotContain(ProposalRounds.MedalLeftOut, brief);
        Assert.Contains("w:orient=\"landscape\"", DocumentXml(docx));
        Assert.Empty(WordSchemaErrors(docx));

        var pdf = await pv05.GetByteArrayAsync($"/api/rounds/{round.RoundId}/medal-list.pdf");
        var text = await PdfTextAsync(pdf);
        Assert.Contains("DANH SÁCH TRÍCH NGANG", text);
        Assert.Matches(@"Xã Đông Tiến .*Hoàng Văn Lực .*1960 .*Xã Hoằng Hóa .*Cao Văn Đạt", text);
        Assert.Contains("Tổng số: 03 (ba) cá nhân.", text);
        Assert.DoesNotContain(ProposalRounds.MedalPostponed, text);
        Assert.DoesNotContain(ProposalRounds.MedalLeftOut, text);
        Assert.True((await PdfInfoAsync(pdf)).Landscape);
        Assert.True(File.Exists(await RenderFirstPageAsync(pdf, "31-medal-brief-list-pdf")));
    }

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\b038\d{9}\b")]
    private static partial Regex CitizenId();
}
