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
    public void A_file_that_is_not_a_workbook_is_refused_in_vietnamese()
    {
        var refusal = Assert.Throws<DomainException>(() => NomineeSpreadsheet.Read(new MemoryStream("%PDF-1.4 không phải Excel"u8.ToArray()), Clock));

        Assert.StartsWith("Không đọc được tệp", refusal.Message);
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
            var data = workbook.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!;
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
