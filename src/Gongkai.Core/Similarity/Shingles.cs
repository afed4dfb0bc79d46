namespace Gongkai.Similarity;

/// <summary>
/// Character k-shingles of a normalized text as stable 64-bit hashes. A window that contains a
/// <see cref="NormalizedText.Break"/> is not a shingle: boilerplate that was cut out joins nothing.
/// </summary>
internal static class Shingles
{
    /// <summary>Marks a position where no shingle starts (hash 0 is remapped to 1 so it never collides with this).</summary>
    public const ulong None = 0;

    /// <summary>The hash of the shingle starting at each position, or <see cref="None"/> (array length: text length).</summary>
    public static ulong[] AtPositions(string text, int k)
    {
        var hashes = new ulong[text.Length];
        ulong power = 1;
        for (var i = 0; i < k; i++)
        {
            power = unchecked(power * StableHash.Base);
        }

        ulong h = 0;
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == NormalizedText.Break)
            {
                (h, run) = (0, 0);
                continue;
            }

            h = unchecked((h * StableHash.Base) + ch);
            run++;
            if (run > k)
            {
                h = unchecked(h - (text[i - k] * power));
            }

            if (run >= k)
            {
                var mixed = StableHash.Mix(h);
                hashes[i - k + 1] = mixed == None ? 1 : mixed;
            }
        }

        return hashes;
    }

    /// <summary>The distinct shingles, sorted, without those in <paramref name="stop"/>.</summary>
    public static ulong[] Set(ulong[] atPositions, IReadOnlySet<ulong> stop)
    {
        var set = new ulong[atPositions.Length];
        var n = 0;
        foreach (var h in atPositions)
        {
            if (h != None && (stop.Count == 0 || !stop.Contains(h)))
            {
                set[n++] = h;
            }
        }

        Array.Sort(set, 0, n);
        var distinct = 0;
        for (var i = 0; i < n; i++)
        {
            if (distinct == 0 || set[i] != set[distinct - 1])
            {
                set[distinct++] = set[i];
            }
        }

        return set[..distinct];
    }

    /// <summary>The size of the intersection of two sorted sets.</summary>
    public static int Intersection(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                (n, i, j) = (n + 1, i + 1, j + 1);
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }
}
