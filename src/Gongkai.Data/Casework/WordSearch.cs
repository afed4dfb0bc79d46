using System.Text;
using Dapper;

namespace Gongkai.Data.Casework;

/// <summary>
/// Search by words in SQL both engines run alike: every word (split on white space) must occur in one of the columns,
/// case-insensitively, with <c>%</c>, <c>_</c> and <c>\</c> taken literally.
/// </summary>
public static class WordSearch
{
    /// <summary>Longest search text and most words used; the rest is ignored.</summary>
    public const int MaxTextLength = 100, MaxWords = 8;

    /// <summary>Up to <see cref="MaxWords"/> words of the search text, at most <see cref="MaxTextLength"/> characters in all.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        text = text?.Trim() ?? "";
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        return [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Any(char.IsControl)).Distinct().Take(MaxWords)];
    }

    /// <summary>Appends <c> AND (…)</c> per word of <paramref name="text"/> over <paramref name="columns"/>, with its parameters.</summary>
    public static void Append(StringBuilder where, DynamicParameters parameters, string? text, params string[] columns)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            // lower() on both sides: SQLite's LIKE ignores ASCII case and PostgreSQL's does not; Chinese has no case.
            where.Append(" AND (").Append(string.Join(" OR ", columns.Select(c => $"lower({c}) LIKE @w{i} ESCAPE '\\'"))).Append(')');
            parameters.Add($"w{i}", "%" + Escape(words[i].ToLowerInvariant()) + "%");
        }
    }

    private static string Escape(string word) => word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
