using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ToanDan.Awards.Host.Features.History;

namespace ToanDan.Awards.Host.Tests.Features.History;

/// <summary>Filled copies of the published template, as an office would send them.</summary>
internal static class PastAwardFiles
{
    /// <summary>The template with its example row replaced by <paramref name="rows"/> (row 2 onwards), text in the shared string table as Excel saves it.</summary>
    public static byte[] Filled(params string[][] rows)
    {
        var stream = new MemoryStream();
        stream.Write(PastAwardSpreadsheet.Template());
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var strings = (workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>()).SharedStringTable ??= new SharedStringTable();
            var first = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var data = ((WorksheetPart)workbook.GetPartById(first.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!;
            data.Elements<Row>().Single(r => r.RowIndex!.Value == 2).Remove();
            var index = 2u;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = index };
                for (var c = 0; c < values.Length; c++)
                {
                    if (values[c].Length == 0) continue;
                    strings.AppendChild(new SharedStringItem(new Text(values[c])));
                    row.AppendChild(new Cell { CellReference = $"{(char)('A' + c)}{index}", DataType = CellValues.SharedString, CellValue = new CellValue(strings.Count() - 1) });
                }
                data.AppendChild(row);
                index++;
            }
        }
        return stream.ToArray();
    }

    /// <summary>One line: a person of a medal decision, or anything else by the columns of the template.</summary>
    public static string[] Person(string name, string? citizenId = null, string? formerId = null, string born = "20/05/1962",
        string award = "KNC-BVANTQ", string decision = "77/QĐ-BCA", string on = "15/08/2019", string unitCode = "TH-DONGTIEN", string adHoc = "", string target = "", string method = "") =>
        [decision, on, "Bộ Công an", award, "Cá nhân", name, born, "Nam", citizenId ?? "", formerId ?? "", unitCode, "Xã Đông Tiến, huyện Đông Sơn", adHoc,
            target, method];

    public static string[] CollectiveLine(string name, string award = "GK-GDCAT", string decision = "412/QĐ-CAT-PV05", string on = "18/12/2020",
        string target = "", string method = "") =>
        [decision, on, "Công an tỉnh Thanh Hóa", award, "Tập thể", name, "", "", "", "", "TH-DONGTIEN", "Xã Đông Tiến, huyện Đông Sơn", "", target, method];

    public static Task<HttpResponseMessage> ImportAsync(HttpClient admin, byte[] file, string fileName = "khen-thuong-cu.xlsx")
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", fileName);
        return admin.PostAsync("/api/past-awards/import", form);
    }
}
