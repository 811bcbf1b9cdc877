using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Workflows.Bpmn;

namespace ToanDan.Awards.Host.Features.Workflows;

/// <summary>What the workflow use cases tell people, said once.</summary>
internal static class WorkflowWords
{
    public static NotFoundException NoVersion(string key, int version) => new($"Không có phiên bản {version} của quy trình '{key}'.");

    public static readonly string TooLarge = $"Tệp quy trình vượt quá {BpmnReader.MaxDocumentCharacters / 1_000_000} triệu ký tự.";
}
