namespace Gongkai.Writing;

/// <summary>Display width of text in a monospaced CJK setting: wide characters (汉字, full-width forms) take two columns.</summary>
internal static class TextWidth
{
    public static int Of(string text) => Of(text.AsSpan());

    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var ch in text)
        {
            width += IsWide(ch) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(char ch) =>
        ch is (>= '\u1100' and <= '\u115F') or '\u201C' or '\u201D' or (>= '\u2E80' and <= '\uA4CF')
            or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F')
            or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
