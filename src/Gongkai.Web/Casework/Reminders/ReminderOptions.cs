using System.Globalization;

namespace Gongkai.Web.Casework.Reminders;

/// <summary>The SMTP server reminders go through (<c>Gongkai:Smtp:*</c>); no user = no authentication.</summary>
public sealed record SmtpSettings(string Host, int Port, string From, string? User, string? Password, bool EnableSsl);

/// <summary>
/// How deadline reminders run, read once from configuration (<c>Gongkai:Reminders:*</c>, <c>Gongkai:Smtp:*</c>,
/// <c>Gongkai:PublicUrl</c>).
/// </summary>
/// <param name="Interval">Time between rounds; zero = the service never runs (the overview still lists what is due).</param>
/// <param name="DueSoonWorkingDays">A deadline this many working days ahead or fewer (on the registry calendar) is "due soon".</param>
/// <param name="PublicUrl">The address clerks open the application at, without a trailing slash; the mail links to <c>{PublicUrl}/cases/{id}</c>.</param>
/// <param name="Smtp">Null when no host is configured: nothing is sent and reminders show on the overview only.</param>
public sealed record ReminderOptions(TimeSpan Interval, int DueSoonWorkingDays, string PublicUrl, SmtpSettings? Smtp)
{
    public const int DefaultIntervalMinutes = 60;
    public const int DefaultDueSoonWorkingDays = 3;
    public const string DefaultPublicUrl = "http://localhost:5000";

    /// <summary>PeriodicTimer's limit is about 49 days; a longer interval is shortened to this.</summary>
    private static readonly TimeSpan LongestInterval = TimeSpan.FromDays(30);

    public static ReminderOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var minutes = configuration.GetValue("Gongkai:Reminders:IntervalMinutes", (double)DefaultIntervalMinutes);
        var interval = double.IsFinite(minutes) && minutes > 0 ? TimeSpan.FromMinutes(Math.Min(minutes, LongestInterval.TotalMinutes)) : TimeSpan.Zero;
        var soon = Math.Clamp(configuration.GetValue("Gongkai:Reminders:DueSoonWorkingDays", DefaultDueSoonWorkingDays), 0, 60);
        var url = configuration["Gongkai:PublicUrl"] is { Length: > 0 } u ? u.TrimEnd('/') : DefaultPublicUrl;
        var host = configuration["Gongkai:Smtp:Host"]?.Trim();
        var smtp = string.IsNullOrEmpty(host) ? null : new SmtpSettings(
            host,
            configuration.GetValue("Gongkai:Smtp:Port", 25),
            configuration["Gongkai:Smtp:From"] is { Length: > 0 } from ? from : "gongkai@localhost",
            configuration["Gongkai:Smtp:User"] is { Length: > 0 } user ? user : null,
            configuration["Gongkai:Smtp:Password"],
            configuration.GetValue("Gongkai:Smtp:EnableSsl", false));
        return new ReminderOptions(interval, soon, url, smtp);
    }

    /// <summary>Where the mail sends the clerk: the case page.</summary>
    public string CaseUrl(long caseId) => $"{PublicUrl}/cases/{caseId.ToString(CultureInfo.InvariantCulture)}";
}
