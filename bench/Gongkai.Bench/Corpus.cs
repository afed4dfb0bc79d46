using System.Text;
using Gongkai.Reports;
using Gongkai.Samples;
using Gongkai.Writing;

namespace Gongkai.Bench;

/// <summary>One benchmark input: the file bytes and, for generated reports, the report they were written from.</summary>
public sealed record Document(string Name, byte[] Bytes, AnnualReport? Truth = null, TextLayout? Layout = null);

/// <summary>The inputs: the five seeds from samples/seeds, and reports made by <see cref="ReportGenerator"/>.</summary>
public static class Corpus
{
    public const int GeneratedSeed = 20251121;

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Gongkai.slnx not found above the benchmark or the current directory");
    }

    public static Document[] Seeds() =>
        [.. Directory.GetFiles(Path.Join(RepoRoot(), "samples", "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => new Document(Path.GetFileName(f), File.ReadAllBytes(f)))];

    /// <summary>
    /// <paramref name="count"/> consistent random reports, both templates alternating, written as UTF-8 text in
    /// each <see cref="TextLayout"/> in turn (one cell per line, tab grid, pipe rows, space-aligned columns).
    /// </summary>
    public static Document[] Generated(int count, int seed = GeneratedSeed)
    {
        var rng = new Random(seed);
        var layouts = Enum.GetValues<TextLayout>();
        var utf8 = new UTF8Encoding(false);
        var documents = new Document[count];
        for (var i = 0; i < count; i++)
        {
            var format = i % 2 == 0 ? ReportFormat.Revised2021 : ReportFormat.Trial2019;
            var layout = layouts[i / 2 % layouts.Length];
            var report = ReportGenerator.Create(rng, format);
            documents[i] = new Document($"gen{i:D5}-{format.ToJson()}-{layout}.txt", utf8.GetBytes(PlainTextWriter.Write(report, layout)), report, layout);
        }

        return documents;
    }
}
