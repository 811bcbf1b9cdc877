using System.Text.RegularExpressions;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Definitions;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Bpmn;

/// <summary>
/// Small diagrams written the way Camunda 7, Camunda 8, Flowable/Activiti, bpmn.io and the OMG interchange models write
/// them (files in <c>Corpus/</c>, written for this project). <c>run-*</c> must run to an end when driven with first
/// outcomes, also after a round trip through the writer; <c>refuse-*</c> must be refused with errors on the elements its
/// <c>expect-errors</c> comment names; <c>choose-*</c> holds several processes and runs once the one its comment names is chosen.
/// </summary>
public partial class CorpusTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<string> Files => [.. Directory.GetFiles(Folder, "*.bpmn").Select(f => Path.GetFileName(f)).Order()];

    [Fact]
    public void The_corpus_holds_a_few_dozen_files_of_every_dialect()
    {
        var files = Directory.GetFiles(Folder, "*.bpmn").Select(f => Path.GetFileName(f)).ToList();
        Assert.True(files.Count >= 30, $"only {files.Count} files");
        foreach (var dialect in (string[])["c7", "c8", "flowable", "bpmnio", "miwg"])
        {
            Assert.Contains(files, f => f.StartsWith("run-", StringComparison.Ordinal) && f.Contains(dialect, StringComparison.Ordinal));
            Assert.Contains(files, f => f.StartsWith("refuse-", StringComparison.Ordinal) && f.Contains(dialect, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_runs_to_its_end_or_is_refused_naming_its_elements(string file)
    {
        var xml = File.ReadAllText(Path.Combine(Folder, file));
        WorkflowDefinition definition;
        if (file.StartsWith("choose-", StringComparison.Ordinal))
        {
            var refused = Assert.Throws<BpmnFormatException>(() => BpmnReader.Read(xml));
            var chosen = Marker(xml, "choose");
            Assert.Contains(chosen, refused.Processes.Select(p => p.Id));
            Assert.Contains(chosen, refused.Message);
            definition = BpmnReader.Read(xml, chosen);
        }
        else
        {
            definition = BpmnReader.Read(xml);
        }

        var errors = definition.Validate();
        if (file.StartsWith("refuse-", StringComparison.Ordinal))
        {
            foreach (var id in Marker(xml, "expect-errors").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                Assert.Contains(errors, e => e.ElementId == id);
            Assert.All(errors, e => Assert.Contains(e.ElementId ?? definition.Key, e.Message + " " + definition.Key, StringComparison.Ordinal));
            return;
        }

        Assert.Empty(errors);
        var ended = Autopilot.RunToEnd(definition);
        Assert.Equal(InstanceStatus.Completed, ended.State.Status);

        var written = BpmnWriter.Write(definition);
        var reread = BpmnReader.Read(written);
        Assert.Empty(reread.Validate());
        Assert.Equal(written, BpmnWriter.Write(reread));
        Assert.Equal(InstanceStatus.Completed, Autopilot.RunToEnd(reread).State.Status);
    }

    private static string Marker(string xml, string name)
    {
        var match = MarkerPattern().Match(xml);
        Assert.True(match.Success && match.Groups[1].Value == name, $"the file has no '{name}:' comment");
        return match.Groups[2].Value.Trim();
    }

    [GeneratedRegex(@"<!--\s*([a-z-]+):([^>]*?)-->")]
    private static partial Regex MarkerPattern();
}
