using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Workflows.Bpmn;
using ToanDan.Awards.Workflows.Execution;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>Turns every refusal into a ProblemDetails with a message a person can act on (Vietnamese).</summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails Map(Exception exception) => exception switch
    {
        ValidationException v => new ValidationProblemDetails(v.Errors
            .GroupBy(e => Camel(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()))
        {
            Status = 400, Title = StatusWords.Invalid, Detail = string.Join(" ", v.Errors.Select(e => e.ErrorMessage).Distinct()),
        },
        NotFoundException e => Problem(404, StatusWords.NotFound, e.Message),
        ForbiddenException e => Problem(403, StatusWords.Forbidden, e.Message),
        ConflictException e => Problem(409, StatusWords.Conflict, e.Message),
        NotApplicableException e => Problem(409, StatusWords.NotApplicable, e.Message, e.Code),
        DomainErrorsException e => WithErrors(Problem(422, StatusWords.NotApplicable, e.Message, e.Code), e.Errors),
        DomainException e => Problem(422, StatusWords.NotApplicable, e.Message, e.Code),
        WorkflowException e => e.Error switch
        {
            WorkflowError.TaskAlreadyCompleted or WorkflowError.TaskClosed or WorkflowError.InstanceNotRunning
                or WorkflowError.TimerNotPending or WorkflowError.TaskClaimedByOther
                or WorkflowError.CallNotPending => Problem(409, StatusWords.Conflict, e.Message, e.Error.ToString()),
            WorkflowError.MessageNotAwaited => Problem(409, "Hồ sơ không chờ thông điệp này", e.Message, e.Error.ToString()),
            WorkflowError.OutcomeNotAllowed => Problem(400, "Lựa chọn không hợp lệ", e.Message, e.Error.ToString()),
            WorkflowError.TaskNotFound => Problem(404, StatusWords.NotFound, e.Message, e.Error.ToString()),
            _ => Problem(422, "Quy trình không thể đi tiếp", e.Message, e.Error.ToString()),
        },
        BpmnFormatException { Processes.Count: > 0 } e => WithProcesses(Problem(400, "Hãy chọn process cần nhập", e.Message, "choose-process"), e.Processes),
        BpmnFormatException e => Problem(400, "Tệp quy trình không hợp lệ", e.Message),
        DbUpdateConcurrencyException => Problem(409, StatusWords.Conflict, StatusWords.Stale),
        DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: "23505" } or Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 } } =>
            Problem(409, StatusWords.Conflict, "Thao tác trùng với một thao tác khác vừa được lưu. Hãy tải lại trang để xem tình trạng mới nhất."),
        BadHttpRequestException e when e.StatusCode == 413 => Problem(413, StatusWords.TooLarge, "Tệp vượt quá dung lượng cho phép."),
        BadHttpRequestException e => Problem(400, "Yêu cầu không hợp lệ", "Yêu cầu không đọc được: hãy kiểm tra dữ liệu gửi lên."),
        _ => Problem(500, "Lỗi hệ thống", "Đã có lỗi trong hệ thống; thao tác chưa được thực hiện. Xin thử lại sau hoặc báo quản trị viên."),
    };

    private static ProblemDetails Problem(int status, string title, string detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null) problem.Extensions["code"] = code;
        return problem;
    }

    private static ProblemDetails WithProcesses(ProblemDetails problem, IReadOnlyList<BpmnProcessChoice> processes)
    {
        problem.Extensions["processes"] = processes.Select(p => new { id = p.Id, name = p.Name, isExecutable = p.IsExecutable }).ToList();
        return problem;
    }

    private static ProblemDetails WithErrors(ProblemDetails problem, IReadOnlyList<object> errors)
    {
        problem.Extensions["errors"] = errors;
        return problem;
    }

    private static string Camel(string name) =>
        string.Join('.', name.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
