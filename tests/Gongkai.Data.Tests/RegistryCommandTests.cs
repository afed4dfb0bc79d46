using System.IO.Compression;
using Gongkai.Data.Tests.Support;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Data.Tests;

/// <summary>The registry commands of the CLI, run in-process as a user types them, on both engines.</summary>
public sealed class RegistryCommandTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Import_then_tree_shows_each_seed_agency_under_its_province_county_and_township(string backend)
    {
        var db = Backends.Target(backend).ConnectionString;
        var import = await Run("import", TestFiles.SeedDirectory, "--db", db);
        Assert.True(import.Exit == 0, import.ToString());
        Assert.Contains("新报告 5", import.Stdout, StringComparison.Ordinal);

        var tree = await Run("agency", "tree", "--db", db, "--depth", "5");
        var lines = tree.Stdout.Split('\n').Select(l => l.TrimEnd()).ToList();
        int Line(string name) => lines.FindIndex(l => l.TrimStart().StartsWith(name + " ", StringComparison.Ordinal));
        Assert.True(Line("河北省") < Line("邢台市") && Line("邢台市") < Line("巨鹿县") && Line("巨鹿县") < Line("巨鹿镇"), tree.Stdout);
        Assert.Contains("巨鹿县巨鹿镇人民政府", tree.Stdout, StringComparison.Ordinal);

        var show = await Run("agency", "show", "巨鹿镇", "--db", db);
        Assert.True(show.Exit == 0, show.ToString());
        Assert.Contains("全国 › 河北省 › 邢台市 › 巨鹿县 › 巨鹿镇", show.Stdout, StringComparison.Ordinal);
        Assert.Contains("2024 年度报告：1 个版本", show.Stdout, StringComparison.Ordinal);

        // 东明镇 exists in three counties; the narrative picks 卢氏县, and the tree keeps the doubt with the evidence.
        var doubtful = await Run("agency", "show", "东明镇", "--db", db);
        Assert.Contains("河南省 › 三门峡市 › 卢氏县 › 东明镇", doubtful.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("置信度：1.00", doubtful.Stdout, StringComparison.Ordinal);
        Assert.Contains("有 3 处", doubtful.Stdout, StringComparison.Ordinal);

        // 巨鹿镇 is an alias of 巨鹿县巨鹿镇人民政府: the short name finds the agency.
        var rollup = await Run("stats", "rollup", "--db", db, "--agency", "巨鹿镇", "--year", "2024", "--to", "json");
        Assert.True(rollup.Exit == 0, rollup.ToString());
        Assert.Contains("\"agency\": \"巨鹿镇（汇总 1 份报告）\"", rollup.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_rollup_is_written_in_every_writer_format_and_reads_back_as_the_sum(string backend)
    {
        var db = Backends.Target(backend).ConnectionString;
        var dir = TempDir.Create("gk-rollup");
        var rng = new Random(5);
        var reports = new List<AnnualReport>();
        foreach (var (name, i) in new[] { "巨鹿县巨鹿镇人民政府", "巨鹿县官亭镇人民政府", "巨鹿县教育局" }.Select((n, i) => (n, i)))
        {
            var report = ReportGenerator.Create(rng, ReportFormat.Revised2021, 2024) with { Agency = name };
            reports.Add(report);
            await File.WriteAllTextAsync(Path.Combine(dir, $"{i}.txt"), PlainTextWriter.Write(report));
        }

        Assert.Equal(0, (await Run("import", dir, "--db", db)).Exit);
        foreach (var format in new[] { "json", "md", "html", "txt", "docx" })
        {
            var file = Path.Combine(dir, $"rollup.{format}");
            var run = await Run("stats", "rollup", "--db", db, "--agency", "巨鹿县", "--year", "2024", "--to", format, "-o", file);
            Assert.True(run.Exit == 0, run.ToString());
            var read = format == "json" ? CanonicalJson.Read(await File.ReadAllTextAsync(file)) : ReportPipeline.Default.ReadFile(file).Report!;
            foreach (var key in read.Cells.Keys)
            {
                Assert.Equal(reports.Select(r => r[key]).OfType<decimal>().Sum(), read[key]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_manual_move_is_kept_and_later_versions_of_the_report_follow_it(string backend)
    {
        var db = Backends.Target(backend).ConnectionString;
        var dir = TempDir.Create("gk-move");
        var report = ReportGenerator.Create(new Random(8), ReportFormat.Revised2021, 2024) with { Agency = "城关镇人民政府" };
        await File.WriteAllTextAsync(Path.Combine(dir, "a.txt"), PlainTextWriter.Write(report));
        Assert.Equal(0, (await Run("import", dir, "--db", db)).Exit);
        Assert.Equal(0, (await Run("import", TestFiles.SeedDirectory, "--db", db)).Exit);

        var move = await Run("agency", "move", "城关镇人民政府", "--to", "巨鹿县", "--db", db);
        Assert.True(move.Exit == 0, move.ToString());
        var tree = await Run("agency", "tree", "巨鹿县", "--db", db);
        Assert.Contains("城关镇人民政府", tree.Stdout, StringComparison.Ordinal);
        Assert.Contains("[人工]", tree.Stdout, StringComparison.Ordinal);

        var corrected = report.WithValues([new("s2.rules.issued", (report["s2.rules.issued"] ?? 0) + 1)]);
        var again = TempDir.Create("gk-move2");
        await File.WriteAllTextAsync(Path.Combine(again, "b.txt"), PlainTextWriter.Write(corrected));
        var import = await Run("import", again, "--db", db);
        Assert.Contains("新版本 1", import.Stdout, StringComparison.Ordinal);
        var history = await Run("agency", "history", "城关镇人民政府", "--year", "2024", "--db", db);
        Assert.Contains("版本 2（现行）", history.Stdout, StringComparison.Ordinal);
        Assert.Contains($"s2.rules.issued（规章·本年制发件数）：{report["s2.rules.issued"] ?? 0} → {(report["s2.rules.issued"] ?? 0) + 1}", history.Stdout, StringComparison.Ordinal);
        var quality = await Run("stats", "quality", "--agency", "巨鹿县", "--year", "2024", "--all", "--db", db);
        Assert.Contains("城关镇人民政府", quality.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task The_statistics_commands_answer_and_draw_their_charts(string backend)
    {
        var db = Backends.Target(backend).ConnectionString;
        var corpus = Corpus.Write(count: 120, seed: 3);
        Assert.Equal(0, (await Run("import", corpus.Directory, "--db", db)).Exit);
        var dir = TempDir.Create("gk-stats");

        var trend = await Run("stats", "trend", "--db", db, "--chart", Path.Combine(dir, "trend.svg"));
        Assert.True(trend.Exit == 0, trend.ToString());
        Assert.Contains("2022", trend.Stdout, StringComparison.Ordinal);
        Assert.Contains("新收申请", await File.ReadAllTextAsync(Path.Combine(dir, "trend.svg")), StringComparison.Ordinal);

        var outcomes = await Run("stats", "outcomes", "--db", db, "--year", "2023", "--chart", Path.Combine(dir, "outcomes.png"));
        Assert.True(outcomes.Exit == 0, outcomes.ToString());
        Assert.Contains("予以公开", outcomes.Stdout, StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(Path.Combine(dir, "outcomes.png")))[..4]);

        var quality = await Run("stats", "quality", "--db", db, "--year", "2023", "--chart", Path.Combine(dir, "quality.svg"));
        Assert.True(quality.Exit == 0, quality.ToString());
        Assert.Contains("模板过时", quality.Stdout, StringComparison.Ordinal);

        var agencies = await Run("stats", "agencies", "--db", db, "--year", "2023", "--top", "5");
        Assert.True(agencies.Exit == 0, agencies.ToString());
        Assert.Contains("新收申请", agencies.Stdout, StringComparison.Ordinal);

        var similar = await Run("stats", "similar", "--db", db, "--year", "2023");
        Assert.True(similar.Exit == 0, similar.ToString());
        Assert.Contains("对报告正文相似度不低于", similar.Stdout, StringComparison.Ordinal);

        foreach (var to in new[] { "csv", "xlsx" })
        {
            var file = Path.Combine(dir, $"all.{to}");
            var export = await Run("export", "--db", db, "--to", to, "-o", file, "--year", "2022-2024");
            Assert.True(export.Exit == 0, export.ToString());
            Assert.True(new FileInfo(file).Length > 1000);
            Assert.False(File.Exists(file + ".part"));
        }
    }

    [Fact]
    public async Task Generate_writes_a_zip_of_the_requested_number_of_reports()
    {
        var zip = Path.Combine(TempDir.Create("gk-gen"), "corpus.zip");
        var run = await Run("generate", "--count", "40", "--seed", "2", "--years", "2023-2024", "-o", zip);
        Assert.True(run.Exit == 0, run.ToString());
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(40, archive.Entries.Count);
    }

    [Fact]
    public async Task An_unreachable_database_is_one_line_and_exit_code_2()
    {
        var run = await Run("stats", "trend", "--db", "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=3");
        Assert.Equal(2, run.Exit);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("gongkai: 无法打开数据库", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_agency_is_one_line_and_exit_code_2()
    {
        var db = Backends.Target("sqlite").ConnectionString;
        var run = await Run("stats", "rollup", "--db", db, "--agency", "不存在的机构");
        Assert.Equal(2, run.Exit);
        Assert.Contains("登记库中没有机构", run.Stderr, StringComparison.Ordinal);
    }

    private static async Task<CliResult> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Gongkai.Cli.Cli.RunAsync(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>What one in-process command line printed.</summary>
public sealed record CliResult(int Exit, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {Exit}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
