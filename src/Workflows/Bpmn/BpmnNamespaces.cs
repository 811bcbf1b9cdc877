using System.Xml.Linq;

namespace ToanDan.Awards.Workflows.Bpmn;

/// <summary>The XML namespaces of a BPMN 2.0 file and the prefixes <see cref="BpmnWriter"/> gives them.</summary>
public static class BpmnNamespaces
{
    /// <summary>The BPMN 2.0 model: processes, tasks, events, gateways, flows.</summary>
    public const string Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>BPMN diagram interchange: shapes and edges.</summary>
    public const string BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";

    /// <summary>Diagram common: bounds and fonts.</summary>
    public const string Dc = "http://www.omg.org/spec/DD/20100524/DC";

    /// <summary>Diagram interchange: waypoints.</summary>
    public const string Di = "http://www.omg.org/spec/DD/20100524/DI";

    /// <summary>XML Schema instance, for <c>xsi:type="bpmn:tFormalExpression"</c>.</summary>
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Our extension attributes, prefix <c>award</c>.</summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item><c>userTask</c>: <c>candidateRole</c>, <c>unitLevel</c> (default <c>self</c>), <c>outcomes</c> (comma list,
    /// default <c>approve,reject</c>), <c>dueInWorkingDays</c> (whole number) or <c>dueIn</c> (ISO 8601 duration).</item>
    /// <item><c>sendTask</c>, <c>serviceTask</c>: <c>template</c>, <c>recipientRole</c>, <c>recipientLevel</c> (default <c>self</c>).</item>
    /// <item><c>endEvent</c>: <c>result</c> (e.g. <c>approved</c>, <c>refused</c>).</item>
    /// <item>timer <c>boundaryEvent</c>: <c>calendar="working"</c> (the duration counts working days: <c>PnD</c>, or
    /// <c>PnW</c> as five working days a week) and <c>anchor="due"</c> (measured from the task's deadline, so
    /// <c>-P2D</c> is two days before it).</item>
    /// </list>
    /// </remarks>
    public const string Award = "urn:toandan:awards:bpmn:1.0";

    /// <summary>Camunda's extension, read as a fallback for files made with Camunda Modeler.</summary>
    public const string Camunda = "http://camunda.org/schema/1.0/bpmn";

    /// <summary>Camunda 8's extension (Zeebe): its <c>assignmentDefinition</c> is read as a fallback too.</summary>
    public const string Zeebe = "http://camunda.org/schema/zeebe/1.0";

    /// <summary>Flowable's extension: its assignment, multi-instance and call activity attributes are read as fallbacks.</summary>
    public const string Flowable = "http://flowable.org/bpmn";

    /// <summary>Activiti's extension (Flowable's ancestor), read like Flowable's.</summary>
    public const string Activiti = "http://activiti.org/bpmn";

    /// <summary>The prefix of <see cref="Bpmn"/>.</summary>
    public const string BpmnPrefix = "bpmn";

    /// <summary>The prefix of <see cref="BpmnDi"/>.</summary>
    public const string BpmnDiPrefix = "bpmndi";

    /// <summary>The prefix of <see cref="Dc"/>.</summary>
    public const string DcPrefix = "dc";

    /// <summary>The prefix of <see cref="Di"/>.</summary>
    public const string DiPrefix = "di";

    /// <summary>The prefix of <see cref="Xsi"/>.</summary>
    public const string XsiPrefix = "xsi";

    /// <summary>The prefix of <see cref="Award"/>.</summary>
    public const string AwardPrefix = "award";

    /// <summary>The prefix of <see cref="Camunda"/>.</summary>
    public const string CamundaPrefix = "camunda";

    internal static readonly XNamespace B = Bpmn;
    internal static readonly XNamespace A = Award;
    internal static readonly XNamespace C = Camunda;
    internal static readonly XNamespace Z = Zeebe;
    internal static readonly XNamespace F = Flowable;
    internal static readonly XNamespace Act = Activiti;
    internal static readonly XNamespace X = Xsi;

    /// <summary>The namespaces the writer always declares, with their prefixes, in order.</summary>
    internal static readonly IReadOnlyList<(string Prefix, string Uri)> Standard =
    [
        (BpmnPrefix, Bpmn), (BpmnDiPrefix, BpmnDi), (DcPrefix, Dc), (DiPrefix, Di), (XsiPrefix, Xsi), (AwardPrefix, Award),
    ];
}
