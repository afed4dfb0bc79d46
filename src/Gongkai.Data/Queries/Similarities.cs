using System.Collections.Immutable;
using System.Data.Common;
using Dapper;
using Gongkai.Reports;
using Gongkai.Similarity;
using Gongkai.Writing;

namespace Gongkai.Data.Queries;

/// <summary>
/// Two reports whose narratives are near-duplicates (内容雷同): the similarity of the whole narratives, the sections
/// that are near-duplicates on their own (a copied 总体情况, say), and the passages they share.
/// </summary>
public sealed record SimilarReports(
    long ReportA,
    string AgencyA,
    int YearA,
    long ReportB,
    string AgencyB,
    int YearB,
    SimilarPair Pair,
    ImmutableArray<(SectionKind Section, double Similarity)> Sections)
{
    /// <summary>The highest similarity, whole narrative or section.</summary>
    public double Similarity => Sections.IsEmpty ? Pair.Similarity : Math.Max(Pair.Similarity, Sections.Max(s => s.Similarity));
}

/// <summary>
/// 内容雷同 from the stored MinHash signatures (whole narrative and each section): candidate pairs by LSH, then
/// each candidate compared exactly on its texts, with the shared passages.
/// </summary>
public static class Similarities
{
    /// <summary>
    /// A section shorter than this many shingles (about a sentence or two) is not compared on its own: short stock
    /// sections such as “六、其他需要报告的事项：无。” are alike everywhere without anyone copying.
    /// </summary>
    public const int SectionMinShingles = 80;

    /// <summary>Sections shorter than this (characters) are not compared on their own, for the same reason.</summary>
    public const int SectionMinLength = 150;

    /// <summary>How many narratives the scope's boilerplate is learned from (all of them in a smaller scope).</summary>
    public const int LearningSample = 5000;

    /// <summary>
    /// Across agencies: every pair of current reports in scope whose narratives, or one section of them, reach
    /// <paramref name="threshold"/>.
    /// </summary>
    /// <param name="learn">
    /// Learn the scope's own boilerplate first (shingles found in more than 2 % of its narratives — a province's
    /// template sentences — no longer count as shared), and compare with that model; otherwise use the signatures
    /// stored at import (default model: only the statutory headings and sentences are discounted), which is faster.
    /// </param>
    public static async Task<IReadOnlyList<SimilarReports>> AcrossAgenciesAsync(Database database, Scope scope, double threshold = 0.5, bool learn = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (where, parameters) = scope.Where();
        await using var c = await database.OpenAsync(cancellationToken);
        var loaded = new Dictionary<long, Loaded>();
        var pairs = new HashSet<(long A, long B)>();
        SimilarityModel model;
        if (learn)
        {
            // The boilerplate is learned from a random sample (a template sentence is in more than 2 % of narratives;
            // a sample of a few thousand shows it), then every report is signed as it streams by: texts are not kept.
            var sample = await c.QueryAsync<string>(
                $"SELECT r.report_json FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {where} ORDER BY random() LIMIT {LearningSample}", parameters);
            model = SimilarityModel.Learn([.. sample.AsParallel().Select((json, i) => NarrativeDoc.Of(i, CanonicalJson.Read(json)))]);
            var signed = new List<(long Id, MinHashSignature Whole, ImmutableArray<(SectionKind Section, MinHashSignature Signature)> Sections)>();
            var rows = c.Query<(long Id, string Json)>(
                $"SELECT r.id, r.report_json FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {where}", parameters, buffered: false);
            foreach (var chunk in rows.Chunk(512))
            {
                cancellationToken.ThrowIfCancellationRequested();
                signed.AddRange(chunk.AsParallel().AsOrdered().Select(r =>
                {
                    var (whole, sections) = Import.Narratives.Sign(CanonicalJson.Read(r.Json), model);
                    return (r.Id, whole, sections);
                }));
            }

            pairs.UnionWith(NearDuplicates.Candidates(signed.Select(x => (x.Id, x.Whole)), threshold).Select(p => (p.A, p.B)));
            foreach (var group in signed.SelectMany(x => x.Sections.Select(s => (x.Id, s.Section, s.Signature))).GroupBy(x => x.Section))
            {
                pairs.UnionWith(NearDuplicates.Candidates(group.Select(x => (x.Id, x.Signature)), threshold, SectionMinShingles).Select(p => (p.A, p.B)));
            }
        }
        else
        {
            model = SimilarityModel.Default;
            var whole = (await c.QueryAsync<(long Id, byte[] MinHash)>(
                $"SELECT r.id, r.minhash FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {where} AND r.minhash IS NOT NULL", parameters))
                .Select(s => (s.Id, MinHashSignature.FromBytes(s.MinHash)));
            pairs.UnionWith(NearDuplicates.Candidates(whole, threshold).Select(p => (p.A, p.B)));
            var sections = (await c.QueryAsync<(long Id, string Section, byte[] MinHash)>(
                $"SELECT s.report_id, s.section, s.minhash FROM section_signatures s JOIN reports r ON r.id = s.report_id JOIN agencies a ON a.id = r.agency_id WHERE {where}", parameters))
                .GroupBy(s => s.Section);
            foreach (var group in sections)
            {
                pairs.UnionWith(NearDuplicates.Candidates(group.Select(s => (s.Id, MinHashSignature.FromBytes(s.MinHash))), threshold, SectionMinShingles).Select(p => (p.A, p.B)));
            }
        }

        var result = new List<SimilarReports>();
        foreach (var (a, b) in pairs)
        {
            var la = await LoadAsync(c, loaded, a);
            var lb = await LoadAsync(c, loaded, b);
            if (la.AgencyId != lb.AgencyId && Compare(model, la, lb, threshold) is { } found)
            {
                result.Add(found);
            }
        }

        return [.. result.OrderByDescending(r => r.Similarity).ThenBy(r => r.ReportA)];
    }

