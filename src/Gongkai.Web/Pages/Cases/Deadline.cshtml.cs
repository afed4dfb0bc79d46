using System.Globalization;
using Gongkai.Casework;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Casework;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// The deadline calculator for clerks and applicants: a start date plus N working days, counted on the national
/// holiday calendar with its 调休 working days and any arrangement added to the registry (the start day not
/// counted), with how it was counted.
/// </summary>
public sealed class DeadlineModel(Database database) : PageModel
{
    public const int MaxDays = 3650;

    public string Start { get; private set; } = "";

    public int Days { get; private set; } = 20;

    public Deadline? Result { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? start, string? days, CancellationToken cancellationToken)
    {
        Start = (start ?? "").Trim();
        if (Start.Length == 0)
        {
            return;
        }

        if (!int.TryParse((days ?? "20").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > MaxDays)
        {
            Error = Lang.T(HttpContext, $"工作日数须为 1 到 {MaxDays} 的整数。", $"The number of working days must be a whole number from 1 to {MaxDays}.");
            return;
        }

        Days = n;
        if (!FormDates.TryDate(Start, out var from))
        {
            Error = Lang.T(HttpContext, "起算日须为形如 2025-01-27 的日期。", "The start must be a date like 2025-01-27.");
            return;
        }

        // The built-in calendar plus the arrangements added to this registry (gongkai calendar add).
        Result = (await CalendarStore.LoadAsync(database, cancellationToken)).AddWorkingDays(from, n);
    }
}
