using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Features.Nominations;
using ToanDan.Awards.Host.Pages.Shared;

namespace ToanDan.Awards.Host.Pages.HoSo;

/// <summary>
/// The dossier form, for a new dossier and for editing one. Adding or removing a nominee and importing from Excel
/// post the whole form and render it again, so nothing typed is lost and no script is needed.
/// </summary>
[RequestSizeLimit(FormLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = FormLimitBytes)]
public abstract class NominationFormModel(IMediator mediator) : PageModel
{
    /// <summary>The form with an Excel file in it; the file itself is refused above <see cref="NomineeSpreadsheet.MaxBytes"/>.</summary>
    private const long FormLimitBytes = 10 * 1024 * 1024;

    [BindProperty]
    public NominationInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Import { get; set; }

    public NominationChoices.Result Choices { get; private set; } = null!;
    public IReadOnlyList<NomineeSpreadsheet.RowError> ImportErrors { get; private set; } = [];
    public string? ImportNotice { get; private set; }
    public bool Conflict { get; private set; }

    /// <summary>The dossier being edited; null on a new one.</summary>
    public GetNomination.Result? Existing { get; protected set; }

    protected IMediator Mediator => mediator;

    public IActionResult OnGetMauExcel() =>
        File(NomineeSpreadsheet.Template(), NomineeSpreadsheet.ContentType, NomineeSpreadsheet.TemplateFileName);

    public Task<IActionResult> OnPostThemAsync(string? kind, CancellationToken ct)
    {
        Input.Nominees.Add(new NomineeRow { Kind = kind == NomineeInput.Collective ? NomineeInput.Collective : NomineeInput.Individual });
        ModelState.Clear();
        return FormAsync(ct);
    }

    public Task<IActionResult> OnPostXoaAsync(int index, CancellationToken ct)
    {
        if (index >= 0 && index < Input.Nominees.Count) Input.Nominees.RemoveAt(index);
        ModelState.Clear();
        return FormAsync(ct);
    }

    public Task<IActionResult> OnPostThemGiaiDoanAsync(int index, CancellationToken ct) =>
        ChangeNomineeAsync(index, n => n.ServicePeriods.Add(new ServicePeriodRow()), ct);

    public Task<IActionResult> OnPostXoaGiaiDoanAsync(int index, int row, CancellationToken ct) =>
        ChangeNomineeAsync(index, n => { if (row >= 0 && row < n.ServicePeriods.Count) n.ServicePeriods.RemoveAt(row); }, ct);

    public Task<IActionResult> OnPostThemKhenThuongAsync(int index, CancellationToken ct) =>
        ChangeNomineeAsync(index, n => n.HonoursHeld.Add(new HeldHonourRow()), ct);

    public Task<IActionResult> OnPostXoaKhenThuongAsync(int index, int row, CancellationToken ct) =>
        ChangeNomineeAsync(index, n => { if (row >= 0 && row < n.HonoursHeld.Count) n.HonoursHeld.RemoveAt(row); }, ct);

    /// <summary>Adds or removes a row of one nominee's service periods or honours, like adding or removing a nominee.</summary>
    private Task<IActionResult> ChangeNomineeAsync(int index, Action<NomineeRow> change, CancellationToken ct)
    {
        if (index >= 0 && index < Input.Nominees.Count) change(Input.Nominees[index]);
        ModelState.Clear();
        return FormAsync(ct);
    }

