using System.Globalization;

namespace Gongkai.Reading;

/// <summary>What a cell's text is, seen as a table value.</summary>
public enum ValueKind
{
    /// <summary>Nothing printed.</summary>
    Blank,

    /// <summary>A number: digits, maybe a sign (also 增/减), a decimal point, thousands separators or a unit.</summary>
    Number,

    /// <summary>A mark that stands for "nothing": /, —, 无 …</summary>
    Placeholder,

    /// <summary>Anything else: a label or garbled text.</summary>
    Text,

    /// <summary>A run of digits whose cell boundaries were lost (flattened web text); read by the table's constraints.</summary>
    Packed,
}

/// <summary>Reads numbers as reports print them: full-width digits, stray spaces, signs, units.</summary>
public static class NumberText
{
    private static readonly string[] Placeholders = ["/", "-", "—", "——", "－", "–", "\\", "无", "空", "×", "x", "X", "N/A", "n/a", "／", "/ /"];
    private static readonly string[] Units = ["万元", "元", "件", "个", "项", "条", "次", "人", "家", "份"];

    /// <summary>Classifies a cell and, for numbers, gives the value.</summary>
    public static (ValueKind Kind, decimal Value) Classify(string text)
    {
        // Most cells are plain digits ("0", "117"): read them without the general parser.
        if (text.Length is > 0 and <= 18 && PlainDigits(text, out var plain))
        {
            return (ValueKind.Number, plain);
        }

        if (!MayBeValue(text))
        {
            return (ValueKind.Text, 0);
        }

        var t = Clean(text);
        if (t.Length == 0)
        {
            return (ValueKind.Blank, 0);
        }

        if (Array.IndexOf(Placeholders, t) >= 0)
        {
            return (ValueKind.Placeholder, 0);
        }

        return TryParse(t, out var v) ? (ValueKind.Number, v) : (ValueKind.Text, 0);
    }

    private static bool PlainDigits(string text, out long value)
    {
        value = 0;
        foreach (var ch in text)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (ch - '0');
        }

        return true;
    }

    /// <summary>Cheap pre-check: long text, or a Chinese character that is no unit, sign or placeholder, is a label.</summary>
    private static bool MayBeValue(string text)
    {
        if (text.Length > 32)
        {
            return false;
        }

        foreach (var ch in text)
        {
            if (ch >= '\u4E00' && ch <= '\u9FFF' && "万元件个项条次人家份增减少加无空".IndexOf(ch) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a token that reads as a number or a placeholder (used to split number runs off labels).</summary>
    public static bool IsNumberLike(string token)
    {
        var (kind, _) = Classify(token);
        return kind is ValueKind.Number or ValueKind.Placeholder;
    }

    /// <summary>NFKC (full-width digits and spaces to ASCII), every kind of space removed.</summary>
    public static string Clean(string text)
    {
        var plain = true;
        foreach (var ch in text)
        {
            if (ch > 0x7E || ch <= ' ')
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var raw in text)
        {
            // Full-width ASCII (０-９, －, ．, ／ …) is folded by hand; other compatibility forms go through NFKC.
            var ch = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF')
            {
                continue;
            }

            if (ch > 0x7E && ch < 0x4E00 && !char.IsWhiteSpace(ch))
            {
                return NormalizeSlow(text);
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    private static string NormalizeSlow(string text)
    {
        var s = text.Normalize(System.Text.NormalizationForm.FormKC);
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (!char.IsWhiteSpace(ch) && ch != '\u200B' && ch != '\uFEFF')
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    private static bool TryParse(string t, out decimal value)
    {
        value = 0;
        var sign = 1;
        var s = t;
        if (s.StartsWith("减少", StringComparison.Ordinal))
        {
            sign = -1;
            s = s[2..];
        }
        else if (s.StartsWith("增加", StringComparison.Ordinal))
        {
            s = s[2..];
        }
        else if (s.Length > 1 && s[0] is '-' or '−' or '减')
        {
            sign = -1;
            s = s[1..];
        }
        else if (s.Length > 1 && s[0] is '+' or '增')
        {
            s = s[1..];
        }

        foreach (var unit in Units)
        {
            if (s.Length > unit.Length && s.EndsWith(unit, StringComparison.Ordinal))
            {
                s = s[..^unit.Length];
                break;
            }
        }

        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        foreach (var ch in s)
        {
            if (!(char.IsAsciiDigit(ch) || ch is '.' or ','))
            {
                return false;
            }
        }

        if (s.Contains(',') && !ValidThousands(s))
        {
            return false;
        }

        if (!decimal.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
        {
            return false;
        }

        value = sign * v;
        return true;
    }

    private static bool ValidThousands(string s)
    {
        var intPart = s.Split('.')[0];
        var groups = intPart.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
