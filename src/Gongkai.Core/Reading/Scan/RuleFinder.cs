namespace Gongkai.Reading;

/// <summary>A table rule: horizontal (<see cref="Pos"/> is y, the extent runs along x) or vertical.</summary>
internal sealed record Rule(bool Horizontal, int Pos, int From, int To, int Thickness)
{
    public int Length => To - From;
}

/// <summary>
/// Finds the ruled lines of tables on a binarized page. This is a morphological opening with long thin
/// rectangles (ImageMagick's <c>-morphology Open rectangle:Nx1</c> / <c>1xN</c>), done as run lengths: a row of
/// ink at least N pixels long, small breaks bridged (noise and blur nick printed rules). Text strokes are shorter,
/// and a rule must also meet rules of the other direction at both ends, which no stroke does.
/// </summary>
internal static class RuleFinder
{
    /// <summary>Horizontal and vertical rules, each meeting rules of the other direction at both ends.</summary>
    /// <param name="ink">The page's ink mask.</param>
    /// <param name="width">Page width in pixels.</param>
    /// <param name="height">Page height in pixels.</param>
    /// <param name="unit">Pixels per 1/300 inch (1 at 300 dpi).</param>
    public static (List<Rule> Horizontal, List<Rule> Vertical) Find(bool[] ink, int width, int height, double unit)
    {
        var gap = Math.Max(2, (int)Math.Round(3 * unit));
        var thick = Math.Max(6, (int)Math.Round(14 * unit));
        var h = Segments(ink, width, height, horizontal: true, minLength: (int)(45 * unit), gap, thick);
        var v = Segments(ink, width, height, horizontal: false, minLength: (int)(22 * unit), gap, thick);
        // A rule runs into the rules it meets; a stroke of a character stops short of the cell's border.
        var reach = Math.Max(2, (int)Math.Round(2 * unit));
        var tolerance = Math.Max(4, (int)Math.Round(8 * unit));
        for (var pass = 0; pass < 4; pass++)
        {
            var h2 = h.Where(r => Meets(r, v, reach, tolerance)).ToList();
            var v2 = v.Where(r => Meets(r, h2, reach, tolerance)).ToList();
            var stable = h2.Count == h.Count && v2.Count == v.Count;
            (h, v) = (h2, v2);
            if (stable)
            {
                break;
            }
        }

        return (h, v);
    }

    /// <summary>True when rules of the other direction cross or touch both ends of <paramref name="rule"/>.</summary>
    private static bool Meets(Rule rule, List<Rule> others, int reach, int tolerance)
    {
        bool At(int end) => others.Any(o =>
            Math.Abs(o.Pos - end) <= reach + ((o.Thickness + 1) / 2)
            && rule.Pos >= o.From - tolerance && rule.Pos <= o.To + tolerance);

        return At(rule.From) && At(rule.To);
    }

    /// <summary>Runs of ink along one direction, long enough to be rules, joined across neighbouring rows into rules.</summary>
    private static List<Rule> Segments(bool[] ink, int width, int height, bool horizontal, int minLength, int gap, int maxThickness)
    {
        var lines = horizontal ? height : width;
        var along = horizontal ? width : height;
        var runs = new List<(int From, int To)>[lines];
        for (var l = 0; l < lines; l++)
        {
            var list = new List<(int, int)>();
            var start = -1;
            var last = -1;
            for (var a = 0; a < along; a++)
            {
                var on = horizontal ? ink[(l * width) + a] : ink[(a * width) + l];
                if (!on)
                {
                    continue;
                }

                if (start >= 0 && a - last - 1 <= gap)
                {
                    last = a;
                    continue;
                }

                if (start >= 0 && last - start + 1 >= minLength)
                {
                    list.Add((start, last + 1));
                }

                start = a;
                last = a;
            }

            if (start >= 0 && last - start + 1 >= minLength)
            {
                list.Add((start, last + 1));
            }

            runs[l] = list;
        }

        // Join runs of neighbouring rows that overlap into one rule (its thickness is the number of rows).
        var rules = new List<Rule>();
        var open = new List<(int First, int Last, int From, int To)>();
        for (var l = 0; l <= lines; l++)
        {
            var current = l < lines ? runs[l] : [];
            var next = new List<(int First, int Last, int From, int To)>();
            var used = new bool[current.Count];
            foreach (var o in open)
            {
                var joined = false;
                for (var i = 0; i < current.Count; i++)
                {
                    var (from, to) = current[i];
                    if (!used[i] && from < o.To && to > o.From)
                    {
                        used[i] = true;
                        next.Add((o.First, l, Math.Min(o.From, from), Math.Max(o.To, to)));
                        joined = true;
                        break;
                    }
                }

                if (!joined)
                {
                    var thickness = o.Last - o.First + 1;
                    if (thickness <= maxThickness)
                    {
                        rules.Add(new Rule(horizontal, (o.First + o.Last) / 2, o.From, o.To, thickness));
                    }
                }
            }

            for (var i = 0; i < current.Count; i++)
            {
                if (!used[i])
                {
                    next.Add((l, l, current[i].From, current[i].To));
                }
            }

            open = next;
        }

        return rules;
    }
}
