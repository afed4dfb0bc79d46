using Gongkai.Casework;
using Gongkai.Casework.Applications;

namespace Gongkai.Web.Casework;

/// <summary>
/// The clock as the applicant may read it (/track, /api/track): the same dates and counting, but a consultation names
/// no one — who was consulted under 第三十二条 (a person, a company) is not the applicant's to know.
/// </summary>
public static class PublicClock
{
    public const string Consulted = "第三方或有关机关";

    public static ApplicationClock? Of(ApplicationCase value, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(value);
        return (value with { Consultations = [.. value.Consultations.Select(c => c with { Party = Consulted })] }).Clock(calendar);
    }
}
