using System.Text.Json;
using Gongkai.Casework;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin;

/// <summary>
/// The working-day calendar: the years it covers, and a form to add next year's State Council arrangement (the same
/// TSV as cn-holidays.tsv). Adding it moves every running deadline it affects; the page lists them.
/// </summary>
public sealed class CalendarModel(Database database) : PageModel
{
    public const int MaxChars = 64 * 1024;

    public WorkingCalendar Calendar { get; private set; } = WorkingCalendar.Default;

    public IReadOnlyList<MovedDeadline>? Moved { get; private set; }

    public int? Added { get; private set; }

    public string? Error { get; private set; }

    public string Text { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Calendar = await CalendarStore.LoadAsync(database, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? tsv, IFormFile? file, CancellationToken cancellationToken)
    {
        Text = tsv ?? "";
        if (file is { Length: > 0 and <= MaxChars })
        {
            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
            Text = await reader.ReadToEndAsync(cancellationToken);
        }

        WorkingCalendar parsed;
        try
        {
            parsed = Text.Length is > 0 and <= MaxChars ? WorkingCalendar.Parse(new StringReader(Text)) : throw new InvalidDataException($"请粘贴或上传节假日安排（不超过 {MaxChars / 1024} KB）。");
            if (parsed.Days.Count == 0)
            {
                throw new InvalidDataException("没有日期行。");
            }
        }
        catch (InvalidDataException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Calendar = await CalendarStore.LoadAsync(database, cancellationToken);
            return Page();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        Moved = await CalendarStore.AddAsync(c, tx, database, [.. parsed.Days], User.Identity?.Name ?? "admin");
        await AuditLog.WriteAsync(c, tx, database, User, "calendar.add", "calendar", string.Join(",", parsed.Years), null,
            JsonSerializer.Serialize(new { days = parsed.Days.Count, moved = Moved.Select(m => new { m.Number, before = m.Before, after = m.After }) }));
        await tx.CommitAsync(cancellationToken);
        Added = parsed.Days.Count;
        Calendar = await CalendarStore.LoadAsync(database, cancellationToken);
        return Page();
    }
}
