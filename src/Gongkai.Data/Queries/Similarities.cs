using Dapper;
using Gongkai.Similarity;
using Gongkai.Writing;

namespace Gongkai.Data.Queries;

/// <summary>Two reports whose narratives are near-duplicates (内容雷同), with the passages they share.</summary>
public sealed record SimilarReports(long ReportA, string AgencyA, int YearA, long ReportB, string AgencyB, int YearB, SimilarPair Pair);

/// <summary>
/// 内容雷同 from the stored MinHash signatures: candidate pairs by LSH, then each candidate's narratives compared
/// exactly, with the shared passages.
/// </summary>
public static class Similarities
{
    /// <summary>Across agencies: every pair of current reports in scope (one year or several) at or above <paramref name="threshold"/>.</summary>
    public static async Task<IReadOnlyList<SimilarReports>> AcrossAgenciesAsync(Database database, Scope scope, double threshold = 0.5, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (where, parameters) = scope.Where();
        await using var c = await database.OpenAsync(cancellationToken);
        var signatures = (await c.QueryAsync<(long Id, byte[] MinHash)>(
            $"SELECT r.id, r.minhash FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {where} AND r.minhash IS NOT NULL", parameters))
            .Select(s => (s.Id, MinHashSignature.FromBytes(s.MinHash)))
            .ToList();
        var candidates = NearDuplicates.Candidates(signatures, threshold);
        var result = new List<SimilarReports>();
        foreach (var candidate in candidates)
        {
            var a = await LoadAsync(c, candidate.A);
            var b = await LoadAsync(c, candidate.B);
            if (a.AgencyId == b.AgencyId)
            {
                continue;
            }

            var pair = SimilarityModel.Default.Compare(a.Doc, b.Doc);
            if (pair.Similarity >= threshold)
            {
                result.Add(new SimilarReports(candidate.A, a.Agency, a.Year, candidate.B, b.Agency, b.Year, pair));
            }
        }

        return [.. result.OrderByDescending(r => r.Pair.Similarity)];
    }

    /// <summary>Each current report in scope against the same agency's report for the year before.</summary>
    public static async Task<IReadOnlyList<SimilarReports>> AgainstPreviousYearAsync(Database database, Scope scope, double threshold = 0.5, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (where, parameters) = scope.Where();
        await using var c = await database.OpenAsync(cancellationToken);
        var pairs = await c.QueryAsync<(long Current, long Previous)>(
            $"""
            SELECT r.id, p.id FROM reports r JOIN agencies a ON a.id = r.agency_id
            JOIN reports p ON p.agency_id = r.agency_id AND p.year = r.year - 1 AND p.is_current = 1
            WHERE {where}
            """,
            parameters);
        var result = new List<SimilarReports>();
        foreach (var (current, previous) in pairs)
        {
            var a = await LoadAsync(c, current);
            var b = await LoadAsync(c, previous);
            var pair = SimilarityModel.Default.Compare(a.Doc, b.Doc);
            if (pair.Similarity >= threshold)
            {
                result.Add(new SimilarReports(current, a.Agency, a.Year, previous, b.Agency, b.Year, pair));
            }
        }

        return [.. result.OrderByDescending(r => r.Pair.Similarity)];
    }

    private static async Task<(long AgencyId, string Agency, int Year, NarrativeDoc Doc)> LoadAsync(System.Data.Common.DbConnection c, long id)
    {
        var row = await c.QuerySingleAsync<(long AgencyId, string Agency, int Year, string Json)>(
            "SELECT r.agency_id, a.full_name, r.year, r.report_json FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = @id", new { id });
        return (row.AgencyId, row.Agency, row.Year, NarrativeDoc.Of(id, CanonicalJson.Read(row.Json)));
    }
}
