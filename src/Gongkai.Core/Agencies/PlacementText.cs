using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Agencies;

/// <summary>What a report's narrative says about where its agency is: names mentioned, 县委、县政府, 我镇 ….</summary>
internal sealed partial class PlacementText
{
    private static readonly string[] SelfWords =
        ["我镇", "本镇", "我乡", "本乡", "我街道", "本街道", "我苏木", "我县", "我区", "我市", "我旗", "我省", "我局", "本局", "我委", "我办", "我厅", "本机关", "我单位"];

    private readonly string text;
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public PlacementText(IEnumerable<string> texts)
    {
        var sb = new StringBuilder();
        foreach (var t in texts)
        {
            foreach (var ch in t.Normalize(NormalizationForm.FormKC))
            {
                if (!char.IsWhiteSpace(ch))
                {
                    sb.Append(ch);
                }
            }

            sb.Append('\n');
        }

        text = sb.ToString();
        SuperiorKinds = [.. Superior().Matches(text).Select(m => m.Groups[1].Value).Distinct()];
        SelfReferences = SelfWords.Select(w => (w, Count(w))).Where(x => x.Item2 > 0).OrderByDescending(x => x.Item2).Select(x => x.w).ToArray();
        if (Regulation().Match(text) is { Success: true } m)
        {
            RegulationProvince = m.Groups[1].Value;
        }
    }

    public string Text => text;

    /// <summary>The kinds of body the text calls its leadership: 县 for 县委、县政府, 区 for 区委区政府.</summary>
    public IReadOnlyList<string> SuperiorKinds { get; }

    /// <summary>How the text calls its own body (我镇, 我局 …), most frequent first.</summary>
    public IReadOnlyList<string> SelfReferences { get; }

    /// <summary>The province of a 《XX省实施〈中华人民共和国政府信息公开条例〉办法》 the text cites, or null.</summary>
    public string? RegulationProvince { get; }

    [GeneratedRegex(@"([县区市旗])委[、，,和及与]?\1?政府")]
    private static partial Regex Superior();

    [GeneratedRegex(@"《(\p{IsCJKUnifiedIdeographs}{2,8}?(?:省|自治区|市))实施[〈《<]?中华人民共和国政府信息公开条例")]
    private static partial Regex Regulation();

    /// <summary>How often a name occurs; names of two characters (和县, 城区) are too easily part of other words and count 0.</summary>
    public int Count(string name)
    {
        if (name.Length < 2)
        {
            return 0;
        }

        if (counts.TryGetValue(name, out var n))
        {
            return n;
        }

        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            n++;
        }

        counts[name] = n;
        return n;
    }

    public bool Mentions(Division d) => d.Name.Length >= 3 && Count(d.Name) > 0;

    /// <summary>County- and city-level names the text mentions (巨鹿县, 邢台市), with their counts, most frequent first.</summary>
    public IEnumerable<(string Name, int Count)> UnitNames(Gazetteer g)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 2; i < text.Length; i++)
        {
            if (!"县区市旗州盟".Contains(text[i]))
            {
                continue;
            }

            for (var k = Math.Min(8, i + 1); k >= 3; k--)
            {
                var token = text.Substring(i - k + 1, k);
                if (g.Named(token).Any(d => d.Level is DivisionLevel.City or DivisionLevel.County))
                {
                    found[token] = found.GetValueOrDefault(token) + 1;
                    break;
                }
            }
        }

        return found.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value));
    }
}
