using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Reads the label cells of scanned tables one by one with chi_sim and puts each on the template wording it is clearly
/// closest to (<see cref="LabelVocabulary"/>). Cells whose reading is close to no template label are read once more at
/// half size (tesseract's Chinese model misreads some clean labels at one size and not at the other); the reading that
/// matches a label wins, and a label that matches none is kept as read.
/// </summary>
internal static class LabelCells
{
    public static (Dictionary<CellInk, string> Read, Diagnostic? Problem) Read(IReadOnlyList<ScanPage> pages, SourceLocation where, TimeSpan timeout)
    {
        var labels = pages.SelectMany(p => p.Cells.Where(c => c.Kind == InkKind.Text).Select(c => (Page: p, Cell: c))).ToList();
        var read = new Dictionary<CellInk, string>();
        var (first, problem) = Tesseract.Read([.. labels.Select(l => Cut(l.Page, l.Cell).ToPgm())], Tesseract.ChineseBlock, where, timeout);
        if (problem is not null)
        {
            return (read, problem);
        }

        var again = new List<int>();
        for (var i = 0; i < labels.Count; i++)
        {
            var text = Plain(first[i]);
            var label = LabelVocabulary.SnapLabel(text);
            read[labels[i].Cell] = label ?? text;
            if (label is null)
            {
                again.Add(i);
            }
        }

        var (second, retry) = Tesseract.Read([.. again.Select(i => Cut(labels[i].Page, labels[i].Cell).Half().ToPgm())], Tesseract.ChineseBlockHalf, where, timeout);
        if (retry is not null)
        {
            return (read, retry);
        }

        for (var j = 0; j < again.Count; j++)
        {
            if (LabelVocabulary.SnapLabel(Plain(second[j])) is { } label)
            {
                read[labels[again[j]].Cell] = label;
            }
        }

        return (read, null);
    }

    /// <summary>The cell's ink with a small margin, on white.</summary>
    private static GrayImage Cut(ScanPage page, CellInk cell)
    {
        var m = (int)(4 * page.Unit);
        var box = new PixelBox(cell.Ink.X - m, cell.Ink.Y - m, cell.Ink.Width + (2 * m), cell.Ink.Height + (2 * m));
        return page.Image.Strip([box], 0, 12).Line;
    }

    /// <summary>A label's lines joined, without the spaces tesseract puts between Chinese characters.</summary>
    private static string Plain(OcrText text) => text.Text.Replace(" ", "", StringComparison.Ordinal);
}
