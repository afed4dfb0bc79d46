namespace Gongkai.Reading;

/// <summary>What a table cell's ink looks like, before any OCR.</summary>
internal enum InkKind
{
    /// <summary>No ink: an empty cell.</summary>
    Blank,

    /// <summary>One line of narrow glyphs of one height (digits, maybe a point, a minus or a slash): read with the digits engine.</summary>
    Number,

    /// <summary>Anything else (Chinese labels, several lines): read with the Chinese engine.</summary>
    Text,
}

/// <summary>
/// Sorts a cell by the shapes of its ink (connected components): digits are narrow glyphs of equal height on one
/// line, while every Chinese label has square characters. Deciding this before OCR lets each cell go to the engine
/// that reads it best (eng with a digits whitelist, or chi_sim).
/// </summary>
internal static class InkShape
{
    /// <summary>The kind of ink inside <paramref name="box"/> and the box around it (in page pixels).</summary>
    public static (InkKind Kind, PixelBox Ink) Classify(bool[] ink, int pageWidth, PixelBox box, double unit)
    {
        var comps = Components(ink, pageWidth, box, Math.Max(6, (int)(10 * unit * unit)));
        if (comps.Count == 0)
        {
            return (InkKind.Blank, box);
        }

        int x0 = comps.Min(c => c.X), y0 = comps.Min(c => c.Y), x1 = comps.Max(c => c.Right), y1 = comps.Max(c => c.Bottom);
        var inkBox = new PixelBox(x0, y0, x1 - x0, y1 - y0);
        var lineHeight = inkBox.Height;
        var tall = comps.Where(c => c.Height >= lineHeight * 0.5).ToList();
        var small = comps.Where(c => c.Height < lineHeight * 0.5).ToList();
        var number = tall.Count is >= 1 and <= 16
            && lineHeight <= 60 * unit
            && lineHeight >= 12 * unit
            && tall.All(c => c.Width <= c.Height * 0.8 && c.Height >= lineHeight * 0.72)
            && small.All(c => c.Width <= lineHeight * 0.7 && c.Height <= lineHeight * 0.4);
        return (number ? InkKind.Number : InkKind.Text, inkBox);
    }

    /// <summary>Bounding boxes of the 8-connected ink components inside <paramref name="box"/> of at least <paramref name="minArea"/> pixels.</summary>
    public static List<PixelBox> Components(bool[] ink, int pageWidth, PixelBox box, int minArea)
    {
        var w = box.Width;
        var h = box.Height;
        var result = new List<PixelBox>();
        if (w <= 0 || h <= 0)
        {
            return result;
        }

        var seen = new bool[w * h];
        var stack = new Stack<int>();
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var i = (y * w) + x;
                if (seen[i] || !ink[((box.Y + y) * pageWidth) + box.X + x])
                {
                    continue;
                }

                int minX = x, maxX = x, minY = y, maxY = y, area = 0;
                seen[i] = true;
                stack.Push(i);
                while (stack.Count > 0)
                {
                    var p = stack.Pop();
                    int px = p % w, py = p / w;
                    area++;
                    minX = Math.Min(minX, px);
                    maxX = Math.Max(maxX, px);
                    minY = Math.Min(minY, py);
                    maxY = Math.Max(maxY, py);
                    for (var dy = -1; dy <= 1; dy++)
                    {
                        for (var dx = -1; dx <= 1; dx++)
                        {
                            int nx = px + dx, ny = py + dy;
                            if (nx < 0 || ny < 0 || nx >= w || ny >= h)
                            {
                                continue;
                            }

                            var n = (ny * w) + nx;
                            if (!seen[n] && ink[((box.Y + ny) * pageWidth) + box.X + nx])
                            {
                                seen[n] = true;
                                stack.Push(n);
                            }
                        }
                    }
                }

                if (area >= minArea)
                {
                    result.Add(new PixelBox(box.X + minX, box.Y + minY, maxX - minX + 1, maxY - minY + 1));
                }
            }
        }

        return result;
    }
}
