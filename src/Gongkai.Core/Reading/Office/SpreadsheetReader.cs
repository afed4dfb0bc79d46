using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ExcelDataReader;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Reads a workbook (XLSX, or binary XLS) with ExcelDataReader: each visible worksheet is its name as a prose
/// row, then one grid row per sheet row whose cell index is the column index (A = 0). Numbers read as the
/// cell shows them (<see cref="ExcelNumber"/>); cells covered by a merged range other than its top-left one are
/// empty, as Excel prints them; trailing empty cells and empty rows are dropped.
/// </summary>
/// <remarks>
/// Positions: <c>Line</c> is the sheet row and <c>Column</c> the sheet column, both 1-based as Excel numbers
/// them. Hidden sheets are skipped with GK0705. Values are the ones the file stores: a formula cell reads as its
/// last computed value.
/// </remarks>
internal static class SpreadsheetReader
{
    /// <summary>Columns read per row: report tables have at most 16, a sheet can claim 16,384.</summary>
    private const int MaxColumns = 256;

    /// <summary>Cells visited to blank merged ranges at most, so a file of huge overlapping merges stays quick.</summary>
    private const int MaxMergeWork = 10_000_000;

    private static readonly Lazy<bool> CodePages = new(() =>
    {
        // BIFF files name their text encoding by code page; .NET has only a few without this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static TextGrid Read(byte[] bytes, string? source, ReadOptions options, bool binary)
    {
        _ = CodePages.Value;
        var where = SourceLocation.InFile(source);
        var rows = ImmutableArray.CreateBuilder<GridRow>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        using var stream = new MemoryStream(bytes, writable: false);
        var configuration = new ExcelReaderConfiguration { LeaveOpen = true };
        using var reader = binary ? ExcelReaderFactory.CreateBinaryReader(stream, configuration) : ExcelReaderFactory.CreateOpenXmlReader(stream, configuration);
        var cut = false;
        do
        {
            if (reader.VisibleState is "hidden" or "veryhidden")
            {
                diagnostics.Add(DiagnosticCodes.HiddenSheetSkipped.Create(where, reader.Name));
                continue;
            }

            var sheet = new List<(int Row, string[] Cells)>();
            while (reader.Read())
            {
                if (rows.Count + sheet.Count + 1 >= options.MaxLines)
                {
                    cut = true;
                    break;
                }

                var cells = new string[Math.Min(reader.FieldCount, MaxColumns)];
                for (var c = 0; c < cells.Length; c++)
                {
                    cells[c] = CellText(reader, c);
                }

                sheet.Add((reader.Depth, cells));
            }

            Blank(sheet, reader.MergeCells);
            if (!string.IsNullOrWhiteSpace(reader.Name))
            {
                rows.Add(GridRow.Prose(MarkupText.Collapse(reader.Name), where));
            }

            foreach (var (row, cells) in sheet)
            {
                var used = Array.FindLastIndex(cells, t => t.Length > 0) + 1;
                if (used > 0)
                {
                    rows.Add(new GridRow([.. cells.Take(used).Select((t, c) => new GridCell(t, new SourceLocation(source, row + 1, c + 1)))]));
                }
            }
        }
        while (!cut && reader.NextResult());

        if (cut)
        {
            diagnostics.Add(DiagnosticCodes.OfficeRowsCut.Create(where, options.MaxLines));
        }

        return new TextGrid(source, rows.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Empties every cell of a merged range but its top-left one (ECMA-376 Part 1 §18.3.1.55 mergeCell).</summary>
    private static void Blank(List<(int Row, string[] Cells)> sheet, CellRange[]? merges)
    {
        if (merges is not { Length: > 0 })
        {
            return;
        }

        var byRow = sheet.GroupBy(r => r.Row).ToDictionary(g => g.Key, g => g.First().Cells);
        var last = sheet.Count == 0 ? -1 : sheet.Max(r => r.Row);
        var budget = MaxMergeWork;
        foreach (var m in merges)
        {
            for (var r = Math.Max(m.FromRow, 0); r <= Math.Min(m.ToRow, last); r++)
            {
                if (!byRow.TryGetValue(r, out var cells))
                {
                    continue;
                }

                for (var c = Math.Max(m.FromColumn, 0); c <= m.ToColumn && c < cells.Length; c++)
                {
                    if (--budget < 0)
                    {
                        return;
                    }

                    if (r != m.FromRow || c != m.FromColumn)
                    {
                        cells[c] = "";
                    }
                }
            }
        }
    }

    private static string CellText(IExcelDataReader reader, int column) => reader.GetValue(column) switch
    {
        null => "",
        string s => MarkupText.Collapse(s),
        double d => ExcelNumber.Format(d, reader.GetNumberFormatString(column)),
        int or long or short or decimal or float => ExcelNumber.Format(Convert.ToDouble(reader.GetValue(column), CultureInfo.InvariantCulture), reader.GetNumberFormatString(column)),
        bool b => b ? "TRUE" : "FALSE",
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        var other => MarkupText.Collapse(Convert.ToString(other, CultureInfo.InvariantCulture) ?? ""),
    };
}
