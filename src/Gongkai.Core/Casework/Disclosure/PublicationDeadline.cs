namespace Gongkai.Casework.Disclosure;

/// <summary>
/// When an item of proactive disclosure must be published: within 20 working days of the day the information was
/// created or changed, unless a law sets another period (《政府信息公开条例》第二十六条). A pure function of dates.
/// </summary>
public static class PublicationDeadline
{
    /// <summary>第二十六条: 20 working days.</summary>
    public const int WorkingDays = 20;

    /// <summary>
    /// The due date counted from <paramref name="changed"/> when the information changed after it was generated,
    /// otherwise from <paramref name="generated"/>; the explanation names the rule, the start and how the days were
    /// counted.
    /// </summary>
    public static Deadline Compute(WorkingCalendar calendar, DateOnly generated, DateOnly? changed = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var fromChange = changed is { } c && c > generated;
        var start = fromChange ? changed!.Value : generated;
        var deadline = calendar.AddWorkingDays(start, WorkingDays);
        var basis = fromChange
            ? $"信息于 {IsoDate.Format(start)} 变更，应自变更之日起 {WorkingDays} 个工作日内予以公开（《政府信息公开条例》第二十六条）。"
            : $"信息于 {IsoDate.Format(start)} 形成，应自形成之日起 {WorkingDays} 个工作日内予以公开（《政府信息公开条例》第二十六条）。";
        return deadline with { Explanation = basis + deadline.Explanation };
    }

    /// <summary>
    /// Whether the item is late: published after the due date, or not published and <paramref name="today"/> is past it.
    /// </summary>
    public static bool IsOverdue(Deadline deadline, DateOnly today, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return (published ?? today) > deadline.Due;
    }
}
