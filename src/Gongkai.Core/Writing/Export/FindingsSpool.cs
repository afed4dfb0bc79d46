using Gongkai.Diagnostics;

namespace Gongkai.Writing.Export;

/// <summary>
/// The 问题 sheets, written while the 报告 sheet streams: a package entry is written in one go, so the findings go
/// to temporary files (deleted on close) and are copied into the package afterwards. A sheet that reaches the row
/// limit is continued on the next one (问题2, 问题3 …).
/// </summary>
internal sealed class FindingsSpool(int maxRows) : IDisposable
{
    private readonly List<(FileStream File, XlsxSheet Sheet)> sheets = [];

    public static SheetLayout Layout { get; } = new([10, 30, 7, 9, 6, 30, 26, 90], HeaderRows: 2, FrozenColumns: 0);

    public void Add(ExportRow row, Diagnostic finding)
    {
        var sheet = sheets.Count > 0 && sheets[^1].Sheet.RowCount < maxRows ? sheets[^1].Sheet : Next();
        sheet.StartRow();
        foreach (var value in ExportValue.Finding(row, finding))
        {
            sheet.Value(value);
        }

        sheet.EndRow();
    }

    /// <summary>Closes the sheets (at least one, perhaps with headers only) and returns each one's XML and filter range, rewound.</summary>
    public IReadOnlyList<(Stream Xml, string FilterRange)> Finish()
    {
        if (sheets.Count == 0)
        {
            Next();
        }

        return [.. sheets.Select(s =>
        {
            s.Sheet.Finish();
            s.File.Position = 0;
            return ((Stream)s.File, s.Sheet.FilterRange());
        })];
    }

    public void Dispose()
    {
        foreach (var (file, _) in sheets)
        {
            file.Dispose();
        }
    }

    private XlsxSheet Next()
    {
        if (sheets.Count > 0)
        {
            sheets[^1].Sheet.Finish();
        }

        var path = Path.Combine(Path.GetTempPath(), $"gongkai-findings-{Guid.NewGuid():N}.xml");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var sheet = new XlsxSheet(file, Layout);
        XlsxExport.WriteHeader(sheet, ExportColumns.Findings, Layout);
        sheets.Add((file, sheet));
        return sheet;
    }
}
