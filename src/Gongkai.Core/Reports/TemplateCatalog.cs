using System.Collections.Frozen;
using System.Reflection;

namespace Gongkai.Reports;

/// <summary>
/// Both national templates: every statutory cell with its printed labels, loaded from the embedded
/// copy of shared/spec/cells.tsv (国办公开办函〔2019〕60号 and 国办公开办函〔2021〕30号).
/// </summary>
public sealed class TemplateCatalog
{
    private readonly FrozenDictionary<string, CellDefinition> byKey;
    private readonly FrozenDictionary<ReportFormat, IReadOnlyList<CellDefinition>> byFormat;

    private TemplateCatalog(IReadOnlyList<CellDefinition> cells)
    {
        All = cells;
        byKey = cells.ToFrozenDictionary(c => c.Key, StringComparer.Ordinal);
        byFormat = new Dictionary<ReportFormat, IReadOnlyList<CellDefinition>>
        {
            [ReportFormat.Trial2019] = cells.Where(c => c.In(ReportFormat.Trial2019)).ToArray(),
            [ReportFormat.Revised2021] = cells.Where(c => c.In(ReportFormat.Revised2021)).ToArray(),
            [ReportFormat.Unknown] = [],
        }.ToFrozenDictionary();
    }

    /// <summary>The catalog built from the embedded cells.tsv.</summary>
    public static TemplateCatalog Default { get; } = Load();

    /// <summary>Every cell of both templates in file order.</summary>
    public IReadOnlyList<CellDefinition> All { get; }

    /// <summary>The cells one template prints, in file order (the canonical JSON order).</summary>
    public IReadOnlyList<CellDefinition> For(ReportFormat format) => byFormat[format];

    public CellDefinition? Find(string key) => byKey.GetValueOrDefault(key);

    public CellDefinition this[string key] => byKey[key];

    /// <summary>Parses a catalog in the cells.tsv shape (header line, then tab-separated rows).</summary>
    public static TemplateCatalog Parse(TextReader reader)
    {
        var cells = new List<CellDefinition>();
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("key\t", StringComparison.Ordinal))
        {
            throw new InvalidDataException("cells.tsv: missing header line");
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 6)
            {
                throw new InvalidDataException($"cells.tsv: expected 6 fields: {line}");
            }

            var formats = f[1].Split(',').Select(ReportFormats.Parse).ToArray();
            var unit = f[5] switch
            {
                "count" => CellUnit.Count,
                "wan_yuan" => CellUnit.WanYuan,
                "as_printed" => CellUnit.AsPrinted,
                _ => throw new InvalidDataException($"cells.tsv: unknown unit {f[5]}"),
            };
            cells.Add(new CellDefinition(f[0], formats, f[2], f[3], f[4], unit));
        }

        return new TemplateCatalog(cells);
    }

    private static TemplateCatalog Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Gongkai.cells.tsv")
            ?? throw new InvalidOperationException("embedded cells.tsv is missing");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader);
    }
}
