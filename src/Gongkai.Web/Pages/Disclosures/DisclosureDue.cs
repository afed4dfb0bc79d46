using Gongkai.Casework;
using Gongkai.Casework.Disclosure;

namespace Gongkai.Web.Pages.Disclosures;

/// <summary>
/// The 第二十六条 deadline as a list or an item shows it: only 主动公开 items have one, a withdrawn item has none any
/// more, and a published item is late when it was published after the due date.
/// </summary>
public sealed record DisclosureDue(Deadline Deadline, bool Overdue)
{
    public static DisclosureDue? For(WorkingCalendar calendar, DateOnly today, DisclosureDraft content, DisclosureStage stage, DateOnly? publishedOn)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Mode != DisclosureMode.Proactive || stage == DisclosureStage.Withdrawn)
        {
            return null;
        }

        var deadline = PublicationDeadline.Compute(calendar, content.GeneratedOn, content.ChangedOn);
        return new DisclosureDue(deadline, PublicationDeadline.IsOverdue(deadline, today, stage == DisclosureStage.Published ? publishedOn : null));
    }

    public string DueText => IsoDate.Format(Deadline.Due);
}
