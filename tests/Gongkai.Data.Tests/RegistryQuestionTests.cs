using System.Globalization;
using System.Text;
using Dapper;
using ExcelDataReader;
using Gongkai.Core.Tests.Export;
using Gongkai.Data.Import;
using Gongkai.Data.Queries;
using Gongkai.Data.Tests.Support;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;
using Gongkai.Writing.Export;

namespace Gongkai.Data.Tests;

/// <summary>The seeds plus a generated national corpus, imported once per engine, then asked every question.</summary>
public sealed class RegistryQuestionTests : IClassFixture<RegistryQuestionTests.Imported>
{
    private readonly Imported fixture;

    static RegistryQuestionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public RegistryQuestionTests(Imported fixture) => this.fixture = fixture;

    public static TheoryData<string> Backends => Support.Backends.All;

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Every_document_is_stored_and_the_import_reports_no_failure(string backend)
    {
        var (db, summary) = await fixture.Get(backend);
        Assert.Empty(summary.Failures);
        Assert.Equal(fixture.Corpus.Items.Count + 5, summary.NewReports + summary.NewVersions + summary.SameContent);
        Assert.Equal(fixture.Corpus.Items.Count(i => i.Has(CorpusFaults.CorrectedRepublication)), summary.NewVersions);
        await using var c = await db.OpenAsync();
        Assert.Equal(0, await c.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM (SELECT agency_id, year FROM reports WHERE is_current = 1 GROUP BY agency_id, year HAVING COUNT(*) <> 1) x"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Generated_agencies_land_at_their_place_in_the_tree(string backend)
    {
        var (db, _) = await fixture.Get(backend);
        await using var c = await db.OpenAsync();
        var placed = 0;
        var governments = fixture.Corpus.Items.Where(i => i.Department is null).DistinctBy(i => i.Report.Agency).ToList();
        foreach (var item in governments)
        {
            var code = await c.QuerySingleOrDefaultAsync<string?>(
                "SELECT DISTINCT a.code FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.issuer = @Agency", new { item.Report.Agency });
            placed += code == item.RegionPath[^1].Code ? 1 : 0;
        }

        Assert.True(placed >= governments.Count * 0.95, $"{placed} of {governments.Count} governments placed at their own division");
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task The_csv_export_holds_exactly_the_cells_of_every_stored_report(string backend)
    {
        var (db, _) = await fixture.Get(backend);
        var root = await AgencyQueries.ResolveAsync(db, "#1");
        using var buffer = new MemoryStream();
        CsvExport.Write(ExportQuery.Rows(db, new Scope(root)), buffer);
        var records = Rfc4180.Parse(new UTF8Encoding(false).GetString(buffer.ToArray()).TrimStart('\uFEFF'));
        var keys = records[1];
        var stored = await StoredAsync(db);
        Assert.Equal(stored.Count, records.Count - 2);
        var idColumn = 0;
        foreach (var record in records.Skip(2))
        {
            var report = stored[long.Parse(record[idColumn], CultureInfo.InvariantCulture)];
            foreach (var def in TemplateCatalog.Default.All)
            {
                var text = record[Array.IndexOf(keys, def.Key)];
                var expected = report[def.Key];
                Assert.True(
                    expected is null ? text.Length == 0 : decimal.Parse(text, CultureInfo.InvariantCulture) == expected,
                    $"report {record[idColumn]} {def.Key}: CSV has '{text}', the stored JSON {expected}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task The_xlsx_export_holds_exactly_the_cells_of_every_stored_report_as_numbers(string backend)
    {
        var (db, _) = await fixture.Get(backend);
        var root = await AgencyQueries.ResolveAsync(db, "#1");
        using var buffer = new MemoryStream();
        XlsxExport.Write(ExportQuery.Rows(db, new Scope(root)), buffer);
        buffer.Position = 0;
        using var reader = ExcelReaderFactory.CreateReader(buffer);
        var table = new List<object?[]>();
        while (reader.Read())
        {
            table.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]);
        }

        var keys = table[1].Select(o => o?.ToString() ?? "").ToArray();
        var stored = await StoredAsync(db);
        Assert.Equal(stored.Count, table.Count - 2);
        foreach (var row in table.Skip(2))
        {
            var id = Convert.ToInt64(row[0], CultureInfo.InvariantCulture);
            var report = stored[id];
            foreach (var def in TemplateCatalog.Default.All)
            {
                var cell = row[Array.IndexOf(keys, def.Key)];
                var expected = report[def.Key];
                if (expected is null)
                {
                    Assert.True(cell is null, $"report {id} {def.Key}: {cell} where the JSON is null");
                }
                else
                {
                    Assert.Equal((double)expected.Value, Assert.IsType<double>(cell), 9);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task The_rollup_of_random_subtrees_equals_the_sum_of_their_reports(string backend)
    {
        var (db, _) = await fixture.Get(backend);
        await using var c = await db.OpenAsync();
        var agencies = (await c.QueryAsync<long>("SELECT id FROM agencies ORDER BY id")).ToList();
        var rows = (await c.QueryAsync<(string Path, int Year, string Json)>(
            "SELECT a.path, r.year, r.report_json FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.is_current = 1 AND r.year IS NOT NULL")).ToList();
        var reports = rows.Select(r => (r.Path, r.Year, Report: CanonicalJson.Read(r.Json))).ToList();
        var rng = new Random(4);
        var picked = new List<long> { AgencyTree.RootId };
        picked.AddRange(Enumerable.Range(0, 12).Select(_ => agencies[rng.Next(agencies.Count)]));
        foreach (var id in picked)
        {
            var root = await AgencyQueries.ResolveAsync(db, $"#{id}");
            foreach (var year in new[] { 2022, 2023, 2024 })
            {
                var parts = reports.Where(r => r.Year == year && r.Path.StartsWith(root.Path, StringComparison.Ordinal)).ToList();
                var rollups = await Rollups.SumAsync(db, new Scope(root, year, year));
                Assert.Equal(parts.Count, rollups.Sum(r => r.Reports));
                foreach (var rollup in rollups)
                {
                    var same = parts.Where(p => p.Report.Format == rollup.Format).Select(p => p.Report).ToList();
                    Assert.Equal(same.Count, rollup.Reports);
                    foreach (var key in rollup.Report.Cells.Keys)
                    {
                        var values = same.Select(r => r[key]).OfType<decimal>().ToList();
                        Assert.Equal(values.Count == 0 ? null : values.Sum(), rollup.Report[key]);
                        Assert.Equal(same.Count - values.Count, rollup.Blank.GetValueOrDefault(key));
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task The_quality_table_finds_every_injected_fault(string backend)
    {
        var (db, _) = await fixture.Get(backend);
        var root = await AgencyQueries.ResolveAsync(db, "#1");
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            var rows = (await Quality.ForYearAsync(db, root, year)).Where(q => !q.Missing).ToDictionary(q => q.Agency);
            foreach (var item in fixture.Corpus.Items.Where(i => i.Report.Year == year && !i.Has(CorpusFaults.CorrectedRepublication)))
            {
                var corrected = fixture.Corpus.Items.Any(i => i.Corrects == item.FileName);
                var q = rows[item.Report.Agency!];
                if (item.Has(CorpusFaults.ArithmeticBreak) && !corrected)
                {
                    Assert.True(q.ArithmeticBreaks > 0, $"{item.FileName}: arithmetic break in {item.BrokenCell} not found");
                }

                Assert.Equal(item.Has(CorpusFaults.OutdatedTemplate) && !corrected, q.OutdatedTemplate && !corrected);
                if (item.Has(CorpusFaults.MissingSection) && !corrected)
                {
                    Assert.True(q.MissingSections > 0, $"{item.FileName}: missing section not found");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Copied_narratives_are_found_with_the_shared_passage_with_and_without_learning_the_boilerplate(string backend)
    {
        foreach (var learn in new[] { true, false })
        {
            await CopiesFoundAsync(backend, learn);
        }
    }

    private async Task CopiesFoundAsync(string backend, bool learn)
    {
        var (db, _) = await fixture.Get(backend);
        var root = await AgencyQueries.ResolveAsync(db, "#1");
        var copies = fixture.Corpus.Items.Where(i => i.Has(CorpusFaults.CopiedNarrative)).ToList();
        Assert.NotEmpty(copies);
        var byFile = fixture.Corpus.Items.ToDictionary(i => i.FileName);
        foreach (var year in copies.Select(c => c.Report.Year!.Value).Distinct())
        {
            var found = await Similarities.AcrossAgenciesAsync(db, new Scope(root, year, year), 0.5, learn);
            foreach (var copy in copies.Where(c => c.Report.Year == year))
            {
                var original = byFile[copy.CopiedFrom!];
                if (original.Report.Year != year || original.Report.Agency == copy.Report.Agency)
                {
                    continue;
                }

                var pair = found.SingleOrDefault(f => new[] { f.AgencyA, f.AgencyB }.Order().SequenceEqual(new[] { copy.Report.Agency!, original.Report.Agency! }.Order()));
                Assert.True(pair is not null, $"{copy.FileName} copies {original.FileName}: not found (learn: {learn})");
                Assert.Contains(pair.Sections, s => s.Section == SectionKind.Overview && s.Similarity >= 0.5);
                Assert.Contains(pair.Pair.Passages, p => p.LengthA >= 50);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_corrected_republication_keeps_both_versions_and_names_the_changed_cells(string backend)
    {
        var (db, _) = await fixture.Get(backend);
        var item = fixture.Corpus.Items.First(i => i.Has(CorpusFaults.CorrectedRepublication));
        var agency = await AgencyQueries.ResolveAsync(db, item.Report.Agency!);
        var versions = await Versions.OfAsync(db, agency, item.Report.Year!.Value);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.False(versions[0].IsCurrent);
        Assert.True(versions[1].IsCurrent);
        Assert.Contains("\"key\"", versions[1].DiffJson, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<long, AnnualReport>> StoredAsync(Database db)
    {
        await using var c = await db.OpenAsync();
        return (await c.QueryAsync<(long Id, string Json)>("SELECT id, report_json FROM reports WHERE is_current = 1"))
            .ToDictionary(r => r.Id, r => CanonicalJson.Read(r.Json));
    }

    /// <summary>One import per engine, shared by the tests of this class.</summary>
    public sealed class Imported
    {
        private readonly Dictionary<string, Task<(Database, ImportSummary)>> imports = [];
        private readonly Lock gate = new();

        public Corpus Corpus { get; } = Corpus.Write(count: 400, seed: 11);

        public Task<(Database Db, ImportSummary Summary)> Get(string backend)
        {
            lock (gate)
            {
                if (!imports.TryGetValue(backend, out var task))
                {
                    imports[backend] = task = Task.Run(async () =>
                    {
                        var db = Support.Backends.Create(backend);
                        return (db, await new Importer(db).RunAsync([Corpus.Directory]));
                    });
                }

                return task;
            }
        }
    }
}
