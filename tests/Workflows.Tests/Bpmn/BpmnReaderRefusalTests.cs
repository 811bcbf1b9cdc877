using System.Text;
using ToanDan.Awards.Workflows.Bpmn;
using static ToanDan.Awards.Workflows.Tests.Bpmn.BpmnFixtures;

namespace ToanDan.Awards.Workflows.Tests.Bpmn;

public class BpmnReaderRefusalTests
{
    private const string Start = """<bpmn:startEvent id="start" />""";

    [Fact]
    public void External_entity_payload_is_refused_without_reading_the_file()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
              <bpmn:process id="p" name="&e;" />
            </bpmn:definitions>
            """;

        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(xxe));

        Assert.Equal("Tệp BPMN không được chứa khai báo DOCTYPE/DTD.", error.Message);
        Assert.IsType<System.Xml.XmlException>(error.InnerException);
    }

    [Fact]
    public void Billion_laughs_is_refused()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
            ]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p" name="&lol9;" /></bpmn:definitions>
            """;

        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(laughs));

        Assert.Contains("DOCTYPE/DTD", error.Message);
    }

    [Fact]
    public void A_plain_doctype_is_refused_from_a_stream_too()
    {
        var bytes = Encoding.UTF8.GetBytes("<!DOCTYPE definitions><definitions/>");

        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(new MemoryStream(bytes)));

        Assert.Contains("DOCTYPE/DTD", error.Message);
    }

    [Fact]
    public void Text_that_is_not_xml_is_refused_with_line_and_column()
    {
        const string broken = "<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process id=\"p\">\n</bpmn:definitions>";

        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(broken));

        Assert.StartsWith("Tệp không phải XML hợp lệ: ", error.Message);
        Assert.EndsWith("(dòng 4, cột 3)", error.Message);
        Assert.Equal(4, error.LineNumber);
        Assert.Equal(3, error.LinePosition);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Đây không phải XML")]
    [InlineData("{\"process\": 1}")]
    public void Empty_or_other_text_is_not_xml(string text)
    {
        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(text));

        Assert.StartsWith("Tệp không phải XML hợp lệ", error.Message);
    }

    [Fact]
    public void Another_root_element_is_not_bpmn()
    {
        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read("<x><process id=\"p\" /></x>"));

        Assert.Equal("Tệp không phải BPMN 2.0: phần tử gốc là 'x', cần 'definitions' của BPMN 2.0. (dòng 1, cột 2)", error.Message);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void Definitions_in_another_namespace_is_not_bpmn()
    {
        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read("<definitions xmlns=\"urn:other\"><process id=\"p\" /></definitions>"));

        Assert.Contains("phần tử gốc là '{urn:other}definitions'", error.Message);
    }

    [Fact]
    public void A_text_over_the_limit_is_refused_before_parsing()
    {
        var huge = Process(Start) + new string(' ', BpmnReader.MaxDocumentCharacters);

        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(huge));

        Assert.StartsWith("Tệp BPMN quá lớn", error.Message);
    }

    [Fact]
    public void A_stream_over_the_limit_is_refused_while_parsing()
    {
        var padding = new string('x', BpmnReader.MaxDocumentCharacters);
        var huge = Encoding.UTF8.GetBytes(Process($"<bpmn:textAnnotation id=\"t\"><bpmn:text>{padding}</bpmn:text></bpmn:textAnnotation>"));

        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(new MemoryStream(huge)));

        Assert.StartsWith("Tệp BPMN quá lớn", error.Message);
        Assert.IsType<System.Xml.XmlException>(error.InnerException);
    }

    [Fact]
    public void A_file_without_process_is_refused()
    {
        const string collaborationOnly = """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
              <bpmn:collaboration id="c" />
            </bpmn:definitions>
            """;

        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(collaborationOnly));

        Assert.Contains("không có quy trình", error.Message);
    }

    [Fact]
    public void Two_executable_processes_are_refused()
    {
        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(TwoProcesses("true", "true")));

        Assert.Contains("2 quy trình có isExecutable=\"true\"", error.Message);
    }

    [Fact]
    public void Two_processes_none_executable_are_refused()
    {
        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(TwoProcesses("false", "false")));

        Assert.Contains("không biết chọn quy trình nào", error.Message);
        Assert.Equal(["p1", "p2"], error.Processes.Select(p => p.Id));
    }

    [Fact]
    public void The_process_the_administrator_chose_is_read()
    {
        var definition = BpmnReader.Read(TwoProcesses("false", "false"), "p2");

        Assert.Equal("p2", definition.Key);
        Assert.Contains(definition.DocumentParts, part => (string?)part.Attribute("id") == "p1");
    }

    [Fact]
    public void A_chosen_process_that_is_not_in_the_file_is_refused_listing_those_that_are()
    {
        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(TwoProcesses("false", "false"), "p3"));

        Assert.Contains("'p3'", error.Message);
        Assert.Contains("'p1', 'p2'", error.Message);
    }

    [Fact]
    public void The_one_executable_process_is_chosen_and_the_other_kept_as_a_document_part()
    {
        var definition = BpmnReader.Read(TwoProcesses("false", "true"));

        Assert.Equal("p2", definition.Key);
        Assert.Contains(definition.DocumentParts, part => (string?)part.Attribute("id") == "p1");
    }

    [Fact]
    public void A_single_process_is_chosen_even_when_not_marked_executable()
    {
        var definition = BpmnReader.Read(Process(Start, "isExecutable=\"false\""));

        Assert.Equal("p", definition.Key);
        Assert.False(definition.IsExecutable);
    }

    [Fact]
    public void A_repeated_id_is_refused_naming_both_elements()
    {
        var xml = Process("""
            <bpmn:startEvent id="a" />
            <bpmn:userTask id="a" />
            """);

        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(xml));

        Assert.Contains("Mã (id) 'a' bị trùng: đã dùng cho phần tử 'startEvent'", error.Message);
        Assert.Contains("'userTask'", error.Message);
        Assert.NotNull(error.LineNumber);
    }

    [Fact]
    public void An_id_repeated_between_a_flow_and_a_diagram_shape_is_refused()
    {
        var xml = Approval.Replace("id=\"start_di\"", "id=\"f1\"", StringComparison.Ordinal);

        Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(xml));
    }

    [Fact]
    public void Ids_repeated_inside_camunda_extension_elements_are_allowed()
    {
        var xml = Process("""
            <bpmn:userTask id="a"><bpmn:extensionElements><camunda:formData><camunda:formField id="note" /></camunda:formData></bpmn:extensionElements></bpmn:userTask>
            <bpmn:userTask id="b"><bpmn:extensionElements><camunda:formData><camunda:formField id="note" /></camunda:formData></bpmn:extensionElements></bpmn:userTask>
            """);

        Assert.Equal(2, BpmnReader.Read(xml).Nodes.Length);
    }

    [Theory]
    [InlineData("""<bpmn:userTask name="Duyệt" />""", "userTask")]
    [InlineData("""<bpmn:scriptTask id=" " />""", "scriptTask")]
    public void An_element_without_id_is_refused(string element, string localName)
    {
        var error = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(Process(element)));

        Assert.Contains($"Phần tử '{localName}' thiếu mã (id)", error.Message);
    }

    private static string TwoProcesses(string first, string second) => $"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
          <bpmn:process id="p1" isExecutable="{first}"><bpmn:startEvent id="s1" /></bpmn:process>
          <bpmn:process id="p2" isExecutable="{second}"><bpmn:startEvent id="s2" /></bpmn:process>
        </bpmn:definitions>
        """;
}
