namespace Gongkai.Web.Shared;

/// <summary>What a clerk or a reviewer does to a submission.</summary>
public enum SubmissionAction
{
    /// <summary>The clerk saves the form (a new draft, a fix of a returned report, or a correction of a published one).</summary>
    Save,

    /// <summary>The clerk sends the report to the superior office.</summary>
    Submit,

    /// <summary>The reviewer sends it back with comments.</summary>
    Return,

    /// <summary>The reviewer accepts it.</summary>
    Accept,

    /// <summary>The reviewer publishes an accepted report: a new, immutable registry version.</summary>
    Publish,
}

/// <summary>
/// The states of a submission and the one table of legal moves. Every illegal move is refused the same way
/// (<see cref="Next"/> returns null, and the handlers answer 409 with <see cref="Refusal"/>).
/// </summary>
public static class SubmissionFlow
{
    public const string Missing = "missing";
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Accepted = "accepted";
    public const string Published = "published";

    /// <summary>Every status, in the order of the workflow (missing = no submission and no registry report).</summary>
    public static IReadOnlyList<string> All { get; } = [Missing, Draft, Submitted, Returned, Accepted, Published];

    private static readonly Dictionary<(string? From, SubmissionAction Action), string> Moves = new()
    {
        [(null, SubmissionAction.Save)] = Draft,
        [(Draft, SubmissionAction.Save)] = Draft,
        [(Returned, SubmissionAction.Save)] = Returned,
        [(Published, SubmissionAction.Save)] = Draft, // a correction: the published version stays as it is
        [(Draft, SubmissionAction.Submit)] = Submitted,
        [(Returned, SubmissionAction.Submit)] = Submitted,
        [(Submitted, SubmissionAction.Return)] = Returned,
        [(Submitted, SubmissionAction.Accept)] = Accepted,
        [(Accepted, SubmissionAction.Publish)] = Published,
    };

    /// <summary>The status after <paramref name="action"/>, or null when the move is not allowed from <paramref name="from"/> (null: no submission yet).</summary>
    public static string? Next(string? from, SubmissionAction action) => Moves.GetValueOrDefault((from, action));

    /// <summary>Whether the clerk may change the report in this status.</summary>
    public static bool Editable(string? status) => Next(status, SubmissionAction.Save) is not null;

    public static string Refusal(string? from, SubmissionAction action) =>
        $"状态为“{Zh(from ?? Missing)}”的年报不能{ActionZh(action)}（a report that is {from ?? Missing} cannot be {action.ToString().ToLowerInvariant()}ed）";

    public static string Zh(string status) => status switch
    {
        Missing => "未报送",
        Draft => "草稿",
        Submitted => "已报送待审",
        Returned => "已退回",
        Accepted => "已审核通过",
        Published => "已公开",
        _ => status,
    };

    public static string En(string status) => status switch
    {
        Submitted => "submitted, awaiting review",
        _ => status,
    };

    private static string ActionZh(SubmissionAction action) => action switch
    {
        SubmissionAction.Save => "修改",
        SubmissionAction.Submit => "报送",
        SubmissionAction.Return => "退回",
        SubmissionAction.Accept => "审核通过",
        _ => "公开",
    };
}
