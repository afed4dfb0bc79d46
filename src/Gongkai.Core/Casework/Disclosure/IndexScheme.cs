using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Gongkai.Casework.Disclosure;

/// <summary>
/// An agency's scheme of 索引号 (the index numbers of its 目录, 《政府信息公开条例》第十二条). There is no national
/// standard (domain-rules.md §2.7), so the scheme is a pattern each agency sets: literal text and the tokens
/// <c>{org}</c> (the agency's organisation or credit code), <c>{yyyy}</c>, <c>{MM}</c>, <c>{dd}</c> (the date the
/// information was generated), <c>{cat}</c> (its 第二十条 item number, two digits) and <c>{seq:N}</c> (the serial of the
/// year, N digits). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Serials are numbered per agency and year, so a pattern must hold <c>{org}</c>, <c>{yyyy}</c> and one
/// <c>{seq:N}</c>; every token prints a fixed width, so two serials of a year never print the same 索引号. Examples:
/// <c>{org}/{yyyy}-{seq:5}</c> gives <c>000014349/2018-00222</c>, <c>{org}/{yyyy}{MM}-{seq:5}</c> gives
/// <c>11341702486344515H/202110-00013</c>.
/// </remarks>
public sealed class IndexScheme
{
    public const string DefaultPattern = "{org}/{yyyy}-{seq:5}";

    /// <summary>Longest pattern, and longest organisation code, accepted.</summary>
    public const int MaxPatternLength = 64, MaxOrgCodeLength = 40;

    private const string Tokens = "{org}、{yyyy}、{MM}、{dd}、{cat}、{seq:N}";

    private readonly ImmutableArray<Part> parts;

    private IndexScheme(string pattern, ImmutableArray<Part> parts, int serialDigits)
    {
        Pattern = pattern;
        this.parts = parts;
        SerialDigits = serialDigits;
    }

    /// <summary><see cref="DefaultPattern"/>: organisation code / year - five-digit serial.</summary>
    public static IndexScheme Default { get; } = Parse(DefaultPattern).Scheme!;

    public string Pattern { get; }

    /// <summary>The N of <c>{seq:N}</c>.</summary>
    public int SerialDigits { get; }

    /// <summary>The largest serial the pattern prints (99999 for <c>{seq:5}</c>).</summary>
    public int MaxSerial => (int)Math.Pow(10, SerialDigits) - 1;

    /// <summary>Reads a pattern; a pattern that cannot number items uniquely is refused with a Chinese message.</summary>
    public static IndexSchemeParse Parse(string? pattern)
    {
        pattern = pattern?.Trim() ?? "";
        if (pattern.Length == 0)
        {
            return Fail("索引号格式不能为空。");
        }

        if (pattern.Length > MaxPatternLength)
        {
            return Fail($"索引号格式不能超过 {MaxPatternLength} 个字符。");
        }

        var parts = ImmutableArray.CreateBuilder<Part>();
        var seen = new HashSet<TokenKind>();
        var literal = new StringBuilder();
        var serialDigits = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                return Fail("索引号格式不能含空格或控制字符。");
            }

            if (ch == '}')
            {
                return Fail($"索引号格式第 {i + 1} 个字符“}}”前没有对应的“{{”。");
            }

            if (ch != '{')
            {
                literal.Append(ch);
                continue;
            }

            var close = pattern.IndexOf('}', i);
            if (close < 0)
            {
                return Fail($"索引号格式第 {i + 1} 个字符“{{”没有闭合。");
            }

            var name = pattern[(i + 1)..close];
            if (Token(name) is not { } token)
            {
                return Fail($"“{{{name}}}”不是可用的占位符（可用：{Tokens}）。");
            }

            if (!seen.Add(token.Kind))
            {
                return Fail($"占位符 {{{TokenName(token.Kind)}}} 只能出现一次。");
            }

            if (token.Kind == TokenKind.Serial)
            {
                if (token.Digits is < 1 or > 9)
                {
                    return Fail("流水号 {seq:N} 的位数 N 须为 1 至 9。");
                }

                serialDigits = token.Digits;
            }

