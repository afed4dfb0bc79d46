namespace Gongkai.Recognition;

/// <summary>
/// Readings of a digit run whose cell boundaries were lost (flattened web text: <c>1211</c>, <c>160 02 0 018</c>):
/// every way to cut it into a given number of numbers. Spaces that survived are hard boundaries; a number
/// has no leading zero (a lone 0 is fine) and at most <see cref="MaxDigits"/> digits.
/// </summary>
internal static class DigitRuns
{
    public const int MaxDigits = 7;

    /// <summary>
    /// Up to <paramref name="limit"/> readings of exactly <paramref name="count"/> numbers. <paramref name="partial"/>
    /// sees each prefix as it grows (the array and how many are filled) and prunes what cannot be completed;
    /// <paramref name="accept"/> judges complete readings.
    /// </summary>
    public static List<long[]> Readings(string packed, int count, Func<long[], bool>? accept = null, Func<long[], int, bool>? partial = null, int limit = 1000)
    {
        var segments = packed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<long[]>();
        if (packed.Any(c => c != ' ' && !char.IsAsciiDigit(c)))
        {
            return result;
        }

        if (segments.Length == 0 || segments.Length > count || segments.Sum(s => s.Length) < count)
        {
            return result;
        }

        var digitsAfter = new int[segments.Length + 1];
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            digitsAfter[i] = digitsAfter[i + 1] + segments[i].Length;
        }

        new Walker(segments, digitsAfter, new long[count], accept, partial, limit, result).Walk(0, 0, 0);
        return result;
    }

    private sealed record Walker(string[] Segments, int[] DigitsAfter, long[] Current, Func<long[], bool>? Accept, Func<long[], int, bool>? Partial, int Limit, List<long[]> Result)
    {
        public void Walk(int seg, int pos, int filled)
        {
            if (Result.Count >= Limit)
            {
                return;
            }

            var need = Current.Length - filled;
            if (seg == Segments.Length)
            {
                if (need == 0 && (Accept is null || Accept(Current)))
                {
                    Result.Add((long[])Current.Clone());
                }

                return;
            }

            var digitsLeft = DigitsAfter[seg] - pos;
            if (need < Segments.Length - seg || need > digitsLeft)
            {
                return;
            }

            var s = Segments[seg];
            var maxLen = s[pos] == '0' ? 1 : Math.Min(MaxDigits, s.Length - pos);
            for (var len = 1; len <= maxLen; len++)
            {
                Current[filled] = long.Parse(s.AsSpan(pos, len), System.Globalization.CultureInfo.InvariantCulture);
                if (Partial is not null && !Partial(Current, filled + 1))
                {
                    continue;
                }

                if (pos + len == s.Length)
                {
                    Walk(seg + 1, 0, filled + 1);
                }
                else
                {
                    Walk(seg, pos + len, filled + 1);
                }
            }
        }
    }
}
