using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>How a number cell was read: the digits, tesseract's confidence, and a reading that disagreed (or null).</summary>
internal sealed record NumberReading(string Text, int Confidence, string? Other);

/// <summary>
/// Reads the number cells of scanned tables with the digits engine. Each cell's ink is cut out, and the cuts of a
/// table row are set on one strip with wide white gaps, which tesseract reads as one line of separate words: alone,
/// a single "0" or "4" was often read as nothing at all, while in a line it is read reliably, and the gaps keep each
/// word inside its cell. Tesseract's LSTM still drops or changes a number now and then, differently at different
/// sizes, so every strip is read at three sizes and the readings vote.
/// </summary>
internal static class NumberCells
{
    /// <summary>Most cells on one strip (table 四 has 15 in its one row).</summary>
    private const int CellsPerStrip = 16;

    /// <summary>The sizes every strip is read at (digits about 31, 39 and 47 pixels high on a 300 dpi page).</summary>
    private static readonly double[] Scales = [1.0, 1.25, 1.5];

    public static (Dictionary<CellInk, NumberReading> Read, Diagnostic? Problem) Read(IReadOnlyList<ScanPage> pages, SourceLocation where, TimeSpan timeout)
    {
        var rows = new List<(ScanPage Page, CellInk[] Cells)>();
        foreach (var page in pages)
        {
            foreach (var row in page.Cells.Where(c => c.Kind == InkKind.Number).GroupBy(c => (c.Table, c.Cell.Row)))
            {
                rows.AddRange(row.OrderBy(c => c.Cell.Column).Chunk(CellsPerStrip).Select(chunk => (page, chunk)));
            }
        }

        var readings = new Dictionary<CellInk, List<OcrWord>>();
        foreach (var scale in Scales)
        {
            var (words, problem) = ReadStrips(rows, scale, where, timeout);
            if (problem is not null)
            {
                return ([], problem);
            }

            foreach (var (cell, word) in words)
            {
                if (!readings.TryGetValue(cell, out var list))
                {
                    readings[cell] = list = [];
                }

                list.Add(word);
            }
        }

        return (rows.SelectMany(r => r.Cells).ToDictionary(c => c, c => Vote(readings.GetValueOrDefault(c) ?? [])), null);
    }

    /// <summary>
    /// The readings' vote. Empty readings (the engine dropped the number) do not vote. The reading most sizes agree on
    /// wins, with the best confidence among them; a single reading stands with its own confidence. Any other reading
    /// is kept as <see cref="NumberReading.Other"/>, so the cell is flagged.
    /// </summary>
    private static NumberReading Vote(List<OcrWord> readings)
    {
        var said = readings.Where(w => w.Text.Length > 0).ToList();
        if (said.Count == 0)
        {
            return new NumberReading("", -1, null);
        }

        var groups = said.GroupBy(w => w.Text).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(w => w.Confidence)).ToList();
        var best = groups[0];
        var other = groups.Count > 1 ? groups[1].Key : null;
        var confidence = best.Count() > 1 || other is null ? best.Max(w => w.Confidence) : Math.Min(best.Max(w => w.Confidence), groups[1].Max(w => w.Confidence));
        return new NumberReading(best.Key, confidence, other);
    }

    /// <summary>Reads every strip at one size; per cell, its words in its slot joined (empty when none).</summary>
    private static (Dictionary<CellInk, OcrWord> Words, Diagnostic? Problem) ReadStrips(
        IReadOnlyList<(ScanPage Page, CellInk[] Cells)> rows, double scale, SourceLocation where, TimeSpan timeout)
    {
        var words = new Dictionary<CellInk, OcrWord>();
        var strips = new List<(CellInk[] Cells, List<(int From, int To)> Slots)>();
        var images = new List<byte[]>();
        foreach (var (page, cells) in rows)
        {
            var m = (int)(4 * page.Unit);
            var boxes = cells.Select(c => new PixelBox(c.Ink.X - m, c.Ink.Y - m, c.Ink.Width + (2 * m), c.Ink.Height + (2 * m))).ToList();
            var (line, slots) = page.Image.Strip(boxes, (int)(45 * page.Unit), 12);
            strips.Add((cells, [.. slots.Select(s => ((int)(s.From * scale), (int)(s.To * scale)))]));
            images.Add((scale == 1 ? line : line.Scale(scale)).ToPgm());
        }

        var (results, problem) = Tesseract.Read(images, Tesseract.Digits, where, timeout);
        if (problem is not null)
        {
            return (words, problem);
        }

        for (var i = 0; i < strips.Count; i++)
        {
            var (cells, slots) = strips[i];
            for (var c = 0; c < cells.Length; c++)
            {
                var inSlot = results[i].Words.Where(w => w.Box.X + (w.Box.Width / 2) >= slots[c].From && w.Box.X + (w.Box.Width / 2) < slots[c].To).OrderBy(w => w.Box.X).ToList();
                words[cells[c]] = inSlot.Count == 0
                    ? new OcrWord("", default, -1)
                    : new OcrWord(string.Concat(inSlot.Select(w => w.Text)), inSlot[0].Box, inSlot.Min(w => w.Confidence));
            }
        }

        return (words, null);
    }
}