    public async Task<IActionResult> OnPostNhapAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await using var stream = Import?.OpenReadStream();
        NomineeSpreadsheet.Result? read = null;
        // Every refusal of the file is shown beside the file input.
        var refusals = new ModelStateDictionary();
        await refusals.TryAsync(async () => read = await Mediator.Send(new ReadNomineeSpreadsheet.Query(stream, Import?.FileName, Import?.Length ?? 0), ct));
        foreach (var refusal in refusals.Values.SelectMany(v => v.Errors)) ModelState.AddModelError(nameof(Import), refusal.ErrorMessage);
        if (read is not null)
        {
            Input.Nominees.AddRange(read.Nominees.Select(NomineeRow.From));
            ImportErrors = read.Errors;
            ImportNotice = $"Đã thêm {read.Nominees.Count} người/tập thể từ tệp '{Import!.FileName}'"
                + (read.Errors.Count > 0 ? $"; {read.Errors.Select(e => e.Row).Distinct().Count()} dòng có lỗi chưa được thêm." : ".")
                + " Danh sách chỉ được lưu khi anh/chị bấm 'Lưu nháp' hoặc 'Lưu và gửi'.";
        }
        return await FormAsync(ct);
    }

    public Task<IActionResult> OnPostLuuAsync(CancellationToken ct) => SaveAsync(submit: false, ct);

    public Task<IActionResult> OnPostGuiAsync(CancellationToken ct) => SaveAsync(submit: true, ct);

    /// <summary>Sends the create or update command; returns the dossier's id, or null with the refusals in the model state.</summary>
    protected abstract Task<int?> SendAsync(CancellationToken ct);

    /// <summary>Loads what the form shows besides the typed values (the dossier being edited); false when it may not be shown.</summary>
    protected abstract Task<bool> LoadAsync(CancellationToken ct);

    protected async Task<IActionResult> FormAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Choices = await mediator.Send(new NominationChoices.Query(), ct);
        return Page();
    }

    protected async Task<bool> TrySendAsync(Func<Task> send)
    {
        var sent = await ModelState.TryAsync(async () =>
        {
            try
            {
                await send();
            }
            catch (ConflictException)
            {
                Conflict = true;
                throw;
            }
        }, nameof(Input));
        foreach (var key in ModelState.Where(e => e.Key.EndsWith(nameof(NomineeRow.WomenShare), StringComparison.Ordinal) && e.Value?.Errors.Count > 0)
                     .Select(e => e.Key).ToList())
        {
            ModelState.Remove(key);
            ModelState.AddModelError(key, "Tỷ lệ nữ phải từ 0% đến 100%.");
        }
        return sent;
    }

    /// <summary>Dates are typed dd/MM/yyyy whatever the browser's language; one that does not read stops the save.</summary>
    private void CheckDates()
    {
        if (!FormDate.TryParse(Input.SubmissionDate, out _))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.SubmissionDate)}", "Ngày tờ trình phải có dạng dd/mm/yyyy, ví dụ 28/10/2026.");
        for (var i = 0; i < Input.Nominees.Count; i++)
        {
            var nominee = Input.Nominees[i];
            if (nominee.IsCollective) continue;
            var key = $"{nameof(Input)}.{nameof(Input.Nominees)}[{i}]";
            if (!FormDate.TryParse(nominee.DateOfBirth, out _))
                ModelState.AddModelError($"{key}.{nameof(NomineeRow.DateOfBirth)}", "Ngày sinh phải có dạng dd/mm/yyyy, ví dụ 19/05/1978.");
            for (var j = 0; j < nominee.ServicePeriods.Count; j++)
            {
                var period = nominee.ServicePeriods[j];
                var periodKey = $"{key}.{nameof(NomineeRow.ServicePeriods)}[{j}]";
                if (!FormDate.TryParse(period.From, out var from) || from is null)
                    ModelState.AddModelError($"{periodKey}.{nameof(ServicePeriodRow.From)}", "Ngày bắt đầu phải có dạng dd/mm/yyyy, ví dụ 01/01/2005.");
                if (!FormDate.TryParse(period.To, out _))
                    ModelState.AddModelError($"{periodKey}.{nameof(ServicePeriodRow.To)}", "Ngày kết thúc phải có dạng dd/mm/yyyy, ví dụ 31/12/2015 (để trống nếu đến nay).");
            }
        }
    }

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken ct)
    {
        CheckDates();
        if (!ModelState.IsValid || await SendAsync(ct) is not int id) return await FormAsync(ct);
        if (!submit)
        {
            TempData["Notice"] = "Đã lưu nháp hồ sơ. Anh/chị có thể đính kèm tệp rồi gửi hồ sơ.";
            return Redirect($"/ho-so/{id}");
        }
        var errors = new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary();
        TempData["Notice"] = await errors.TryAsync(() => mediator.Send(new SubmitNomination.Command(id), ct))
            ? "Đã lưu và gửi hồ sơ đi xét duyệt."
            : "Đã lưu hồ sơ nhưng chưa gửi được: " + string.Join(" ", errors.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        return Redirect($"/ho-so/{id}");
    }
}

