using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Reads analysed pages into grid rows: every table cell by the engine its ink calls for (numbers with the digits
/// whitelist, <see cref="NumberCells"/>; labels with chi_sim, <see cref="LabelCells"/>), the text around the tables with
/// chi_sim page layout, then everything in reading order (top to bottom, page by page). The three kinds of reading run
/// as three tesseract processes at once. Table rows are <see cref="RowShape.Grid"/> rows whose index is the grid column, merged cells
/// followed by empty cells as <see cref="HtmlGridBuilder"/> writes them.
/// </summary>
internal static partial class ScanOcr
{
    /// <summary>What the pages gave: rows in reading order, how each number cell was read, and problems.</summary>
    public sealed record Result(ImmutableArray<GridRow> Rows, IReadOnlyList<CellRead> Numbers, ImmutableArray<Diagnostic> Diagnostics);

    [GeneratedRegex(@"^(-?\d+(\.\d+)?|/|-)$")]
    private static partial Regex Plausible();

    public static Result Read(IReadOnlyList<ScanPage> pages, string? source, Stopwatch clock, TimeSpan limit)
    {
        var where = SourceLocation.InFile(source);
        TimeSpan Left() => limit - clock.Elapsed > TimeSpan.Zero ? limit - clock.Elapsed : TimeSpan.FromMilliseconds(1);
        var numberTask = Task.Run(() => NumberCells.Read(pages, where, Left()));
        var labelTask = Task.Run(() => LabelCells.Read(pages, where, Left()));
        var proseTask = Task.Run(() => Tesseract.Read([.. pages.Select(p => p.Prose().ToPgm())], Tesseract.ChinesePage, where, Left()));
        Task.WaitAll(numberTask, labelTask, proseTask);

        var problems = new[] { numberTask.Result.Problem, labelTask.Result.Problem, proseTask.Result.Problem }.OfType<Diagnostic>().ToList();
        if (problems.Count > 0)
        {
            return new Result([], [], [problems[0]]);
        }

        var numberText = numberTask.Result.Read;
        var labelText = labelTask.Result.Read;
        var rows = ImmutableArray.CreateBuilder<GridRow>();
        var reads = new List<CellRead>();
        for (var pi = 0; pi < pages.Count; pi++)
        {
            var page = pages[pi];
            var items = new List<(int Y, string[]? Cells, string? Prose, List<CellInk?>? Inks)>();
            foreach (var (y, text) in Paragraphs(proseTask.Result.Results[pi]))
            {
                items.Add((y * page.ProseScale, null, text, null));
            }

            foreach (var table in page.Tables)
            {
                var inks = page.Cells.Where(c => c.Table == table).ToDictionary(c => c.Cell);
                for (var r = 0; r < table.Rows; r++)
                {
                    var texts = new string[table.Columns];
                    var rowInks = new List<CellInk?>(new CellInk?[table.Columns]);
                    Array.Fill(texts, "");
                    foreach (var cell in table.Cells.Where(c => c.Row == r))
                    {
                        var ink = inks[cell];
                        rowInks[cell.Column] = ink;
                        texts[cell.Column] = ink.Kind switch
                        {
                            InkKind.Text => labelText[ink],
                            InkKind.Number => NumberOf(numberText[ink].Text),
                            _ => "",
                        };
                    }

                    // A row whose every position is covered from above has nothing of its own.
                    if (texts.Any(t => t.Length > 0) || rowInks.Any(i => i?.Kind == InkKind.Number))
                    {
                        items.Add((table.Cells.Where(c => c.Row == r).Min(c => c.Box.Y), texts, null, rowInks));
                    }
                }
            }

            foreach (var item in items.OrderBy(i => i.Y))
            {
                var line = rows.Count + 1;
                if (item.Prose is { } prose)
                {
                    rows.Add(GridRow.Prose(prose, new SourceLocation(source, line, 1, page.Number)));
                    continue;
                }

                var cells = item.Cells!.Select((t, c) => new GridCell(t, new SourceLocation(source, line, c + 1, page.Number))).ToImmutableArray();
                rows.Add(new GridRow(cells, RowShape.Grid));
                for (var c = 0; c < cells.Length; c++)
                {
                    if (item.Inks![c] is { Kind: InkKind.Number } ink)
                    {
                        var number = numberText[ink];
                        reads.Add(new CellRead(cells[c].Location, number.Text, cells[c].Text, number.Confidence, number.Other));
                    }
                }
            }
        }

        return new Result(rows.ToImmutable(), reads, []);
    }

    /// <summary>
    /// The lines of the text around the tables joined into paragraphs as tesseract found them (a title or paragraph
    /// printed over two lines is one row, as in HTML or Word), with every section heading kept on a row of its own.
    /// </summary>
    private static List<(int Y, string Text)> Paragraphs(OcrText page)
    {
        var result = new List<(int Y, string Text)>();
        var open = (Y: 0, Paragraph: -1, Text: new System.Text.StringBuilder());
        void Flush()
        {
            if (open.Text.Length > 0)
            {
                result.Add((open.Y, open.Text.ToString()));
            }

            open = (0, -1, new System.Text.StringBuilder());
        }

        foreach (var line in page.Lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (LabelVocabulary.SnapHeading(text) is { } heading)
            {
                Flush();
                result.Add((line.Box.Y, heading));
                continue;
            }

            if (line.Paragraph != open.Paragraph)
            {
                Flush();
                open = (line.Box.Y, line.Paragraph, open.Text);
            }

            open.Text.Append(text);
        }

        Flush();
        return result;
    }

    /// <summary>The digits engine's text when it reads as a number (or a placeholder), otherwise empty: illegible.</summary>
    private static string NumberOf(string raw)
    {
        var text = raw.Replace(" ", "", StringComparison.Ordinal);
        return Plausible().IsMatch(text) ? text : "";
    }
}
