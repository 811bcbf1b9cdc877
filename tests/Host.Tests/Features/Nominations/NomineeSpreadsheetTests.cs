using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public class NomineeSpreadsheetTests
{
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_template_has_the_vietnamese_headers_and_reads_back_its_example_row()
    {
        var read = NomineeSpreadsheet.Read(new MemoryStream(NomineeSpreadsheet.Template()), Clock);

        Assert.Empty(read.Errors);
        var example = Assert.Single(read.Nominees);
        Assert.Equal(("individual", "Nguyễn Văn An", new DateOnly(1975, 4, 12), "male", "038075001234"),
            (example.Kind, example.Name, example.DateOfBirth, example.Sex, example.CitizenId));
        Assert.Equal("Loại (Tập thể/Cá nhân)", NomineeSpreadsheet.Headers[0]);
        Assert.Equal("Tỷ lệ nữ (%)", NomineeSpreadsheet.Headers[9]);
    }

    [Fact]
    public void The_template_explains_the_service_period_column_on_a_sheet_of_its_own()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(NomineeSpreadsheet.Template()), false);
        var workbook = document.WorkbookPart!;
        var guide = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Hướng dẫn");
        var text = ((WorksheetPart)workbook.GetPartById(guide.Id!.Value!)).Worksheet.InnerText;

        Assert.Contains("thêm dấu * ở cuối nếu thời gian đó tính gấp đôi", text);
        Assert.Contains("01/01/2005-31/12/2015 Xã Mường Lát*; 01/01/2016- Xã Đông Tiến", text);
        Assert.All(ReportCategories.Targets, t => Assert.Contains(t.Name, text));
    }

    [Fact]
    public void The_old_cmnd_has_a_column_of_its_own_and_keeps_a_leading_zero_excel_dropped()
    {
        var filled = Fill(NomineeSpreadsheet.Template(),
            ["Cá nhân", "Lê Văn Tư", "", "", "", "", "038185004399", "", "", "", "Thành tích", 71234567d],
            ["Cá nhân", "Lê Văn Năm", "", "", "", "", "", "", "", "", "Thành tích", "1234"]);

        var read = NomineeSpreadsheet.Read(new MemoryStream(filled), Clock);

        Assert.Equal("172345678", read.Nominees[0].FormerCitizenId);
        Assert.Equal(("038185004399", "071234567"), (read.Nominees[1].CitizenId, read.Nominees[1].FormerCitizenId));
        Assert.Contains(read.Errors, e => e.Row == 4 && e.Column == "Số CMND cũ (9 số)" && e.Message == PersonName.FormerCitizenIdRule);
    }

    [Fact]
    public void A_filled_template_gives_its_nominees_and_an_error_per_bad_row()
    {
        var filled = Fill(NomineeSpreadsheet.Template(),
            ["Tập thể", "Tổ liên gia tự quản số 7", "", "", "", "", "", "Phường Hạc Thành", 22, 55, "Hòa giải thành 06 vụ mâu thuẫn."],
            ["Cá nhân", "Lê Thị Hoa", new DateTime(1985, 3, 9), "Nữ", "Tổ trưởng", "Phường Hạc Thành", 38185004321d, "", "", "", "Tố giác đường dây cho vay lãi nặng."],
            ["Cá nhân", "", "31/02/1990", "Nam", "", "", "", "", "", "", "Thành tích"],
            ["Hộ gia đình", "Nhà ông Tư", "", "", "", "", "", "", "", "", "Thành tích"],
            ["", "", "", "", "", "", "", "", "", "", ""],
            ["Tập thể", "Đội dân phòng", "", "", "", "", "", "", 0, "", "Tuần tra ban đêm."]);

        var read = NomineeSpreadsheet.Read(new MemoryStream(filled), Clock);

        Assert.Equal(["Nguyễn Văn An", "Tổ liên gia tự quản số 7", "Lê Thị Hoa"], read.Nominees.Select(n => n.Name));
        var collective = read.Nominees[1];
        Assert.Equal(("collective", "Phường Hạc Thành", 22, 0.55m), (collective.Kind, collective.ParentUnitName, collective.MemberCount, collective.WomenShare));
        var person = read.Nominees[2];
        Assert.Equal((new DateOnly(1985, 3, 9), "female", "038185004321"), (person.DateOfBirth, person.Sex, person.CitizenId));

        Assert.Contains(read.Errors, e => e.Row == 5 && e.Column == "Ngày sinh (dd/MM/yyyy)" && e.Message.Contains("31/02/1990"));
        Assert.Contains(read.Errors, e => e.Row == 6 && e.Column == "Loại (Tập thể/Cá nhân)");
        Assert.Contains(read.Errors, e => e.Row == 8 && e.Column == "Số thành viên" && e.Message == "Số thành viên của tập thể phải lớn hơn 0.");
        Assert.DoesNotContain(read.Errors, e => e.Row == 7);
    }

    [Fact]
    public void The_group_service_periods_and_pending_matters_are_read_from_their_columns_with_an_error_naming_a_bad_period()
    {
        var filled = Fill(NomineeSpreadsheet.Template(),
            ["Cá nhân", "Trịnh Văn Lâm", "", "Nam", "", "", "", "", "", "", "Thành tích", "",
                "to-bao-ve-antt", "01/03/2006-01/03/2010 Xã Mường Lý*; 1/3/2010- Phường Sầm Sơn", "Thanh tra, khiếu nại"],
            ["Cá nhân", "Lê Văn Sáu", "", "", "", "", "", "", "", "", "Thành tích", "", "", "từ 2005 đến nay ở Xã Đông Tiến", ""],
            ["Cá nhân", "Lê Văn Bảy", "", "", "", "", "", "", "", "", "Thành tích", "", "", "01/03/2010-01/03/2002 Xã Đông Tiến", "đang ốm"]);

        var read = NomineeSpreadsheet.Read(new MemoryStream(filled), Clock);

        var example = read.Nominees[0];
        Assert.Equal("to-bao-ve-antt", example.Group);
        Assert.Equal([new ServicePeriod(new DateOnly(2005, 1, 1), new DateOnly(2015, 12, 31), "Xã Mường Lát", CountsDouble: true),
            new ServicePeriod(new DateOnly(2016, 1, 1), null, "Xã Đông Tiến")], example.ServicePeriods!);
        var person = Assert.Single(read.Nominees, n => n.Name == "Trịnh Văn Lâm");
        Assert.Equal([new ServicePeriod(new DateOnly(2006, 3, 1), new DateOnly(2010, 3, 1), "Xã Mường Lý", CountsDouble: true),
            new ServicePeriod(new DateOnly(2010, 3, 1), null, "Phường Sầm Sơn")], person.ServicePeriods!);
        Assert.Equal((false, true, true), (person.PendingDiscipline, person.PendingComplaint, person.PendingInspection));

        var periods = NomineeSpreadsheet.Headers[13];
        Assert.Contains(read.Errors, e => e.Row == 4 && e.Column == periods && e.Message.StartsWith("Giai đoạn 'từ 2005 đến nay ở Xã Đông Tiến' không đúng dạng", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e.Row == 5 && e.Column == NomineeSpreadsheet.Headers[14] && e.Message.Contains("'đang ốm'"));
        Assert.Equal(2, read.Nominees.Count);
    }

    [Fact]
    public void The_honours_already_held_are_read_with_their_year_and_ad_hoc_mark_and_a_nameless_one_is_named_by_row_and_column()
    {
        var filled = Fill(NomineeSpreadsheet.Template(),
            ["Cá nhân", "Trịnh Văn Lâm", "", "Nam", "", "", "", "", "", "", "Thành tích", "", "", "", "",
                "Bằng khen của Chủ tịch UBND tỉnh năm 2019; Giấy khen của Giám đốc Công an tỉnh 2022*; Chiến sĩ thi đua cơ sở"],
            ["Cá nhân", "Lê Văn Sáu", "", "", "", "", "", "", "", "", "Thành tích", "", "", "", "", "2019*"]);

        var read = NomineeSpreadsheet.Read(new MemoryStream(filled), Clock);

        Assert.Equal([new HeldHonour("Giấy khen của Giám đốc Công an tỉnh", 2018), new HeldHonour("Giấy khen của Chủ tịch UBND huyện", 2021, AdHoc: true)],
            read.Nominees[0].HonoursHeld!);
        var person = Assert.Single(read.Nominees, n => n.Name == "Trịnh Văn Lâm");
        Assert.Equal([new HeldHonour("Bằng khen của Chủ tịch UBND tỉnh", 2019), new HeldHonour("Giấy khen của Giám đốc Công an tỉnh", 2022, AdHoc: true),
            new HeldHonour("Chiến sĩ thi đua cơ sở")], person.HonoursHeld!);
        var error = Assert.Single(read.Errors);
        Assert.Equal((4, NomineeSpreadsheet.Headers[15]), (error.Row, error.Column));
        Assert.StartsWith("Khen thưởng '2019*' thiếu tên hình thức", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_target_group_is_read_from_its_vietnamese_name_whatever_the_case_and_diacritics()
    {
        var filled = Fill(NomineeSpreadsheet.Template(),
            ["Tập thể", "Hộ ông Lê Văn Tư", "", "", "", "", "", "", 5, "", "Thành tích", "", "", "", "", "", "HỘ GIA ĐÌNH"],
            ["Tập thể", "Tổ dân phố số 3", "", "", "", "", "", "", 30, "", "Thành tích", "", "", "", "", "", "tap the khac"],
            ["Cá nhân", "Trần Văn Đức", "", "", "", "", "", "", "", "", "Thành tích", "", "", "", "", "", "doanh  nhân"],
            ["Cá nhân", "Lê Thị Mai", "", "", "", "", "", "", "", "", "Thành tích"]);

        var read = NomineeSpreadsheet.Read(new MemoryStream(filled), Clock);

        Assert.Empty(read.Errors);
        Assert.Equal(["directWorker", "household", "otherCollective", "businessperson", null], read.Nominees.Select(n => n.Target));
        Assert.Equal("Đối tượng", NomineeSpreadsheet.Headers[16]);
    }

    [Fact]
    public void An_unknown_target_group_or_one_of_the_wrong_kind_is_refused_quoting_what_was_typed_and_saying_what_to_write()
    {
        var filled = Fill(NomineeSpreadsheet.Template(),
            ["Cá nhân", "Trần Văn Đức", "", "", "", "", "", "", "", "", "Thành tích", "", "", "", "", "", "Nông dân"],
            ["Tập thể", "Công ty TNHH Hòa Bình", "", "", "", "", "", "", 40, "", "Thành tích", "", "", "", "", "", "doanh nhân"],
            ["Cá nhân", "Lê Thị Mai", "", "", "", "", "", "", "", "", "Thành tích", "", "", "", "", "", "Hộ gia đình"]);

        var read = NomineeSpreadsheet.Read(new MemoryStream(filled), Clock);

        Assert.Equal(["Nguyễn Văn An"], read.Nominees.Select(n => n.Name));
        Assert.Equal([3, 4, 5], read.Errors.Select(e => e.Row));
        Assert.All(read.Errors, e => Assert.Equal(NomineeSpreadsheet.Headers[16], e.Column));
        Assert.Equal(ReportCategories.ReadTarget("Nông dân", NomineeKind.Individual).Error, read.Errors[0].Message);
        Assert.StartsWith("Không có đối tượng 'Nông dân'. Hãy ghi đúng một trong các tên dành cho cá nhân:", read.Errors[0].Message, StringComparison.Ordinal);
        // A group of the wrong kind: the sentence quotes the clerk's own words, never the API code, and says what to do.
        Assert.StartsWith("'doanh nhân' là đối tượng dành cho cá nhân, mà dòng này là tập thể. Hãy ghi một trong các tên dành cho tập thể:",
            read.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains($"'{ReportCategories.NameOf(AwardeeTarget.Enterprise)}'", read.Errors[1].Message, StringComparison.Ordinal);
        Assert.EndsWith("sửa cột Loại thành 'Cá nhân'.", read.Errors[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("'Hộ gia đình' là đối tượng dành cho tập thể, mà dòng này là cá nhân.", read.Errors[2].Message, StringComparison.Ordinal);
        Assert.EndsWith("sửa cột Loại thành 'Tập thể'.", read.Errors[2].Message, StringComparison.Ordinal);
        Assert.All(read.Errors, e => Assert.DoesNotContain(ReportCategories.Code(AwardeeTarget.Businessperson), e.Message, StringComparison.Ordinal));
        Assert.All(read.Errors, e => Assert.DoesNotContain(ReportCategories.Code(AwardeeTarget.Household), e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_in_vietnamese()
    {
        var refusal = Assert.Throws<DomainException>(() => NomineeSpreadsheet.Read(new MemoryStream("%PDF-1.4 không phải Excel"u8.ToArray()), Clock));

        Assert.StartsWith("Không đọc được tệp", refusal.Message);
    }

    [Fact]
    public void A_small_file_that_unpacks_into_a_huge_sheet_is_refused_in_vietnamese()
    {
        var bomb = WithSheet(NomineeSpreadsheet.Template(), sheet =>
        {
            sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            sheet.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Loại (Tập thể/Cá nhân)</t></is></c></row>");
            sheet.Write(new StringBuilder().Insert(0, "<row/>", (int)(NomineeSpreadsheet.MaxCharactersInPart / 6) + 1));
            sheet.Write("</sheetData></worksheet>");
        });
        Assert.True(bomb.Length < NomineeSpreadsheet.MaxBytes, $"the file itself is small ({bomb.Length} bytes)");

        var refusal = Assert.Throws<DomainException>(() => NomineeSpreadsheet.Read(new MemoryStream(bomb), Clock));

        Assert.StartsWith("Không đọc được tệp", refusal.Message);
    }

    [Fact]
    public void Rows_past_the_limit_are_not_imported_and_the_first_of_them_is_named()
    {
        var rows = Enumerable.Range(1, NomineeSpreadsheet.MaxRows + 20)
            .Select(i => new object[] { "Cá nhân", $"Người thứ {i}", "", "", "", "", "", "", "", "", "Thành tích" }).ToArray();

        var read = NomineeSpreadsheet.Read(new MemoryStream(Fill(NomineeSpreadsheet.Template(), rows)), Clock);

        Assert.Equal(NomineeSpreadsheet.MaxRows, read.Nominees.Count);
        var error = Assert.Single(read.Errors);
        Assert.Equal(NomineeSpreadsheet.MaxRows + 2, error.Row);
        Assert.StartsWith($"Mỗi lần chỉ nhập được tối đa {NomineeSpreadsheet.MaxRows} dòng", error.Message);
    }

    /// <summary>The workbook with its sheet's XML replaced by what <paramref name="write"/> writes (compressed, as Excel does).</summary>
    private static byte[] WithSheet(byte[] workbook, Action<StreamWriter> write)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
                {
                    using var writer = new StreamWriter(to, new UTF8Encoding(false));
                    write(writer);
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }
        return output.ToArray();
    }

    /// <summary>Adds rows after the example the way Excel saves them: text in the shared string table, dates as serial numbers.</summary>
    private static byte[] Fill(byte[] template, params object[][] rows)
    {
        var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var strings = (workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>()).SharedStringTable ??= new SharedStringTable();
            var first = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var data = ((WorksheetPart)workbook.GetPartById(first.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!;
            var index = 3u;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = index };
                for (var c = 0; c < values.Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{index}";
                    switch (values[c])
                    {
                        case "":
                            break;
                        case string text:
                            strings.AppendChild(new SharedStringItem(new Text(text)));
                            row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Count() - 1) });
                            break;
                        case DateTime date:
                            row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(date.ToOADate()) });
                            break;
                        case int number:
                            row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                            break;
                        case double number:
                            row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                            break;
                    }
                }
                data.AppendChild(row);
                index++;
            }
        }
        return stream.ToArray();
    }
}
