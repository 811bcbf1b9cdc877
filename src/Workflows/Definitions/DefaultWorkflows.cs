using System.Collections.Immutable;
using ToanDan.Awards.Workflows.Bpmn;

namespace ToanDan.Awards.Workflows.Definitions;

/// <summary>The three workflows the application ships with, as BPMN files embedded in this assembly.</summary>
public static class DefaultWorkflows
{
    /// <summary>Giấy khen của Giám đốc Công an tỉnh.</summary>
    public const string GiayKhen = "giay-khen-cat";

    /// <summary>Bằng khen của Chủ tịch UBND tỉnh.</summary>
    public const string BangKhen = "bang-khen-ubnd";

    /// <summary>Kỷ niệm chương "Bảo vệ an ninh Tổ quốc".</summary>
    public const string KyNiemChuong = "ky-niem-chuong-bvantq";

    /// <summary>The keys of every default workflow.</summary>
    public static ImmutableArray<string> Keys { get; } = [GiayKhen, BangKhen, KyNiemChuong];

    /// <summary>The BPMN XML of a default workflow.</summary>
    /// <param name="key">One of <see cref="Keys"/> (or <c>starter</c>, see <see cref="Starter"/>).</param>
    public static string Xml(string key)
    {
        var resource = $"ToanDan.Awards.Workflows.Defaults.{key}.bpmn";
        using var stream = typeof(DefaultWorkflows).Assembly.GetManifestResourceStream(resource)
            ?? throw new KeyNotFoundException($"There is no default workflow '{key}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The smallest useful workflow (one review, then awarded or not), under a new process id and name: where an
    /// administrator starts a workflow that copies none of the defaults.
    /// </summary>
    /// <param name="key">The new workflow's process id.</param>
    /// <param name="name">Its name.</param>
    public static WorkflowDefinition Starter(string key, string name) => BpmnReader.Read(Xml("starter")).WithKey(key).WithName(name);

    /// <summary>A default workflow, read and ready to run.</summary>
    /// <param name="key">One of <see cref="Keys"/>.</param>
    public static WorkflowDefinition Load(string key) => BpmnReader.Read(Xml(key));
}
