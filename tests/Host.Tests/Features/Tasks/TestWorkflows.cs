using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Demo;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Persistence;

namespace ToanDan.Awards.Host.Tests.Features.Tasks;

/// <summary>Workflows of a test's own, published through the administrators' API, and accounts added beside the demo's.</summary>
public static class TestWorkflows
{
    /// <summary>A process of the engine's dialect around <paramref name="body"/> (flow elements and root elements inside the process).</summary>
    public static string Bpmn(string key, string name, string process, string roots = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:award="urn:toandan:awards:bpmn:1.0"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_{key}" targetNamespace="urn:toandan:awards:workflows">
          {roots}
          <bpmn:process id="{key}" name="{name}" isExecutable="true">
          {process}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Creates, fills and publishes a workflow; returns its key.</summary>
    public static async Task<string> PublishAsync(AwardsApp app, string key, string name, string xml)
    {
        var admin = await app.ClientForAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/workflows", new { key, name });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = await admin.PutAsync($"/api/workflows/{key}/versions/1", new StringContent(xml, Encoding.UTF8, "application/xml"));
        var savedBody = await saved.Content.ReadAsStringAsync();
        Assert.True(saved.IsSuccessStatusCode, savedBody);
        Assert.Contains("\"errors\":[]", savedBody);
        var published = await admin.PostAsync($"/api/workflows/{key}/versions/1/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return key;
    }

    /// <summary>New dossiers of the award type start on <paramref name="workflowKey"/>.</summary>
    public static async Task UseForAsync(AwardsApp app, string awardTypeCode, string workflowKey)
    {
        var admin = await app.ClientForAsync("admin");
        var settings = await admin.GetFromJsonAsync<JsonObject>("/api/admin/award-types");
        var awardType = settings!["awardTypes"]!.AsArray().Single(a => (string?)a!["code"] == awardTypeCode)!.AsObject();
        awardType["workflowKey"] = workflowKey;
        var put = await admin.PutAsJsonAsync($"/api/admin/award-types/{(int)awardType["id"]!}", awardType);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
    }

    /// <summary>An account of the demo's password in a demo unit, with one role (once per fixture).</summary>
    public static Task AddAccountAsync(AwardsApp app, string userName, string fullName, string role, string unitCode) =>
        app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(userName) is not null) return true;
            var unit = await services.GetRequiredService<AwardsDbContext>().Units.SingleAsync(u => u.Code == unitCode);
            var user = new AppUser { UserName = userName, FullName = fullName, UnitId = unit.Id, Email = $"{userName}@toandan.local", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return true;
        });
}
