namespace Gongkai.Similarity;

/// <summary>
/// A narrative reduced to what is compared: letters and placeholders only, each character remembering the range
/// of the original text it came from, so that a passage found here can be shown as the document prints it.
/// </summary>
internal sealed class NormalizedText
{
    /// <summary>Stands for a run of digits (a count, a year, a date, a percentage).</summary>
    public const char Number = '\uE000';

    /// <summary>Stands for the agency's own name or one of its place names.</summary>
    public const char Name = '\uE001';

    /// <summary>Where statutory boilerplate was cut out: no shingle and no passage spans it.</summary>
    public const char Break = '\n';

    private readonly int[] starts;
    private readonly int[] ends;

    public NormalizedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public string Original { get; }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The first original character behind normalized character <paramref name="i"/>.</summary>
    public int OriginalStart(int i) => starts[i];

    /// <summary>One past the last original character behind normalized character <paramref name="i"/>.</summary>
    public int OriginalEnd(int i) => ends[i];

    /// <summary>
    /// The same text with every occurrence of the patterns replaced by one <paramref name="with"/> character
    /// (overlapping and adjacent occurrences merge into one), which covers the original range of the occurrence.
    /// </summary>
    public NormalizedText Substitute(IReadOnlyList<string> patterns, char with)
    {
        var hits = new List<(int Start, int End)>();
        foreach (var pattern in patterns)
        {
            if (pattern.Length == 0)
            {
                continue;
            }

            for (var at = Text.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(pattern, at + 1, StringComparison.Ordinal))
            {
                hits.Add((at, at + pattern.Length));
            }
        }

        if (hits.Count == 0)
        {
            return this;
        }

        hits.Sort();
        var chars = new char[Text.Length];
        var newStarts = new int[Text.Length];
        var newEnds = new int[Text.Length];
        var n = 0;
        var i = 0;
        foreach (var (start, end) in MergeTouching(hits))
        {
            for (; i < start; i++, n++)
            {
                (chars[n], newStarts[n], newEnds[n]) = (Text[i], starts[i], ends[i]);
            }

            (chars[n], newStarts[n], newEnds[n]) = (with, starts[start], ends[end - 1]);
            n++;
            i = end;
        }

        for (; i < Text.Length; i++, n++)
        {
            (chars[n], newStarts[n], newEnds[n]) = (Text[i], starts[i], ends[i]);
        }

        return new NormalizedText(Original, new string(chars, 0, n), newStarts[..n], newEnds[..n]);
    }

    private static IEnumerable<(int Start, int End)> MergeTouching(List<(int Start, int End)> sorted)
    {
        var (start, end) = sorted[0];
        foreach (var (s, e) in sorted.Skip(1))
        {
            if (s <= end)
            {
                end = Math.Max(end, e);
            }
            else
            {
                yield return (start, end);
                (start, end) = (s, e);
            }
        }

        yield return (start, end);
    }
}
