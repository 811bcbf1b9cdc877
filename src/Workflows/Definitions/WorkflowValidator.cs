namespace ToanDan.Awards.Workflows.Definitions;

// PLACEHOLDER until the validator lands.
internal static class WorkflowValidator
{
    public static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) => definition.ImportProblems;
}
