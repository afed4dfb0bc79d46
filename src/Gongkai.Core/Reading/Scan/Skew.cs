namespace Gongkai.Reading;

/// <summary>
/// Finds how far a scanned page is turned: the angle at which the ink's row profile is sharpest (table rules and
/// text lines line up). ImageMagick's <c>-deskew</c> does the same but took 3–5 s per 300 dpi page here; this takes
/// a few tens of milliseconds, and the rotation itself is <see cref="GrayImage.Rotate"/>.
/// </summary>
internal static class Skew
{
    /// <summary>Largest turn looked for, in degrees (a hand-fed scanner rarely does worse).</summary>
    public const double MaxDegrees = 4;

    /// <summary>The page's turn in degrees, clockwise positive (rotate by the negative to straighten it).</summary>
    public static double Estimate(GrayImage image, int threshold)
    {
        // Ink points, every fourth column: enough to see rules and text lines.
        var xs = new List<int>();
        var ys = new List<int>();
        for (var y = 0; y < image.Height; y++)
        {
            var row = y * image.Width;
            for (var x = 0; x < image.Width; x += 4)
            {
                if (image.Pixels[row + x] <= threshold)
                {
                    xs.Add(x);
                    ys.Add(y);
                }
            }
        }

        if (xs.Count < 100)
        {
            return 0;
        }

        var coarse = Best(xs, ys, image, -MaxDegrees, MaxDegrees, 0.1);
        return Best(xs, ys, image, coarse - 0.1, coarse + 0.1, 0.02);
    }

    private static double Best(List<int> xs, List<int> ys, GrayImage image, double from, double to, double step)
    {
        var margin = (int)Math.Ceiling(image.Width * Math.Tan(MaxDegrees * Math.PI / 180)) + 2;
        var bins = new int[image.Height + (2 * margin)];
        var best = double.MinValue;
        var bestAngle = 0.0;
        for (var a = from; a <= to + 1e-9; a += step)
        {
            Array.Clear(bins);
            var t = Math.Tan(a * Math.PI / 180);
            for (var i = 0; i < xs.Count; i++)
            {
                var bin = (int)Math.Round(ys[i] - (xs[i] * t)) + margin;
                if ((uint)bin < (uint)bins.Length)
                {
                    bins[bin]++;
                }
            }

            double score = 0;
            foreach (var b in bins)
            {
                score += (double)b * b;
            }

            // Ties go to the smaller turn.
            if (score > best * 1.000001 || (score >= best && Math.Abs(a) < Math.Abs(bestAngle)))
            {
                best = score;
                bestAngle = a;
            }
        }

        return Math.Round(bestAngle, 2);
    }
}