            if (literal.Length > 0)
            {
                parts.Add(new Part(TokenKind.Literal, literal.ToString(), 0));
                literal.Clear();
            }

            parts.Add(token);
            i = close;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(TokenKind.Literal, literal.ToString(), 0));
        }

        foreach (var (kind, why) in new[]
        {
            (TokenKind.Serial, "{seq:N}（流水号，N 为位数）"),
            (TokenKind.Year, "{yyyy}：流水号按年编排"),
            (TokenKind.Org, "{org}：否则不同机关的索引号会相同"),
        })
        {
            if (!seen.Contains(kind))
            {
                return Fail($"索引号格式须含 {why}。");
            }
        }

        return new IndexSchemeParse(new IndexScheme(pattern, parts.ToImmutable(), serialDigits), null);
    }

    /// <summary>Whether an organisation code can go into an 索引号: 1–40 letters, digits or hyphens; null when it can, else why not.</summary>
    public static string? CheckOrgCode(string? orgCode)
    {
        orgCode = orgCode?.Trim() ?? "";
        if (orgCode.Length == 0)
        {
            return "机构代码不能为空（组织机构代码或统一社会信用代码）。";
        }

        return orgCode.Length > MaxOrgCodeLength || !orgCode.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? $"机构代码只能由字母、数字和“-”组成，最多 {MaxOrgCodeLength} 个字符。"
            : null;
    }

    /// <summary>The 索引号 of serial <paramref name="serial"/> of the year of <paramref name="generated"/>.</summary>
    /// <exception cref="ArgumentException">The organisation code is not valid (see <see cref="CheckOrgCode"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The serial is below 1 or above <see cref="MaxSerial"/>.</exception>
    public string Format(string orgCode, DateOnly generated, Article20Category category, int serial)
    {
        if (CheckOrgCode(orgCode) is { } error)
        {
            throw new ArgumentException(error, nameof(orgCode));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, MaxSerial);
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Kind switch
            {
                TokenKind.Literal => part.Text,
                TokenKind.Org => orgCode.Trim(),
                TokenKind.Year => generated.Year.ToString("D4", CultureInfo.InvariantCulture),
                TokenKind.Month => generated.Month.ToString("D2", CultureInfo.InvariantCulture),
                TokenKind.Day => generated.Day.ToString("D2", CultureInfo.InvariantCulture),
                TokenKind.Category => Article20Categories.Number(category).ToString("D2", CultureInfo.InvariantCulture),
                _ => serial.ToString("D" + SerialDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            });
        }

        return text.ToString();
    }

    public override string ToString() => Pattern;

    private static IndexSchemeParse Fail(string message) => new(null, message);

    private static Part? Token(string name) => name switch
    {
        "org" => new Part(TokenKind.Org, name, 0),
        "yyyy" => new Part(TokenKind.Year, name, 0),
        "MM" => new Part(TokenKind.Month, name, 0),
        "dd" => new Part(TokenKind.Day, name, 0),
        "cat" => new Part(TokenKind.Category, name, 0),
        _ when name.StartsWith("seq:", StringComparison.Ordinal) =>
            int.TryParse(name.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? new Part(TokenKind.Serial, name, digits) : new Part(TokenKind.Serial, name, 0),
        _ => null,
    };

    private static string TokenName(TokenKind kind) => kind switch
    {
        TokenKind.Org => "org",
        TokenKind.Year => "yyyy",
        TokenKind.Month => "MM",
        TokenKind.Day => "dd",
        TokenKind.Category => "cat",
        _ => "seq:N",
    };

    private enum TokenKind
    {
        Literal,
        Org,
        Year,
        Month,
        Day,
        Category,
        Serial,
    }

    private sealed record Part(TokenKind Kind, string Text, int Digits);
}

/// <summary>What <see cref="IndexScheme.Parse"/> found: the scheme, or why the pattern was refused.</summary>
public sealed record IndexSchemeParse(IndexScheme? Scheme, string? Error)
{
    [MemberNotNullWhen(true, nameof(Scheme))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Scheme is not null;
}
