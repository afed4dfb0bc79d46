using Gongkai.Checking;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Writing;

/// <summary>
/// A report moved to the template in force (国办公开办函〔2021〕30号), for the checker's "corrected DOCX" download:
/// the cells both templates print keep their values, the totals of tables 三 and 四 are computed from their parts.
/// </summary>
/// <remarks>
/// <para>Cells only the 2019 trial template prints (the 本年增/减 columns, （六）其他处理, 采购总金额 …) have no place in
/// the 2021 template: each one that held a number is listed in <see cref="AnnualReport.Diagnostics"/> as GK0407
/// (info), so nothing disappears silently. Cells only the 2021 template prints stay null: the document never
/// gave them.</para>
/// <para>A total whose parts are all known is replaced by their sum (<see cref="ReportTotals.Compute"/> with
/// <c>blankAsZero: false</c>), so a total printed wrongly is corrected; a total with a blank part (the 2021 rows of
/// （六）其他处理 after converting a 2019 report) keeps the value the document printed. The result's diagnostics are only the conversion's;
/// the checker's findings on the original stay with the original.</para>
/// </remarks>
public static class CurrentTemplate
{
    public const ReportFormat Format = ReportFormat.Revised2021;

    public static AnnualReport Convert(AnnualReport report, TemplateCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        catalog ??= TemplateCatalog.Default;
        var target = catalog.For(Format);
        var cells = target.ToDictionary(
            d => d.Key,
            d => report.Format != ReportFormat.Unknown && report.Cells.TryGetValue(d.Key, out var c) ? c : Cell.Empty,
            StringComparer.Ordinal);
        var notes = report.Format == Format
            ? []
            : report.Cells
                .Where(kv => kv.Value.Value is not null && !cells.ContainsKey(kv.Key))
                .Select(kv => DiagnosticCodes.CellNotInCurrentTemplate.ForCells(
                    kv.Value.Source with { File = kv.Value.Source.File ?? report.Source }, [kv.Key], Label(catalog, kv.Key), kv.Value.Value))
                .ToList();
        var converted = report with { Format = Format, Cells = cells, Diagnostics = [.. notes] };
        var computed = ReportTotals.Compute(converted, blankAsZero: false, catalog);

        // A total whose parts are not all known keeps what the document printed rather than becoming blank.
        return computed.WithValues(computed.Cells
            .Where(kv => kv.Value.Value is null && cells[kv.Key].Value is not null)
            .Select(kv => new KeyValuePair<string, decimal?>(kv.Key, cells[kv.Key].Value)));
    }

    /// <summary>The DOCX of <see cref="Convert"/> in the official layout.</summary>
    public static byte[] ToDocx(AnnualReport report) => DocxWriter.ToBytes(Convert(report));

    private static string Label(TemplateCatalog catalog, string key) =>
        catalog.Find(key) is { } d ? $"{d.RowLabel} / {d.ColumnLabel}" : key;
}
