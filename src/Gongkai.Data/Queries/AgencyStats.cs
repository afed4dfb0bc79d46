using Dapper;

namespace Gongkai.Data.Queries;

/// <summary>One agency's application figures for a year (table 3, 总计 column; table 4 totals).</summary>
public sealed record AgencyApplications(
    long AgencyId,
    string Agency,
    int Year,
    decimal? Received,
    decimal? CarriedIn,
    decimal? Handled,
    decimal? Disclosed,
    decimal? Partial,
    decimal? Review,
    decimal? Suits)
{
    /// <summary>予以公开 plus 部分公开 as a share of the applications handled, or null when none were handled.</summary>
    public decimal? DisclosedShare => Handled is > 0 && Disclosed is { } d ? (d + (Partial ?? 0)) / Handled.Value : null;
}

/// <summary>Applications per agency: who receives how many, and what becomes of them.</summary>
public static class AgencyStats
{
    public static async Task<IReadOnlyList<AgencyApplications>> ApplicationsAsync(Database database, Scope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (where, parameters) = scope.Where();
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<(long AgencyId, string Agency, int Year, byte[] Cells)>(
            $"SELECT a.id, a.full_name, r.year, r.cells FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {where}", parameters);
        var result = new List<AgencyApplications>();
        foreach (var row in rows)
        {
            var v = CellVector.Decode(row.Cells);
            decimal? Get(string key) => v[CellVector.Index[key]];
            decimal? suits = Get("s4.suit_direct.total") is { } direct ? direct + (Get("s4.suit_after_review.total") ?? 0) : Get("s4.suit_after_review.total");
            result.Add(new AgencyApplications(row.AgencyId, row.Agency, row.Year,
                Get("s3.received.total"), Get("s3.carried_in.total"), Get("s3.total.total"),
                Get("s3.disclosed.total"), Get("s3.partial.total"), Get("s4.review.total"), suits));
        }

        return [.. result.OrderByDescending(r => r.Received ?? -1).ThenBy(r => r.Agency, StringComparer.Ordinal)];
    }
}
