using System.Text;

namespace Gongkai.Similarity;

/// <summary>
/// Reduces a narrative to the characters that show copying: NFKC, letters kept (Latin lower-cased), whitespace
/// and punctuation dropped, every run of digits one <see cref="NormalizedText.Number"/> — so 收到申请12件 and
/// 收到申请3件 read alike —, the agency's own names one <see cref="NormalizedText.Name"/>, and statutory
/// phrases cut out (<see cref="NormalizedText.Break"/>).
/// </summary>
internal static class TextNormalizer
{
    // Chinese-numeral years such as 二〇二四 (○ U+25CB is printed for 〇 as often as not).
    private const string YearDigits = "〇○零一二三四五六七八九";

    private static readonly Lazy<string?[]> Nfkc = new(BuildNfkc);

    /// <summary>Normalizes without names and without cutting boilerplate (what the phrase lists go through).</summary>
    public static string Plain(string text) => Characters(text).Text;

    public static NormalizedText Normalize(string text, IReadOnlyList<string> names, IReadOnlyList<string> boilerplate) =>
        Characters(text).Substitute(names, NormalizedText.Name).Substitute(boilerplate, NormalizedText.Break);

    private static NormalizedText Characters(string text)
    {
        var output = new Output(text.Length);
        var nfkc = Nfkc.Value;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch is >= '\u4E00' and <= '\u9FFF' && !IsChineseYear(text, i))
            {
                output.Emit(ch, i, i + 1);
                continue;
            }

            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Ideographs outside the BMP (extension B and later) are letters; compatibility ideographs fold.
                foreach (var folded in Nfkc1(text.Substring(i, 2)))
                {
                    output.Emit(folded, i, i + 2);
                }

                i++;
                continue;
            }

            if (IsChineseYear(text, i))
            {
                output.EmitNumber(i, i + 4);
                i += 3;
                continue;
            }

            if (nfkc[ch] is { } compatible)
            {
                foreach (var folded in compatible)
                {
                    output.Keep(folded, i);
                }
            }
            else
            {
                output.Keep(ch, i);
            }
        }

        return output.ToText(text);
    }

    /// <summary>The normalized characters with their original ranges, grown as NFKC expands (㈠ → (一)).</summary>
    private sealed class Output(int capacity)
    {
        private char[] chars = new char[capacity + 8];
        private int[] starts = new int[capacity + 8];
        private int[] ends = new int[capacity + 8];
        private int count;

        public void Keep(char ch, int at)
        {
            if (char.IsDigit(ch))
            {
                EmitNumber(at, at + 1);
            }
            else if (char.IsLetter(ch))
            {
                Emit(char.ToLowerInvariant(ch), at, at + 1);
            }
        }

        /// <summary>One placeholder for digits separated only by dropped characters: 58.8%, 1,234, 12、13.</summary>
        public void EmitNumber(int start, int end)
        {
            if (count > 0 && chars[count - 1] == NormalizedText.Number)
            {
                ends[count - 1] = end;
            }
            else
            {
                Emit(NormalizedText.Number, start, end);
            }
        }

        public void Emit(char ch, int start, int end)
        {
            if (count == chars.Length)
            {
                Array.Resize(ref chars, count * 2);
                Array.Resize(ref starts, count * 2);
                Array.Resize(ref ends, count * 2);
            }

            (chars[count], starts[count], ends[count]) = (ch, start, end);
            count++;
        }

        public NormalizedText ToText(string original) => new(original, new string(chars, 0, count), starts[..count], ends[..count]);
    }

    /// <summary>Four Chinese numerals with at least one 〇/○/零 and nothing numeral around them: 二〇二四.</summary>
    private static bool IsChineseYear(string text, int i)
    {
        if (i + 4 > text.Length || (i > 0 && YearDigits.Contains(text[i - 1], StringComparison.Ordinal))
            || (i + 4 < text.Length && YearDigits.Contains(text[i + 4], StringComparison.Ordinal)))
        {
            return false;
        }

        var zero = false;
        for (var j = i; j < i + 4; j++)
        {
            if (!YearDigits.Contains(text[j], StringComparison.Ordinal))
            {
                return false;
            }

            zero |= text[j] is '〇' or '○' or '零';
        }

        return zero;
    }

    /// <summary>NFKC of one code point; noncharacters (U+FFFE, U+FDD0 …), which ICU refuses, stay as they are.</summary>
    private static string Nfkc1(string codePoint)
    {
        try
        {
            return codePoint.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return codePoint;
        }
    }

    /// <summary>NFKC of each BMP character where it differs from the character (full-width forms, ①, ㈠, compatibility ideographs …).</summary>
    private static string?[] BuildNfkc()
    {
        var table = new string?[0x10000];
        for (var c = 0x80; c < 0x10000; c++)
        {
            if (c is (>= 0x4E00 and <= 0x9FFF) or (>= 0xD800 and <= 0xDFFF))
            {
                continue;
            }

            var s = ((char)c).ToString();
            var n = Nfkc1(s);
            if (n != s)
            {
                table[c] = n;
            }
        }

        return table;
    }
}
