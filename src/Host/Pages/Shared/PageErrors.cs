using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Execution;

namespace ToanDan.Awards.Host.Pages.Shared;

/// <summary>
/// Pages send the same MediatR requests as the API; a refusal becomes a message next to the field it names,
/// or at the top of the form, in Vietnamese.
/// </summary>
public static class PageErrors
{
    /// <summary>Runs a request; on a refusal records it in the model state and returns false.</summary>
    public static async Task<bool> TryAsync(this ModelStateDictionary modelState, Func<Task> action, string? prefix = null)
    {
        try
        {
            await action();
            return true;
        }
        catch (ValidationException e)
        {
            foreach (var error in e.Errors)
                modelState.AddModelError(Key(prefix, error.PropertyName), error.ErrorMessage);
        }
        catch (Exception e) when (e is DomainException or WorkflowException or BpmnFormatException { Processes.Count: 0 } or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            modelState.AddModelError("", ProblemMapping.Map(e).Detail ?? e.Message);
        }
        return false;
    }

    private static string Key(string? prefix, string property) =>
        string.IsNullOrEmpty(prefix) ? property : $"{prefix}.{property}";
}
