using System.Collections.Immutable;

namespace Gongkai.Reports;

/// <summary>One cell whose printed value differs between two versions of a report.</summary>
public sealed record CellChange(string Key, decimal? Before, decimal? After);

/// <summary>
/// What changed between two versions of the same report (a correction or a re-publication): agency, year and
/// template as printed, every cell whose value differs, and the narrative sections added, removed or rewritten.
/// Evaluators penalise silent changes after publication, so the registry keeps this beside every new version.
/// </summary>
public sealed record ReportDiff(
    string? AgencyBefore,
    string? AgencyAfter,
    ReportFormat FormatBefore,
    ReportFormat FormatAfter,
    ImmutableArray<CellChange> Cells,
    ImmutableArray<SectionKind> SectionsChanged)
{
    public bool IsEmpty => AgencyBefore == AgencyAfter && FormatBefore == FormatAfter && Cells.IsEmpty && SectionsChanged.IsEmpty;

    public static ReportDiff Between(AnnualReport before, AnnualReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var cells = TemplateCatalog.Default.All
            .Select(c => new CellChange(c.Key, before[c.Key], after[c.Key]))
            .Where(c => c.Before != c.After)
            .ToImmutableArray();
        var sections = Enum.GetValues<SectionKind>()
            .Where(k => before.Section(k) != after.Section(k))
            .ToImmutableArray();
        return new ReportDiff(before.Agency, after.Agency, before.Format, after.Format, cells, sections);
    }

    /// <summary>One line per change, in Chinese, e.g. <c>s3.received.total：12 → 13</c>.</summary>
    public IEnumerable<string> Describe()
    {
        if (AgencyBefore != AgencyAfter)
        {
            yield return $"机构名称：{AgencyBefore ?? "（无）"} → {AgencyAfter ?? "（无）"}";
        }

        if (FormatBefore != FormatAfter)
        {
            yield return $"模板：{FormatBefore.ToJson()} → {FormatAfter.ToJson()}";
        }

        foreach (var c in Cells)
        {
            var label = TemplateCatalog.Default.Find(c.Key) is { } d ? $"{d.RowLabel}·{d.ColumnLabel}" : c.Key;
            yield return $"{c.Key}（{label}）：{Show(c.Before)} → {Show(c.After)}";
        }

        foreach (var s in SectionsChanged)
        {
            yield return $"正文“{s.Title()}”有改动";
        }
    }

    private static string Show(decimal? v) => v is { } d ? Writing.CanonicalJson.Normalize(d).ToString(System.Globalization.CultureInfo.InvariantCulture) : "空";
}
