using Gongkai.Casework;
using Gongkai.Casework.Statistics;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Gongkai.Web.Casework;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// 行政复议 and 行政诉讼 about the agency's disclosure work (table 四): registered with the application they arose from
/// (by its number), decided with one of 维持 · 纠正 · 其他; undecided ones count as 尚未审结.
/// </summary>
public sealed class AppealsModel(Database database, TimeProvider clock) : PageModel
{
    public IReadOnlyList<StoredAppeal> Appeals { get; private set; } = [];

    public bool CanAct { get; private set; }

    public DateOnly Today { get; private set; }

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Message = done is null ? null : "已保存。";
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string? kind, string? caseNumber, string? body, string? filed, string? application, string? note, CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } agency || !CaseAccess.CanAct(User, agency))
        {
            return Forbid();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        try
        {
            var k = Enum.TryParse<AppealKind>(kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new FormException("请选择复议或诉讼类型。");
            var number = FormDates.Text(caseNumber, "案号", 100);
            var who = FormDates.Text(body, "复议机关或法院", 200);
            var on = FormDates.Date(filed, "受理日期");
            var notes = FormDates.Text(note, "备注", 1000, required: false);
            long? applicationId = null;
            if (FormDates.Text(application, "申请编号", 20, required: false) is { Length: > 0 } appNumber)
            {
                applicationId = await Dapper.SqlMapper.ExecuteScalarAsync<long?>(c, "SELECT id FROM applications WHERE agency_id = @agency AND number = @appNumber", new { agency, appNumber })
                    ?? throw new FormException($"本机关没有编号为 {appNumber} 的申请。");
            }

            await using var tx = await c.BeginTransactionAsync(cancellationToken);
            var id = await AppealStore.InsertAsync(c, tx, database, agency, applicationId, k, number, who, on, notes);
            await AuditLog.WriteAsync(c, tx, database, User, "appeal.register", "appeal", id, null, System.Text.Json.JsonSerializer.Serialize(new { kind = k.ToString(), number, body = who, filed = on, applicationId }));
            await tx.CommitAsync(cancellationToken);
        }
        catch (FormException e)
        {
            return await RefuseAsync(e.Message, cancellationToken);
        }

        return Redirect("/cases/appeals?done=added");
    }

    public async Task<IActionResult> OnPostDecideAsync(long id, string? decided, string? outcome, CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } own || !CaseAccess.CanAct(User, own))
        {
            return Forbid();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        if (await AppealStore.GetAsync(c, id) is not { } appeal || appeal.AgencyId != own)
        {
            return NotFound();
        }

        try
        {
            var on = FormDates.Date(decided, "审结日期");
            var result = Enum.TryParse<AppealOutcome>(outcome, out var o) && Enum.IsDefined(o) ? o : throw new FormException("请选择审结结果。");
            await using var tx = await c.BeginTransactionAsync(cancellationToken);
            if (!await AppealStore.DecideAsync(c, tx, database, id, on, result))
            {
                throw new FormException("该案已审结，或审结日期早于受理日期。");
            }

            await AuditLog.WriteAsync(c, tx, database, User, "appeal.decide", "appeal", id, null, System.Text.Json.JsonSerializer.Serialize(new { decided = on, outcome = result.ToString() }));
            await tx.CommitAsync(cancellationToken);
        }
        catch (FormException e)
        {
            return await RefuseAsync(e.Message, cancellationToken);
        }

        return Redirect("/cases/appeals?done=decided");
    }

    public static string OutcomeLabel(AppealOutcome? outcome) => outcome switch
    {
        AppealOutcome.Upheld => "结果维持",
        AppealOutcome.Corrected => "结果纠正",
        AppealOutcome.Other => "其他结果",
        _ => "尚未审结",
    };

    public static string KindLabel(AppealKind kind) => kind switch
    {
        AppealKind.Review => "行政复议",
        AppealKind.SuitDirect => "行政诉讼（未经复议直接起诉）",
        _ => "行政诉讼（复议后起诉）",
    };

    private async Task<IActionResult> RefuseAsync(string message, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Message = message;
        MessageIsError = true;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        Appeals = await AppealStore.ListAsync(c, await CaseAccess.VisibleAgenciesAsync(c, User));
        CanAct = User.AgencyId() is { } own && CaseAccess.CanAct(User, own);
        Today = ChinaClock.Today(clock);
    }
}
