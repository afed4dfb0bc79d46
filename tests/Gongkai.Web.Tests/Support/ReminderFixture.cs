using Dapper;
using Gongkai.Casework;
using Gongkai.Casework.Applications;
using Gongkai.Casework.Statistics;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Accounts;
using Gongkai.Web.Casework.Reminders;
using Microsoft.Extensions.Logging;

namespace Gongkai.Web.Tests.Support;

/// <summary>Cases, clerks with e-mail, a fixed clock and a log that keeps its lines, for the reminder and overview tests.</summary>
public static class ReminderFixture
{
    public static readonly Applicant Applicant = new(ApplicantType.Natural, "张三", "110101199001011234");

    /// <summary>The reminder settings of a test: the sink as SMTP server (none when <paramref name="smtpPort"/> is null), links to gongkai.example.cn.</summary>
    public static ReminderOptions Options(int? smtpPort) => new(
        TimeSpan.Zero, ReminderOptions.DefaultDueSoonWorkingDays, "http://gongkai.example.cn",
        smtpPort is { } port ? new SmtpSettings("127.0.0.1", port, "gongkai@example.cn", null, null, false) : null);

    /// <summary>An application received in person on <paramref name="arrived"/> (its reply is due 20 working days later).</summary>
    public static async Task<StoredCase> CaseAsync(Database database, long agencyId, DateOnly arrived, long? assignedTo = null, Func<ApplicationCase, ApplicationCase>? then = null)
    {
        var value = ApplicationCase.Open(IntakeChannel.InPerson, arrived, Applicant, new RequestDetails("2025年危房改造补助名单"));
        value = then?.Invoke(value) ?? value;
        await using var c = await database.OpenAsync();
        await using var tx = await c.BeginTransactionAsync();
        var stored = await CaseStore.InsertAsync(c, tx, database, agencyId, value, await CalendarStore.LoadAsync(database), assignedTo);
        await tx.CommitAsync();
        return stored;
    }

    /// <summary>The reply deadline of a stored case.</summary>
    public static DateOnly Due(StoredCase stored) => stored.Case.NextDeadline(WorkingCalendar.Default)!.Value.Due;

    /// <summary>The reply deadline of an application received in person on <paramref name="arrived"/>, before it is stored.</summary>
    public static DateOnly ReplyDue(DateOnly arrived) =>
        ApplicationCase.Open(IntakeChannel.InPerson, arrived, Applicant, new RequestDetails("-")).NextDeadline(WorkingCalendar.Default)!.Value.Due;

    /// <summary>The day from which <paramref name="due"/> is exactly <paramref name="workingDays"/> working days ahead.</summary>
    public static DateOnly DaysBefore(DateOnly due, int workingDays)
    {
        var day = due;
        for (var counted = 0; counted < workingDays; day = day.AddDays(-1))
        {
            if (WorkingCalendar.Default.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>A clerk of <paramref name="agencyId"/>, with <paramref name="email"/> stored as the users page stores it.</summary>
    public static async Task<WebUser> ClerkAsync(WebApp app, long agencyId, string name, string? email) =>
        await ClerkAsync(app.Services, app.Database, agencyId, name, email);

    public static async Task<WebUser> ClerkAsync(IServiceProvider services, Database database, long agencyId, string name, string? email)
    {
        using var scope = services.CreateAsyncScopeCompat();
        var user = new WebUser { UserName = $"clerk{Guid.NewGuid().ToString("N")[..8]}", DisplayName = name, Role = Roles.Clerk, AgencyId = agencyId };
        Assert.True((await scope.Users.CreateAsync(user, "Test-Passw0rd-1")).Succeeded);
        await using var c = await database.OpenAsync();
        await c.ExecuteAsync("UPDATE users SET email = @email WHERE id = @Id", new { email, user.Id });
        user.Email = email;
        return user;
    }

    public static async Task<int> SentCountAsync(Database database)
    {
        await using var c = await database.OpenAsync();
        return (int)await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM reminders_sent");
    }

    /// <summary>A clock stopped at noon (China time) of one day.</summary>
    public sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);
    }

    /// <summary>A logger that keeps every line it is given.</summary>
    public sealed class ListLogger : ILogger
    {
        private readonly List<(LogLevel Level, string Text)> lines = [];

        public IReadOnlyList<(LogLevel Level, string Text)> Lines
        {
            get
            {
                lock (lines)
                {
                    return [.. lines];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add((logLevel, formatter(state, exception) + (exception is null ? "" : Environment.NewLine + exception)));
            }
        }
    }
}
