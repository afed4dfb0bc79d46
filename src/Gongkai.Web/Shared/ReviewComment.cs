using System.Data.Common;
using Dapper;

namespace Gongkai.Web.Shared;

/// <summary>A reviewer's comment on a cell of a submission, or on the whole report (<see cref="CellKey"/> null).</summary>
public sealed record ReviewComment(long Id, long SubmissionId, string? CellKey, string Body, string Author, string CreatedAt, string? ResolvedAt)
{
    /// <summary>The comments of a submission, oldest first; only those not yet answered by a resubmission when <paramref name="openOnly"/>.</summary>
    public static async Task<IReadOnlyList<ReviewComment>> OfAsync(DbConnection c, long submissionId, bool openOnly = false) =>
        [.. (await c.QueryAsync<Row>(
            "SELECT rc.id AS Id, rc.submission_id AS SubmissionId, rc.cell_key AS CellKey, rc.body AS Body, COALESCE(u.display_name, u.user_name, '?') AS Author, " +
            "rc.created_at AS CreatedAt, rc.resolved_at AS ResolvedAt FROM review_comments rc LEFT JOIN users u ON u.id = rc.author_id " +
            "WHERE rc.submission_id = @submissionId AND (@openOnly = 0 OR rc.resolved_at IS NULL) ORDER BY rc.id",
            new { submissionId, openOnly = openOnly ? 1 : 0 })).Select(r => r.ToComment())];

    /// <summary>The bodies of the comments on each cell, for <see cref="ReportView.Comments"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByCell(IEnumerable<ReviewComment> comments) =>
        comments.Where(c => c.CellKey is not null).GroupBy(c => c.CellKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.Body)], StringComparer.Ordinal);

    /// <summary>Where the comment points: the cell's row and column, or 全文.</summary>
    public string Target(bool english) => CellKey is null ? (english ? "whole report" : "全文") : ReportView.Label(CellKey);

    private sealed class Row
    {
        public long Id { get; init; }
        public long SubmissionId { get; init; }
        public string? CellKey { get; init; }
        public string Body { get; init; } = "";
        public string Author { get; init; } = "";
        public string CreatedAt { get; init; } = "";
        public string? ResolvedAt { get; init; }

        public ReviewComment ToComment() => new(Id, SubmissionId, CellKey, Body, Author, CreatedAt, ResolvedAt);
    }
}
