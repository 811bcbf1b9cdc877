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

    /// <summary>
    /// A state written by the engine before version 2 (main at c9b6812, giay-khen-cat at the council and the disclosure):
    /// it is read, and runs on, on a definition with the same element ids.
    /// </summary>
    [Fact]
    public void A_version_1_state_is_read_and_runs_on()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Runtime", "state-v1.json"));
        Assert.Equal(1, JsonNode.Parse(json)!["v"]!.GetValue<int>());

        var state = InstanceStateJson.Deserialize(json);

        Assert.Equal(["Task_CouncilVote", "Task_PublicDisclosure"], state.OpenTasks.Select(t => t.ElementId));
        Assert.Equal("t10", state.PendingTimers[0].TaskId);
        Assert.Empty(state.AwaitedMessages);
        var definition = new FlowBuilder("giay-khen-cat")
            .Start("StartEvent_Submitted").Task("Task_CommuneReview").Task("Task_PV05Review").And("Gateway_ParallelSplit")
            .Task("Task_CouncilVote", role: "council").Task("Task_PublicDisclosure").And("join").End("end", "approved")
            .Timer("Timer_CouncilVoteReminder", "Task_CouncilVote", false, FlowBuilder.WorkingDays(8)).Send("mail").End("quiet")
            .Chain("StartEvent_Submitted", "Task_CommuneReview", "Task_PV05Review", "Gateway_ParallelSplit")
            .Flow("Gateway_ParallelSplit", "Task_CouncilVote", id: "Flow_SplitToCouncilVote").Flow("Gateway_ParallelSplit", "Task_PublicDisclosure", id: "Flow_SplitToPublicDisclosure")
            .Chain("Task_CouncilVote", "join").Chain("Task_PublicDisclosure", "join").Chain("join", "end").Chain("Timer_CouncilVoteReminder", "mail", "quiet")
            .Build();
        var driver = new Driver(definition) { Now = Driver.Monday.AddHours(3) };
        typeof(Driver).GetProperty(nameof(Driver.State))!.SetValue(driver, state);

        driver.FireTimer("Timer_CouncilVoteReminder").Complete("Task_CouncilVote", "approve").Complete("Task_PublicDisclosure", "approve");

        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
        Assert.Equal(InstanceStateJson.CurrentVersion, JsonNode.Parse(InstanceStateJson.Serialize(driver.State))!["v"]!.GetValue<int>());
    }

    [Fact]
    public void A_version_2_state_is_read_as_a_dossier_own_instance_and_runs_on()
    {
        var definition = new FlowBuilder().Start().Task("t", outcomes: "approve").End().Chain("start", "t", "end").Build();
        var document = JsonNode.Parse(InstanceStateJson.Serialize(new Driver(definition).Start().State))!.AsObject();
        document["v"] = 2;

        var state = InstanceStateJson.Deserialize(document.ToJsonString());
        var driver = new Driver(definition);
        typeof(Driver).GetProperty(nameof(Driver.State))!.SetValue(driver, state);
        driver.Complete("t", "approve");

        Assert.Null(state.CalledFrom);
        Assert.Equal(InstanceStatus.Completed, driver.State.Status);
    }

    [Fact]
    public void A_state_with_votes_messages_calls_and_a_sub_process_survives_a_round_trip()
    {
        var definition = new FlowBuilder()
            .Start().And("split").Vote("vote", completion: null).Sub("sub").Call("call", "child").And("join").End()
            .MessageBoundary("m", "vote", false, "nhac").End("m-end")
            .Inside("sub").Start("s").EventGateway("race").MessageCatch("msg", "tin").TimerCatch("wait", FlowBuilder.WorkingDays(3)).End("e1").End("e2").Inside(null)
            .Chain("start", "split").Chain("split", "vote", "join").Chain("split", "sub", "join").Chain("split", "call", "join").Chain("join", "end")
            .Chain("m", "m-end").Chain("s", "race").Chain("race", "msg", "e1").Chain("race", "wait", "e2").Build();
        var driver = new Driver(definition).Start(new JsonObject { ["members"] = new JsonArray("an", new JsonObject { ["name"] = "Bình" }) });
        driver.Execute(new ToanDan.Awards.Workflows.Execution.ClaimTask(driver.State.OpenTasks[0].Id, "an"));

        var json = InstanceStateJson.Serialize(driver.State);
        var back = InstanceStateJson.Deserialize(json);

        Assert.Equal(json, InstanceStateJson.Serialize(back));
        Assert.Equal(driver.State.OpenTasks, back.OpenTasks);
        Assert.Equal(driver.State.Loops, back.Loops);
        Assert.Equal(driver.State.AwaitedMessages, back.AwaitedMessages);
        Assert.Equal(driver.State.PendingCalls, back.PendingCalls);
        Assert.Equal(driver.State.Tokens, back.Tokens);
        Assert.Equal(driver.State.PendingTimers, back.PendingTimers);
    }

    [Fact]
    public void Same_commands_give_the_same_state()
    {
        Assert.Equal(InstanceStateJson.Serialize(Busy().State), InstanceStateJson.Serialize(Busy().State));
    }
}
