using Gongkai.Casework.Applications;

namespace Gongkai.Data.Casework;

/// <summary>An application as the registry holds it.</summary>
/// <param name="Number">The agency's case number, e.g. <c>2026-0012</c>.</param>
/// <param name="TrackingCode">The code the applicant uses to follow the case, e.g. <c>7H3K-Q9PX-M2WD</c>.</param>
/// <param name="Version">Incremented by every change; a change made on an older version is refused.</param>
/// <param name="AssignedTo">The clerk handling it; null when unassigned.</param>
public sealed record StoredCase(long Id, long AgencyId, string Number, string TrackingCode, int Version, long? AssignedTo, ApplicationCase Case);

/// <summary>One line of a case list: what the dashboard and reminders need without reading the case JSON.</summary>
public sealed class CaseListItem
{
    public long Id { get; init; }
    public long AgencyId { get; init; }
    public string AgencyName { get; init; } = "";
    public string Number { get; init; } = "";
    public string Status { get; init; } = "";
    public string ApplicantName { get; init; } = "";
    public string ApplicantType { get; init; } = "";
    public string ArrivedOn { get; init; } = "";
    public string? ReceivedOn { get; init; }
    public string? ClosedOn { get; init; }
    public string? Outcome { get; init; }
    public string? DueOn { get; init; }
    public string? DueWhat { get; init; }
    public long? AssignedTo { get; init; }
    public string? AssignedName { get; init; }
    public string? AssignedEmail { get; init; }

    public CaseStatus CaseStatus => Enum.Parse<CaseStatus>(Status);
}

/// <summary>A running deadline that moved when the calendar changed.</summary>
public sealed record MovedDeadline(long Id, string Number, string What, DateOnly Before, DateOnly After);

/// <summary>A change refused because someone else changed the case first.</summary>
public sealed class CaseConflictException(string message) : Exception(message);
