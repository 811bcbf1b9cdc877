using System.Text.Json.Nodes;
using ToanDan.Awards.Workflows.Runtime;

namespace ToanDan.Awards.Workflows.Tests.Runtime;

public class InstanceStateJsonTests
{
    private static Driver Busy()
    {
        var driver = new Driver(new FlowBuilder()
            .Start().Task("pv05", dueInWorkingDays: 8).And("split").Task("council", role: "council").Task("disclosure").And("join").End("end", "approved")
            .Timer("remind", "council", false, FlowBuilder.WorkingDays(-1, ToanDan.Awards.Workflows.Definitions.TimeAnchor.TaskDue)).Send("mail").End("quiet")
            .Chain("start", "pv05", "split").Chain("split", "council", "join").Chain("split", "disclosure", "join").Chain("join", "end")
            .Chain("remind", "mail", "quiet").Build());
        return driver.Start(new JsonObject { ["nomination"] = new JsonObject { ["awardType"] = "GK", ["title"] = "Công an xã Đông Tiến" } })
            .Complete("pv05", "approve", comment: "Đủ điều kiện, đề nghị Hội đồng xét")
            .Complete("council", "approve");
    }

    [Fact]
    public void State_survives_a_round_trip_exactly()
    {
        var state = Busy().State;

        var json = InstanceStateJson.Serialize(state);
        var back = InstanceStateJson.Deserialize(json);

        Assert.Equal(json, InstanceStateJson.Serialize(back));
        Assert.Equal(state.OpenTasks, back.OpenTasks);
        Assert.Equal(state.Tokens, back.Tokens);
        Assert.Equal(state.Forks, back.Forks);
        Assert.Equal(state.PendingTimers, back.PendingTimers);
        Assert.Equal(state.Journal, back.Journal);
        Assert.True(JsonNode.DeepEquals(state.Variables, back.Variables));
        Assert.Equal((state.Status, state.StartedAt, state.DefinitionKey, state.DefinitionVersion),
            (back.Status, back.StartedAt, back.DefinitionKey, back.DefinitionVersion));
    }

    [Fact]
    public void Bytes_and_text_forms_agree()
    {
        var state = Busy().State;

        var fromBytes = InstanceStateJson.Deserialize(InstanceStateJson.SerializeToUtf8Bytes(state));

        Assert.Equal(InstanceStateJson.Serialize(state), InstanceStateJson.Serialize(fromBytes));
    }

    [Fact]
    public void A_restored_state_runs_on_exactly_as_the_original()
    {
        var original = Busy();
        var restored = new Driver(original.Definition) { Now = original.Now };
        typeof(Driver).GetProperty(nameof(Driver.State))!.SetValue(restored, InstanceStateJson.Deserialize(InstanceStateJson.Serialize(original.State)));

        original.Complete("disclosure", "approve");
        restored.Complete("disclosure", "approve");

        Assert.Equal(InstanceStateJson.Serialize(original.State), InstanceStateJson.Serialize(restored.State));
    }

    [Fact]
    public void The_document_is_versioned_and_keeps_vietnamese_readable()
    {
        var json = InstanceStateJson.Serialize(Busy().State);
        var document = JsonNode.Parse(json)!;

        Assert.Equal(InstanceStateJson.CurrentVersion, document["v"]!.GetValue<int>());
        Assert.Equal("Đủ điều kiện, đề nghị Hội đồng xét", document["journal"]!.AsArray()
            .Select(e => e!["comment"]?.GetValue<string>()).First(c => c is not null));
    }

    [Fact]
    public void An_unknown_version_is_refused()
    {
        var document = JsonNode.Parse(InstanceStateJson.Serialize(Busy().State))!;
        document["v"] = 99;

        var error = Assert.Throws<InstanceStateFormatException>(() => InstanceStateJson.Deserialize(document.ToJsonString()));

        Assert.Contains("99", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("{\"v\":1}")]
    public void Broken_json_is_refused_with_a_clear_error(string json) =>
        Assert.Throws<InstanceStateFormatException>(() => InstanceStateJson.Deserialize(json));

    [Fact]
    public void Same_commands_give_the_same_state()
    {
        Assert.Equal(InstanceStateJson.Serialize(Busy().State), InstanceStateJson.Serialize(Busy().State));
    }
}
