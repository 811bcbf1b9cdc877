using System.Xml.Linq;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Tests.Bpmn;

namespace ToanDan.Awards.Workflows.Tests.Definitions;

public class WorkflowDefinitionKeyTests
{
    private static readonly XNamespace Di = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace B = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    [Fact]
    public void A_process_drawn_on_its_own_keeps_its_diagram_under_the_new_id()
    {
        var original = DefaultWorkflows.Load(DefaultWorkflows.GiayKhen);

        var renamed = original.WithKey("giay-khen-moi");
        var written = XDocument.Parse(BpmnWriter.Write(renamed));

        Assert.Equal("giay-khen-moi", written.Descendants(B + "process").Single().Attribute("id")!.Value);
        Assert.Equal("giay-khen-moi", written.Descendants(Di + "BPMNPlane").Single().Attribute("bpmnElement")!.Value);
        var reread = BpmnReader.Read(written.ToString());
        Assert.Equal("giay-khen-moi", reread.Key);
        Assert.Equal(original.Nodes.Select(n => n.Id), reread.Nodes.Select(n => n.Id));
        Assert.Empty(reread.Validate());
    }

    [Fact]
    public void A_pool_in_a_collaboration_points_at_the_new_id()
    {
        var original = BpmnReader.Read(BpmnFixtures.Approval);

        var written = XDocument.Parse(BpmnWriter.Write(original.WithKey("khen-thuong-dot-xuat")));

        Assert.Equal("khen-thuong-dot-xuat", written.Descendants(B + "participant").Single().Attribute("processRef")!.Value);
        Assert.Equal("Collaboration_1", written.Descendants(Di + "BPMNPlane").Single().Attribute("bpmnElement")!.Value);
        Assert.Equal(original.Flows.Count(), BpmnReader.Read(written.ToString()).Flows.Length);
    }

    [Fact]
    public void The_original_is_left_as_it_was()
    {
        var original = DefaultWorkflows.Load(DefaultWorkflows.GiayKhen);

        original.WithKey("khac");

        Assert.Equal(DefaultWorkflows.GiayKhen, original.Key);
        Assert.Contains(original.DocumentParts.SelectMany(p => p.DescendantsAndSelf()),
            e => e.Name == Di + "BPMNPlane" && (string?)e.Attribute("bpmnElement") == DefaultWorkflows.GiayKhen);
    }

    [Fact]
    public void A_copy_under_another_name_keeps_everything_else()
    {
        var original = DefaultWorkflows.Load(DefaultWorkflows.GiayKhen);

        var copy = original.WithKey("khen-dot-xuat").WithName("Khen thưởng đột xuất");
        var reread = BpmnReader.Read(BpmnWriter.Write(copy));

        Assert.Equal("Khen thưởng đột xuất", reread.Name);
        Assert.Equal("khen-dot-xuat", reread.Key);
        Assert.Equal(original.Nodes.Select(n => n.Id), reread.Nodes.Select(n => n.Id));
        Assert.NotEqual("Khen thưởng đột xuất", original.Name);
    }

    [Fact]
    public void The_starter_is_a_valid_workflow_under_the_key_and_name_given()
    {
        var starter = DefaultWorkflows.Starter("khen-dot-xuat", "Khen thưởng đột xuất");
        var written = XDocument.Parse(BpmnWriter.Write(starter));

        Assert.Empty(starter.Validate());
        Assert.Equal("khen-dot-xuat", written.Descendants(Di + "BPMNPlane").Single().Attribute("bpmnElement")!.Value);
        Assert.Equal("Khen thưởng đột xuất", written.Descendants(B + "process").Single().Attribute("name")!.Value);
    }
}