public sealed class NominationInput
{
    public string? AwardTypeCode { get; set; }
    public int? RoundId { get; set; }
    public string? SubmissionNumber { get; set; }
    public string? SubmissionDate { get; set; }
    /// <summary>The award method's API code (<see cref="ReportCategories.Code{T}"/>); empty: not said.</summary>
    public string? Method { get; set; }
    public Guid? Version { get; set; }
    public List<NomineeRow> Nominees { get; set; } = [];

    public IReadOnlyList<NomineeInput> NomineeInputs() => [.. Nominees.Select(n => n.ToInput())];
}

/// <summary>One nominee block of the form; the women's share is typed in percent.</summary>
public sealed class NomineeRow
{
    public string Kind { get; set; } = NomineeInput.Individual;
    public string? Name { get; set; }
    public string? Achievements { get; set; }
    public string? ParentUnitName { get; set; }
    public int? MemberCount { get; set; }
    /// <summary>Whole percent: an integer binds the same in every server culture.</summary>
    public int? WomenShare { get; set; }
    public string? DateOfBirth { get; set; }
    public string? Sex { get; set; }
    public string? Position { get; set; }
    public string? Workplace { get; set; }
    public string? CitizenId { get; set; }
    public string? FormerCitizenId { get; set; }
    /// <summary>The target group's API code (<see cref="ReportCategories.Code{T}"/>); empty: not said.</summary>
    public string? Target { get; set; }

    // What the eligibility check reads; each period and honour is a row of the form, added and removed like nominees.
    public string? Group { get; set; }
    public bool PendingDiscipline { get; set; }
    public bool PendingComplaint { get; set; }
    public bool PendingInspection { get; set; }
    public List<ServicePeriodRow> ServicePeriods { get; set; } = [];
    public List<HeldHonourRow> HonoursHeld { get; set; } = [];

    // Every row is sent, an empty one too (it is refused, to be filled or removed), so that a refusal's index is the row's.
    private IReadOnlyList<ServicePeriod>? Periods() => ServicePeriods.Count > 0 ? [.. ServicePeriods.Select(p => p.ToPeriod())] : null;

    private IReadOnlyList<HeldHonour>? Honours() => HonoursHeld.Count > 0 ? [.. HonoursHeld.Select(h => h.ToHonour())] : null;

    public bool IsCollective => Kind == NomineeInput.Collective;

