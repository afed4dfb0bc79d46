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
        var chars = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var nfkc = Nfkc.Value;

        void Emit(char ch, int start, int end)
        {
            chars.Append(ch);
            starts.Add(start);
            ends.Add(end);
        }

        void EmitNumber(int start, int end)
        {
            // One placeholder for digits separated only by dropped characters: 58.8%, 1,234, 12、13.
            if (chars.Length > 0 && chars[^1] == NormalizedText.Number)
            {
                ends[^1] = end;
            }
            else
            {
                Emit(NormalizedText.Number, start, end);
            }
        }

        void Keep(char ch, int at)
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

        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch is >= '\u4E00' and <= '\u9FFF' && !IsChineseYear(text, i))
            {
                Emit(ch, i, i + 1);
                continue;
            }

            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Ideographs outside the BMP (extension B and later) are letters; compatibility ideographs fold.
                var pair = Nfkc1(text.Substring(i, 2));
                foreach (var folded in pair)
                {
                    Emit(folded, i, i + 2);
                }

                i++;
                continue;
            }

            if (IsChineseYear(text, i))
            {
                EmitNumber(i, i + 4);
                i += 3;
                continue;
            }

            if (nfkc[ch] is { } compatible)
            {
                foreach (var folded in compatible)
                {
                    Keep(folded, i);
                }
            }
            else
            {
                Keep(ch, i);
            }
        }

        return new NormalizedText(text, chars.ToString(), [.. starts], [.. ends]);
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