    /// <summary>Each current report in scope against the same agency's report for the year before.</summary>
    public static async Task<IReadOnlyList<SimilarReports>> AgainstPreviousYearAsync(Database database, Scope scope, double threshold = 0.5, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (where, parameters) = scope.Where();
        await using var c = await database.OpenAsync(cancellationToken);
        var pairs = (await c.QueryAsync<(long Current, long Previous)>(
            $"""
            SELECT r.id, p.id FROM reports r JOIN agencies a ON a.id = r.agency_id
            JOIN reports p ON p.agency_id = r.agency_id AND p.year = r.year - 1 AND p.is_current = 1
            WHERE {where}
            """,
            parameters)).ToList();
        var loaded = new Dictionary<long, Loaded>();
        var result = new List<SimilarReports>();
        foreach (var (current, previous) in pairs)
        {
            var a = await LoadAsync(c, loaded, current);
            var b = await LoadAsync(c, loaded, previous);
            if (Compare(SimilarityModel.Default, a, b, threshold) is { } found)
            {
                result.Add(found);
            }
        }

        return [.. result.OrderByDescending(r => r.Similarity).ThenBy(r => r.ReportA)];
    }

    private static SimilarReports? Compare(SimilarityModel model, Loaded a, Loaded b, double threshold)
    {
        var whole = model.Compare(NarrativeDoc.Of(a.Id, a.Report), NarrativeDoc.Of(b.Id, b.Report));
        var sections = a.Report.Sections.Keys.Intersect(b.Report.Sections.Keys)
            .Where(k => a.Report.Sections[k].Length >= SectionMinLength && b.Report.Sections[k].Length >= SectionMinLength)
            .Select(k => (Section: k, model.Compare(new NarrativeDoc(a.Id, a.Report.Sections[k], a.Report.Agency), new NarrativeDoc(b.Id, b.Report.Sections[k], b.Report.Agency)).Similarity))
            .Where(s => s.Similarity >= threshold)
            .OrderBy(s => s.Section)
            .ToImmutableArray();
        return whole.Similarity >= threshold || !sections.IsEmpty
            ? new SimilarReports(a.Id, a.Agency, a.Year, b.Id, b.Agency, b.Year, whole, sections)
            : null;
    }

    private static async Task<Loaded> LoadAsync(DbConnection c, Dictionary<long, Loaded> loaded, long id)
    {
        if (!loaded.TryGetValue(id, out var l))
        {
            var row = await c.QuerySingleAsync<(long AgencyId, string Agency, int Year, string Json)>(
                "SELECT r.agency_id, a.full_name, r.year, r.report_json FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = @id", new { id });
            loaded[id] = l = new Loaded(id, row.AgencyId, row.Agency, row.Year, CanonicalJson.Read(row.Json));
        }

        return l;
    }

    private sealed record Loaded(long Id, long AgencyId, string Agency, int Year, AnnualReport Report);
}