    public NomineeInput ToInput() => IsCollective
        ? new(Kind, Name, Achievements, ParentUnitName: ParentUnitName, MemberCount: MemberCount, WomenShare: WomenShare / 100m, Target: Blank(Target))
        : new(Kind, Name, Achievements, DateOfBirth: FormDate.Parse(DateOfBirth), Sex: Sex, Position: Position, Workplace: Workplace, CitizenId: CitizenId,
            FormerCitizenId: FormerCitizenId,
            Group: string.IsNullOrWhiteSpace(Group) ? null : Group, ServicePeriods: Periods(), HonoursHeld: Honours(),
            PendingDiscipline: PendingDiscipline, PendingComplaint: PendingComplaint, PendingInspection: PendingInspection, Target: Blank(Target));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public static NomineeRow From(NomineeInput n) => new()
    {
        Kind = n.IsCollective ? NomineeInput.Collective : NomineeInput.Individual, Name = n.Name, Achievements = n.Achievements,
        ParentUnitName = n.ParentUnitName, MemberCount = n.MemberCount, WomenShare = Percent(n.WomenShare),
        DateOfBirth = FormDate.Format(n.DateOfBirth), Sex = n.Sex, Position = n.Position, Workplace = n.Workplace, CitizenId = n.CitizenId,
        FormerCitizenId = n.FormerCitizenId, Target = n.Target,
        Group = n.Group, PendingDiscipline = n.PendingDiscipline, PendingComplaint = n.PendingComplaint, PendingInspection = n.PendingInspection,
        ServicePeriods = [.. (n.ServicePeriods ?? []).Select(ServicePeriodRow.Of)], HonoursHeld = [.. (n.HonoursHeld ?? []).Select(HeldHonourRow.Of)],
    };

    public static NomineeRow From(GetNomination.NomineeView n) => new()
    {
        Kind = n.Kind == NomineeKind.Collective ? NomineeInput.Collective : NomineeInput.Individual, Name = n.Name, Achievements = n.Achievements,
        ParentUnitName = n.ParentUnitName, MemberCount = n.MemberCount, WomenShare = Percent(n.WomenShare),
        DateOfBirth = FormDate.Format(n.DateOfBirth), Sex = n.Sex switch { Domain.Sex.Male => "male", Domain.Sex.Female => "female", _ => null },
        Position = n.Position, Workplace = n.Workplace, CitizenId = n.CitizenId,
        FormerCitizenId = n.FormerCitizenId, Target = n.Target,
        Group = n.Group, PendingDiscipline = n.PendingDiscipline, PendingComplaint = n.PendingComplaint, PendingInspection = n.PendingInspection,
        ServicePeriods = [.. (n.ServicePeriods ?? []).Select(ServicePeriodRow.Of)], HonoursHeld = [.. (n.HonoursHeld ?? []).Select(HeldHonourRow.Of)],
    };

    private static int? Percent(decimal? share) => share is { } s ? (int)Math.Round(s * 100m) : null;
}

/// <summary>One service period of an individual as typed: dates dd/MM/yyyy, an empty end meaning "to this day".</summary>
public sealed class ServicePeriodRow
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Place { get; set; }
    public bool CountsDouble { get; set; }
    /// <summary>The unit a period was declared with through the API, kept across a save of the page.</summary>
    public int? UnitId { get; set; }

    /// <summary>Called once the dates were checked (<c>CheckDates</c>); a missing start was refused there.</summary>
    public ServicePeriod ToPeriod() => new(FormDate.Parse(From) ?? default, FormDate.Parse(To), Place?.Trim() ?? "", UnitId, CountsDouble);

    public static ServicePeriodRow Of(ServicePeriod p) =>
        new() { From = FormDate.Format(p.From), To = FormDate.Format(p.To), Place = p.Place, CountsDouble = p.CountsDouble, UnitId = p.UnitId };
}

/// <summary>One honour an individual already holds, as typed.</summary>
public sealed class HeldHonourRow
{
    public string? Name { get; set; }
    public int? Year { get; set; }
    public bool AdHoc { get; set; }

    public HeldHonour ToHonour() => new(Name?.Trim() ?? "", Year, AdHoc);

    public static HeldHonourRow Of(HeldHonour h) => new() { Name = h.Name, Year = h.Year, AdHoc = h.AdHoc };
}

/// <summary>Dates in the form read and written as dd/MM/yyyy (ISO yyyy-MM-dd is also read).</summary>
public static class FormDate
{
    private static readonly string[] Formats = ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd"];

    public static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), Formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
            return false;
        date = d;
        return true;
    }

    public static DateOnly? Parse(string? text) => TryParse(text, out var date) ? date : null;

    public static string? Format(DateOnly? date) => date is { } d ? Workflow.VietnamTime.Date(d) : null;
}
